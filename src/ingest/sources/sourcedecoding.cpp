#include "sourcedecoding.h"

#include "core/channelname.h"
#include "ingest/decoders/slackpayload.h"
#include "net/requestbody.h"

#include <QUrl>

namespace bb::sourcedecoding {

bool parseBody(const HttpRequest &request, QJsonObject *object, SourceDecodeResult *failure)
{
    QString detail;
    if (parseJsonObject(request.body, object, &detail) == JsonProblem::None)
        return true;
    *failure = SourceDecodeResult::failure("invalid_payload", detail);
    return false;
}

Event baseEvent(const SourceSettings &source, const DecodeContext &context)
{
    Event event;
    event.channel = normalizeChannelName(source.channel.isEmpty() ? context.defaultChannel : source.channel);
    event.source = context.source;
    event.receivedAtMs = context.receivedAtMs;
    event.senderName = sourceKindDisplayName(source.kind);
    if (event.senderName.isEmpty()) { // a json source is named after itself
        event.senderName = source.name;
        event.senderNameIsFallback = true;
    }
    return event;
}

SourceDecodeResult single(Event event, const QString &deliveryId)
{
    if (event.channel.isEmpty())
        return SourceDecodeResult::failure("channel_not_found", QStringLiteral("the source's channel is not a channel name"));
    if (event.text.size() > kSlackMaxTextLength)
        event.text = event.text.left(kSlackMaxTextLength - 1) + QChar(0x2026);
    if (event.title.size() > 1000)
        event.title = event.title.left(999) + QChar(0x2026);
    SourceDecodeResult result;
    result.decoded.events << event;
    result.deliveryId = deliveryId;
    return result;
}

SourceDecodeResult ignored(const QString &deliveryId)
{
    SourceDecodeResult result;
    result.deliveryId = deliveryId;
    return result;
}

QString escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

QString link(const QString &url, const QString &label)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool web = parsed.isValid() && (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"))
                  && !url.contains(QLatin1Char('|')) && !url.contains(QLatin1Char('>')) && !url.contains(QLatin1Char('<'));
    QString shown = escaped(label);
    shown.replace(QLatin1Char('|'), QChar(0x2223));
    if (!web)
        return shown;
    return QLatin1Char('<') + url + QLatin1Char('|') + shown + QLatin1Char('>');
}

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > 100)
        line = line.left(99) + QChar(0x2026);
    return line;
}

} // namespace bb::sourcedecoding
