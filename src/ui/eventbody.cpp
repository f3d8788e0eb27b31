#include "eventbody.h"

#include "core/messagehtml.h"

#include <QAtomicInt>

namespace bb {

namespace {
QAtomicInt refusedRequests;
}

QString feedBodyHtml(const Event &event)
{
    return eventBodyHtml(event);
}

int SafeTextDocument::refusedResourceRequests()
{
    return refusedRequests.loadRelaxed();
}

SafeTextDocument *cachedBodyDocument(QCache<qint64, SafeTextDocument> &cache, const Event &event,
                                     const QFont &font, int width,
                                     const std::function<QString(const Event &)> &html)
{
    SafeTextDocument *doc = cache.object(event.id);
    if (!doc) {
        doc = new SafeTextDocument;
        doc->setDocumentMargin(0);
        doc->setDefaultFont(font);
        doc->setUndoRedoEnabled(false);
        doc->setDefaultStyleSheet(messageStyleSheet());
        doc->setHtml(html(event));
        cache.insert(event.id, doc);
    }
    if (!qFuzzyCompare(doc->textWidth(), qreal(width)))
        doc->setTextWidth(width);
    return doc;
}

QVariant SafeTextDocument::loadResource(int, const QUrl &)
{
    refusedRequests.ref();
    return {};
}

} // namespace bb
