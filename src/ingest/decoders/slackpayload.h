#pragma once

#include "core/level.h"
#include "payloaddecoders.h"

#include <QJsonObject>

namespace bb {

// Which of Slack's endpoints a message object came through: they share the message shape
// but answer bad input with different error words.
enum class SlackDialect {
    IncomingWebhook, // every malformed field is "invalid_payload"
    WebApi,          // "invalid_arguments", "invalid_attachments", "invalid_blocks[_format]";
                     // form-style strings are accepted: attachments/blocks as JSON text,
                     // mrkdwn as "true"/"false"/"1"/"0", users as "a@x.io, @bob"
};

// Slack's own limits, so that a sender tested against Bellboard is not surprised by Slack.
inline constexpr int kSlackMaxTextLength = 40000;
inline constexpr int kSlackMaxAttachments = 100;

// Turns one Slack message object (an incoming-webhook payload, chat.postMessage arguments,
// a Slackboard notify-directly payload) into one Event.
//
// Slack fields: text, channel ("#name" or "name"), username, icon_emoji (wins over
// icon_url), icon_url, attachments, blocks, thread_ts (string or number), mrkdwn.
// Bellboard extension fields, ignored by Slack: "level" (info|warn|crit), "title",
// "user" (one end user), "users" (several).
//
// Channel: the message's own channel, else context.urlChannel, else context.defaultChannel.
// Title: the "title" extension, else the first attachment's title (the line Slack shows in
// bold), else empty; pretext is lead-in text, not a title.
// Level: the "level" extension, else the first attachment's color (levelFromColor).
// Users: "user"/"users" when given, else extractUsers() over the text, the attachments'
// texts, titles and fields, and the blocks' texts.
DecodeResult decodeSlackMessage(const QJsonObject &message, SlackDialect dialect,
                                const DecodeContext &context);

// Slack attachment colors as urgency: "danger" and red hues are Crit, "warning" and
// yellow-orange hues are Warn, anything else (including "good") is Info.
Level levelFromColor(const QString &color);

} // namespace bb
