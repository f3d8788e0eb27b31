// Slackboard: POST /notify (tag routing, level) and, when the target says so, /notify-directly.
#include "fuzzinput.h"

namespace {

// Routes like the shipped config's: one tag with a sender identity, one tag routed to two channels.
QList<bb::NotifyRoute> routes()
{
    return {
        { QStringLiteral("error-s3"), QStringLiteral("#critical-server-errors"), QStringLiteral("s3-uploader"),
          QStringLiteral(":bucket:"), QString() },
        { QStringLiteral("signup"), QStringLiteral("user-behavior"), QString(), QString(), QString() },
        { QStringLiteral("signup"), QStringLiteral("financials"), QString(), QString(),
          QStringLiteral("https://example.com/icon.png") },
    };
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bb::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<bb::NotifyRoute> table = routes();
    const bb::HttpRequest request = bb::fuzz::requestFromFuzzInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const bb::DecodeContext context = bb::fuzz::contextFor(request);
    if (request.path == QStringLiteral("/notify-directly")) {
        bb::fuzz::checkDecodeResult(bb::decodeNotifyDirectly(request, context));
        return 0;
    }
    // Both answers to a tag without a route: refused, and sent to the channel named after it.
    for (const bb::UnknownTag unknownTag : { bb::UnknownTag::Refuse, bb::UnknownTag::SendToTagsChannel })
        bb::fuzz::checkDecodeResult(bb::decodeNotify(request, table, unknownTag, context));
    return 0;
}
