#include "fuzzinput.h"

#include "core/channelname.h"
#include "ingest/decoders/slackpayload.h"

#include <QtGlobal>

namespace bb::fuzz {

void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

HttpRequest requestFromFuzzInput(const QByteArray &input)
{
    HttpRequest request;
    request.method = "POST";
    qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);

    const QList<QByteArray> lines = head.split('\n');
    request.target = lines.value(0);
    const qsizetype question = request.target.indexOf('?');
    request.path = QString::fromUtf8(question < 0 ? request.target : request.target.left(question));
    if (question >= 0)
        request.query.setQuery(QString::fromUtf8(request.target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    return request;
}

DecodeContext contextFor(const HttpRequest &request)
{
    DecodeContext context;
    for (const QString &prefix : { QStringLiteral("/c/"), QStringLiteral("/hooks/") }) {
        if (request.path.startsWith(prefix))
            context.urlChannel = request.path.mid(prefix.size());
    }
    context.defaultChannel = QStringLiteral("general");
    context.source = QStringLiteral("fuzz");
    context.receivedAtMs = 1'700'000'000'000;
    return context;
}

void checkDecodeResult(const DecodeResult &result)
{
    if (!result.ok()) {
        BB_FUZZ_CHECK(result.events.isEmpty());
        BB_FUZZ_CHECK(!result.detail.isEmpty());
        return;
    }
    BB_FUZZ_CHECK(!result.events.isEmpty());
    for (const Event &event : result.events) {
        BB_FUZZ_CHECK(!event.channel.isEmpty());
        BB_FUZZ_CHECK(normalizeChannelName(event.channel) == event.channel);
        BB_FUZZ_CHECK(event.text.size() <= kSlackMaxTextLength);
        BB_FUZZ_CHECK(event.source == QStringLiteral("fuzz"));
    }
}

QList<QByteArray> splitInput(const QByteArray &input, char separator, int parts)
{
    QList<QByteArray> pieces;
    qsizetype start = 0;
    while (pieces.size() < parts - 1) {
        const qsizetype at = input.indexOf(separator, start);
        if (at < 0)
            break;
        pieces.append(input.mid(start, at - start));
        start = at + 1;
    }
    pieces.append(input.mid(start));
    while (pieces.size() < parts)
        pieces.append(QByteArray());
    return pieces;
}

} // namespace bb::fuzz
