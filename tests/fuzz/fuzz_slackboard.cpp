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
    const bb::DecodeResult result = request.path == QStringLiteral("/notify-directly")
        ? bb::decodeNotifyDirectly(request, context)
        : bb::decodeNotify(request, table, context);
    bb::fuzz::checkDecodeResult(result);
    return 0;
}
