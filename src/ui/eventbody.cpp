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

QVariant SafeTextDocument::loadResource(int, const QUrl &)
{
    refusedRequests.ref();
    return {};
}

} // namespace bb
