#include "payloaddecoders.h"

#include "net/requestbody.h"
#include "slackpayload.h"

namespace bb {

namespace {

// The payload's JSON text: the body itself, or its form field payload=…
DecodeResult extractPayloadJson(const HttpRequest &request, QByteArray *json)
{
    if (request.body.trimmed().isEmpty()) {
        return DecodeResult::failure("invalid_payload",
                                     QStringLiteral("the request has no body: send a JSON object or a form field payload=<json>"));
    }
    if (looksLikeJson(request.body) || requestMediaType(request) == "application/json") {
        *json = request.body;
        return {};
    }
    const QHash<QString, QString> fields = parseFormFields(request.body);
    const auto payload = fields.constFind(QStringLiteral("payload"));
    if (payload == fields.constEnd()) {
        return DecodeResult::failure("invalid_payload",
                                     QStringLiteral("the body is neither JSON nor a form with a payload field"));
    }
    *json = payload->toUtf8();
    return {};
}

} // namespace

DecodeResult decodeSlackWebhook(const HttpRequest &request, const DecodeContext &context)
{
    QByteArray json;
    DecodeResult extracted = extractPayloadJson(request, &json);
    if (!extracted.ok())
        return extracted;
    QJsonObject message;
    QString detail;
    if (parseJsonObject(json, &message, &detail) != JsonProblem::None)
        return DecodeResult::failure("invalid_payload", detail);
    return decodeSlackMessage(message, SlackDialect::IncomingWebhook, context);
}

} // namespace bb
