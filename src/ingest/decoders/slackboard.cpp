#include "payloaddecoders.h"

#include "core/channelname.h"
#include "core/userextraction.h"
#include "net/requestbody.h"
#include "slackpayload.h"

#include <QJsonArray>
#include <QJsonDocument>

// Slackboard (github.com/cubicdaiya/slackboard) compatibility: its JSON field names, its
// tag defaults (icon ":clipboard:") and its level colors. A route without a username is
// named after its tag (Slackboard says "slackboard"): the feed then tells where it came from.
namespace bb {

namespace {

// Slackboard's levelToColorMap: the color it gives the attachment it builds for a level.
QString slackboardColor(Level level)
{
    switch (level) {
    case Level::Warn: return QStringLiteral("#ffdd00");
    case Level::Crit: return QStringLiteral("#ff0000");
    case Level::Info: break;
    }
    return QStringLiteral("#00ff00");
}

// Go's encoding/json rejects a field of the wrong type: so does Bellboard, with a reason.
bool readString(const QJsonObject &object, const char *key, QString *out, QString *detail)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *detail = QStringLiteral("'%1' must be a string, not %2").arg(QLatin1String(key), jsonTypeName(value));
        return false;
    }
    *out = value.toString();
    return true;
}

bool checkSync(const QJsonObject &object, QString *detail)
{
    const QJsonValue sync = object.value(QStringLiteral("sync"));
    if (sync.isUndefined() || sync.isNull() || sync.isBool())
        return true;
    *detail = QStringLiteral("'sync' must be true or false, not %1").arg(jsonTypeName(sync));
    return false;
}

struct NotifyRequest
{
    QString tag, host, text, title, level;
};

Event eventForRoute(const NotifyRequest &notify, const NotifyRoute &route, const DecodeContext &context,
                    const QString &channel)
{
    Event event;
    event.source = context.source;
    event.receivedAtMs = context.receivedAtMs;
    event.channel = channel;
    event.senderName = !route.username.isEmpty() ? route.username
                     : !notify.tag.isEmpty()     ? notify.tag
                                                 : QStringLiteral("slackboard");
    event.senderNameIsFallback = route.username.isEmpty();
    event.senderIcon = !route.iconEmoji.isEmpty() ? route.iconEmoji
                     : !route.iconUrl.isEmpty()   ? route.iconUrl
                                                  : QStringLiteral(":clipboard:");
    event.title = notify.title;
    event.text = notify.text;
    // Slackboard ignores a level it does not know; so does Bellboard (the event stays info).
    const std::optional<Level> level = parseLevel(notify.level);
    event.level = level.value_or(Level::Info);
    // Slackboard shows the level as the color of an attachment. The text stays in
    // Event::text (searchable, shown once); the attachment keeps only the color.
    if (level) {
        const QJsonArray attachments{ QJsonObject{ { QStringLiteral("color"), slackboardColor(*level) } } };
        event.attachmentsJson = QJsonDocument(attachments).toJson(QJsonDocument::Compact);
    }
    event.users = extractUsers(notify.title + QLatin1Char('\n') + notify.text);
    return event;
}

} // namespace

DecodeResult decodeNotify(const HttpRequest &request, const QList<NotifyRoute> &routes, UnknownTag unknownTag,
                          const DecodeContext &context)
{
    QJsonObject object;
    QString detail;
    if (parseJsonObject(request.body, &object, &detail) != JsonProblem::None)
        return DecodeResult::failure("invalid_payload", detail);

    NotifyRequest notify;
    if (!readString(object, "tag", &notify.tag, &detail) || !readString(object, "host", &notify.host, &detail)
        || !readString(object, "text", &notify.text, &detail)
        || !readString(object, "title", &notify.title, &detail)
        || !readString(object, "level", &notify.level, &detail) || !checkSync(object, &detail)) {
        return DecodeResult::failure("invalid_payload", detail);
    }
    if (notify.text.trimmed().isEmpty() && notify.title.trimmed().isEmpty())
        return DecodeResult::failure("no_text", QStringLiteral("the notification has neither text nor title"));
    if (notify.text.size() > kSlackMaxTextLength) {
        return DecodeResult::failure("msg_too_long", QStringLiteral("the text has %1 characters; Slack allows at most %2")
                                                             .arg(notify.text.size())
                                                             .arg(kSlackMaxTextLength));
    }

    DecodeResult result;
    for (const NotifyRoute &route : routes) {
        if (route.tag != notify.tag)
            continue;
        const QString wanted = !route.channel.isEmpty()      ? route.channel
                             : !context.urlChannel.isEmpty() ? context.urlChannel
                                                             : context.defaultChannel;
        const QString channel = normalizeChannelName(wanted);
        if (channel.isEmpty()) {
            return DecodeResult::failure("channel_not_found",
                                         QStringLiteral("the route for tag:%1 names '%2', not a channel name").arg(notify.tag, wanted));
        }
        result.events.append(eventForRoute(notify, route, context, channel));
    }
    if (!result.events.isEmpty())
        return result;
    if (unknownTag == UnknownTag::Refuse)
        return DecodeResult::failure("unknown_tag", QStringLiteral("tag:%1 is not found").arg(notify.tag)); // Slackboard's words
    // A tag is a name like a channel's: a new one is treated as a new channel a sender names,
    // so the event is kept rather than lost. It carries Slackboard's default identity.
    const QString tagChannel = normalizeChannelName(notify.tag);
    if (tagChannel.isEmpty()) {
        return DecodeResult::failure("unknown_tag", QStringLiteral("tag:%1 is not found, and is not a channel name "
                                                                   "to send it to")
                                                            .arg(notify.tag));
    }
    result.events.append(eventForRoute(notify, NotifyRoute{ notify.tag, tagChannel, {}, {}, {} }, context, tagChannel));
    return result;
}

DecodeResult decodeNotifyDirectly(const HttpRequest &request, const DecodeContext &context)
{
    QJsonObject object;
    QString detail;
    if (parseJsonObject(request.body, &object, &detail) != JsonProblem::None)
        return DecodeResult::failure("invalid_payload", detail);
    if (!checkSync(object, &detail))
        return DecodeResult::failure("invalid_payload", detail);
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    if (!payload.isObject()) {
        return DecodeResult::failure("invalid_payload",
                                     QStringLiteral("'payload' must be an object holding the Slack message, not %1").arg(jsonTypeName(payload)));
    }
    // Slackboard forwards the payload to an incoming webhook: Slack's webhook rules apply.
    return decodeSlackMessage(payload.toObject(), SlackDialect::IncomingWebhook, context);
}

} // namespace bb
