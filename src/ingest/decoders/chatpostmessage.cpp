#include "payloaddecoders.h"

#include "net/requestbody.h"
#include "slackpayload.h"

#include <QJsonValue>

namespace bb {

namespace {

// Form arguments (query string first, the body's fields winning) as a message object whose
// values are all strings, the way Slack's form-encoded methods receive them.
QJsonObject formArguments(const HttpRequest &request)
{
    QJsonObject arguments;
    const qsizetype question = request.target.indexOf('?');
    if (question >= 0) {
        const QHash<QString, QString> inUrl = parseFormFields(request.target.mid(question + 1));
        for (auto it = inUrl.begin(); it != inUrl.end(); ++it)
            arguments.insert(it.key(), it.value());
    }
    const QHash<QString, QString> inBody = parseFormFields(request.body);
    for (auto it = inBody.begin(); it != inBody.end(); ++it)
        arguments.insert(it.key(), it.value());
    return arguments;
}

} // namespace

DecodeResult decodeChatPostMessage(const HttpRequest &request, const DecodeContext &context)
{
    QJsonObject arguments;
    const QByteArray mediaType = requestMediaType(request);
    if (mediaType == "application/json" || looksLikeJson(request.body)) {
        QString detail;
        switch (parseJsonObject(request.body, &arguments, &detail)) {
        case JsonProblem::Malformed: return DecodeResult::failure("invalid_json", detail);
        case JsonProblem::NotAnObject: return DecodeResult::failure("json_not_object", detail);
        case JsonProblem::None: break;
        }
    } else if (mediaType.startsWith("multipart/")) {
        return DecodeResult::failure("invalid_form_data",
                                     QStringLiteral("multipart bodies are not supported: send application/x-www-form-urlencoded or JSON"));
    } else {
        arguments = formArguments(request);
    }

    // Unlike a webhook, chat.postMessage has no channel of its own to fall back on.
    const QJsonValue channel = arguments.value(QStringLiteral("channel"));
    if (channel.isUndefined() || channel.isNull() || (channel.isString() && channel.toString().trimmed().isEmpty()))
        return DecodeResult::failure("channel_not_found", QStringLiteral("the 'channel' argument is required"));

    DecodeContext withoutFallback = context;
    withoutFallback.urlChannel.clear();
    withoutFallback.defaultChannel.clear();
    return decodeSlackMessage(arguments, SlackDialect::WebApi, withoutFallback);
}

} // namespace bb
