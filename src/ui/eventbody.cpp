#include "eventbody.h"

#include "core/mrkdwn.h"

#include <QAtomicInt>

namespace bb {

namespace {
QAtomicInt refusedRequests;
}

QString feedBodyHtml(const Event &event)
{
    // Until core's whole-event renderer (attachments, blocks) lands: the text alone.
    MrkdwnOptions options;
    options.formatting = event.mrkdwn;
    return mrkdwnToHtml(event.text, options);
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
