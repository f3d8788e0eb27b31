#include "eventbody.h"

#include "core/messagehtml.h"
#include "levelcolors.h"

#include <QAtomicInt>
#include <QPalette>

namespace bb {

namespace {
QAtomicInt refusedRequests;
}

QString feedBodyHtml(const Event &event)
{
    return eventBodyHtml(event);
}

QString bodyStyleSheet(const QPalette &palette)
{
    return messageStyleSheet(isDarkPalette(palette))
         + QStringLiteral("a { color: %1; }\n").arg(palette.color(QPalette::Link).name());
}

int SafeTextDocument::refusedResourceRequests()
{
    return refusedRequests.loadRelaxed();
}

SafeTextDocument *cachedBodyDocument(QCache<qint64, SafeTextDocument> &cache, const Event &event,
                                     const QFont &font, const QPalette &palette, int width,
                                     const std::function<QString(const Event &)> &html)
{
    const bool dark = isDarkPalette(palette);
    SafeTextDocument *doc = cache.object(event.id);
    if (!doc || doc->m_dark != dark) {
        doc = new SafeTextDocument;
        doc->m_dark = dark;
        doc->setDocumentMargin(0);
        doc->setDefaultFont(font);
        doc->setUndoRedoEnabled(false);
        doc->setDefaultStyleSheet(bodyStyleSheet(palette));
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
