#include "sourcedecoding.h"

#include "core/channelname.h"
#include "core/userextraction.h"

// kind = "json": any JSON sender, its event made by the source's templates (jsontemplate.h).
namespace bb {

using namespace sourcedecoding;

SourceDecodeResult decodeJsonSource(const HttpRequest &request, const SourceSettings &source, const DecodeContext &context)
{
    QJsonObject body;
    SourceDecodeResult failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const JsonSourceTemplates &templates = source.templates;
    QString missing;
    const auto render = [&](const JsonTemplate &tmpl, const char *what, QString *out) {
        if (tmpl.isEmpty())
            return true;
        if (tmpl.render(body, out, &missing))
            return true;
        failure = SourceDecodeResult::failure("missing_field", QStringLiteral("the body has no '%1', which the source's %2 template needs")
                                                                       .arg(missing, QLatin1String(what)));
        return false;
    };
    Event event = baseEvent(source, context);
    event.mrkdwn = false; // a sender's own words, not Slack markup
    QString level, user, channel, deliveryId;
    if (!render(templates.text, "text", &event.text) || !render(templates.title, "title", &event.title)
        || !render(templates.level, "level", &level) || !render(templates.user, "user", &user)
        || !render(templates.channel, "channel", &channel) || !render(templates.thread, "thread", &event.threadKey)
        || !render(templates.deliveryId, "delivery_id", &deliveryId))
        return failure;
    if (event.text.trimmed().isEmpty())
        return SourceDecodeResult::failure("no_text", QStringLiteral("the text template made an empty text"));
    if (!level.isEmpty()) {
        const auto parsed = parseLevel(level);
        if (!parsed)
            return SourceDecodeResult::failure("invalid_payload", QStringLiteral("the level template made '%1' (info, warn, crit)").arg(level));
        event.level = *parsed;
    }
    for (const QString &one : user.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString normalized = normalizeUser(one);
        if (!normalized.isEmpty() && !event.users.contains(normalized))
            event.users << normalized;
    }
    if (!channel.isEmpty()) {
        event.channel = normalizeChannelName(channel);
        if (event.channel.isEmpty())
            return SourceDecodeResult::failure("channel_not_found", QStringLiteral("'%1' is not a channel name").arg(channel));
    }
    return single(event, deliveryId);
}

} // namespace bb
