#pragma once

#include "core/event.h"
#include "net/httpmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bb {

// What a decoder knows besides the request itself.
struct DecodeContext
{
    QString urlChannel;      // channel named by the URL (/hooks/<channel>, /c/<channel>), may be empty
    QString defaultChannel;  // when neither the payload nor the URL names one
    QString source;          // copied into Event::source
    qint64 receivedAtMs = 0; // copied into Event::receivedAtMs
};

struct DecodeResult
{
    EventList events;
    QByteArray error; // Slack's error word ("invalid_payload", "no_text", …); empty on success
    QString detail;   // a sentence for the sender and the log: what exactly was wrong
    bool ok() const { return error.isEmpty(); }

    static DecodeResult failure(const QByteArray &error, const QString &detail)
    {
        DecodeResult result;
        result.error = error;
        result.detail = detail;
        return result;
    }
};

// Slackboard's tag → channel routing ([[routes]] in the config file).
struct NotifyRoute
{
    QString tag;
    QString channel;
    QString username;
    QString iconEmoji;
    QString iconUrl;
};

// What /notify does with a tag that no route names.
enum class UnknownTag {
    Refuse,            // "unknown_tag", as Slackboard itself answers (auto_create_channels = false)
    SendToTagsChannel, // the channel named after the tag, created like any channel a sender names
};

// Slack incoming webhook: JSON body (any or no Content-Type) or form field payload=<json>.
// Errors: invalid_payload (anything malformed), no_text, channel_not_found,
// too_many_attachments, msg_too_long. See slackpayload.h for the fields read.
DecodeResult decodeSlackWebhook(const HttpRequest &request, const DecodeContext &context);
// Slack Web API chat.postMessage: JSON or form-encoded arguments (query string too). Web API
// error words: invalid_json, json_not_object, invalid_form_data, invalid_arguments,
// invalid_attachments, invalid_blocks_format, invalid_blocks, channel_not_found (also when
// absent: there is no fallback channel), no_text, too_many_attachments, msg_too_long.
DecodeResult decodeChatPostMessage(const HttpRequest &request, const DecodeContext &context);
// Slackboard POST /notify: {"tag","host","title","text","level","sync"} routed by tag: one
// event per route with that tag (Slackboard posts to each). A tag without a route goes where
// `unknownTag` says; refused, or not a valid channel name, it is "unknown_tag" (Slackboard
// answers 400 "tag:<tag> is not found" when sync, and drops it silently when not).
DecodeResult decodeNotify(const HttpRequest &request, const QList<NotifyRoute> &routes, UnknownTag unknownTag,
                          const DecodeContext &context);
// Slackboard POST /notify-directly: {"payload": <Slack payload>, "sync"}; the payload is read
// like a webhook's.
DecodeResult decodeNotifyDirectly(const HttpRequest &request, const DecodeContext &context);
// POST /c/<channel>: the body is the text (UTF-8, or Latin-1 when Content-Type says so; invalid
// UTF-8 is "invalid_payload"; trailing newlines dropped); headers X-Title, X-User (end users,
// comma-separated), X-Level (info|warn|crit), X-Username (sender), X-Icon.
DecodeResult decodePlainText(const HttpRequest &request, const DecodeContext &context);

} // namespace bb
