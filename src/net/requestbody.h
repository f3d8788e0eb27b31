#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// Reading request bodies the way Slack's endpoints do. Local to the decoders: they must not
// depend on the out-of-line parts of HttpRequest.
namespace bb {

// The Content-Type without parameters, lower-cased ("application/json"); empty when absent.
QByteArray requestMediaType(const HttpRequest &request);
// The Content-Type's charset parameter, lower-cased and unquoted; empty when absent.
QByteArray requestCharset(const HttpRequest &request);

// True when the first non-blank byte opens a JSON object or array: Slack senders often
// send JSON as text/plain or as a form content type.
bool looksLikeJson(const QByteArray &body);

// application/x-www-form-urlencoded fields, '+' read as a space, percent-decoded as UTF-8.
// When a name repeats, the first value wins.
QHash<QString, QString> parseFormFields(const QByteArray &body);

enum class JsonProblem {
    None,
    Malformed,
    NotAnObject
};
// Parses `json` as an object. On failure `detail` is a sentence naming what is wrong and
// where. Nesting deeper than Qt's parser limit is Malformed, never a crash.
JsonProblem parseJsonObject(const QByteArray &json, QJsonObject *object, QString *detail);

// "a string", "a number", … for error details.
QString jsonTypeName(const QJsonValue &value);

} // namespace bb
