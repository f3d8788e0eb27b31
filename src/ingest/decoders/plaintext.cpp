#include "payloaddecoders.h"

#include "core/channelname.h"
#include "core/userextraction.h"
#include "net/requestbody.h"
#include "slackpayload.h"

#include <QStringDecoder>

// POST /c/<channel>: for senders that have only curl or a shell ("echo done | curl --data-binary @- …").
namespace bb {

namespace {

QString headerText(const HttpRequest &request, const QByteArray &name)
{
    return QString::fromUtf8(request.header(name)).trimmed();
}

// The body as text. Invalid UTF-8 is refused rather than stored with replacement
// characters: the sender learns at once, and what is stored is what was sent.
bool decodeBody(const HttpRequest &request, QString *text, QString *detail)
{
    const QByteArray charset = requestCharset(request);
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii") {
        *text = QString::fromLatin1(request.body);
        return true;
    }
    if (!charset.isEmpty() && charset != "utf-8" && charset != "utf8") {
        *detail = QStringLiteral("charset %1 is not supported: send UTF-8").arg(QString::fromLatin1(charset));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(request.body);
    if (decoder.hasError()) {
        *detail = QStringLiteral("the body is not valid UTF-8 (add charset=iso-8859-1 to Content-Type if it is Latin-1)");
        return false;
    }
    return true;
}

QString withoutTrailingNewlines(QString text)
{
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1) == QLatin1Char('\n') || text.at(end - 1) == QLatin1Char('\r')))
        --end;
    text.truncate(end);
    return text;
}

} // namespace

DecodeResult decodePlainText(const HttpRequest &request, const DecodeContext &context)
{
    Event event;
    event.source = context.source;
    event.receivedAtMs = context.receivedAtMs;

    const QString wanted = !context.urlChannel.isEmpty() ? context.urlChannel : context.defaultChannel;
    event.channel = normalizeChannelName(wanted);
    if (event.channel.isEmpty())
        return DecodeResult::failure("channel_not_found", QStringLiteral("'%1' is not a channel name").arg(wanted));

    QString detail;
    if (!decodeBody(request, &event.text, &detail))
        return DecodeResult::failure("invalid_payload", detail);
    event.text = withoutTrailingNewlines(event.text);
    if (event.text.trimmed().isEmpty())
        return DecodeResult::failure("no_text", QStringLiteral("the body is empty: it is the message text"));
    if (event.text.size() > kSlackMaxTextLength) {
        return DecodeResult::failure("msg_too_long", QStringLiteral("the text has %1 characters; at most %2 are allowed")
                                                             .arg(event.text.size())
                                                             .arg(kSlackMaxTextLength));
    }

    const QString levelName = headerText(request, "x-level");
    if (!levelName.isEmpty()) {
        const auto level = parseLevel(levelName);
        if (!level)
            return DecodeResult::failure("invalid_payload", QStringLiteral("unknown level '%1' in X-Level (info, warn, crit)").arg(levelName));
        event.level = *level;
    }
    event.title = headerText(request, "x-title");
    event.senderName = headerText(request, "x-username");
    event.senderIcon = headerText(request, "x-icon");

    const QString explicitUsers = headerText(request, "x-user");
    for (const QString &typed : explicitUsers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString user = normalizeUser(typed);
        if (!user.isEmpty() && !event.users.contains(user))
            event.users.append(user);
    }
    if (event.users.isEmpty())
        event.users = extractUsers(event.title + QLatin1Char('\n') + event.text);

    DecodeResult result;
    result.events.append(event);
    return result;
}

} // namespace bb
