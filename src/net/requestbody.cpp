#include "requestbody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace bb {

namespace {

QByteArray contentType(const HttpRequest &request)
{
    return request.header(QByteArrayLiteral("content-type"));
}

QString decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

QByteArray requestMediaType(const HttpRequest &request)
{
    const QByteArray type = contentType(request);
    const qsizetype semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
}

QByteArray requestCharset(const HttpRequest &request)
{
    const QList<QByteArray> parameters = contentType(request).split(';');
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArray parameter = parameters.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals > 0 && parameter.left(equals).trimmed().toLower() == "charset") {
            QByteArray value = parameter.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value.toLower();
        }
    }
    return {};
}

bool looksLikeJson(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QHash<QString, QString> parseFormFields(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decodeFormComponent(equals < 0 ? pair : pair.left(equals));
        if (!fields.contains(name))
            fields.insert(name, equals < 0 ? QString() : decodeFormComponent(pair.mid(equals + 1)));
    }
    return fields;
}

JsonProblem parseJsonObject(const QByteArray &json, QJsonObject *object, QString *detail)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top; "hi" or 5 are JSON all the same.
        QJsonParseError wrapped;
        if (!looksLikeJson(json) && !json.trimmed().isEmpty()) {
            QJsonDocument::fromJson('[' + json + ']', &wrapped);
            if (wrapped.error == QJsonParseError::NoError) {
                *detail = QStringLiteral("the JSON body must be an object ({…}), not a bare value");
                return JsonProblem::NotAnObject;
            }
        }
        *detail = QStringLiteral("the body is not valid JSON: %1 at byte %2")
                          .arg(error.errorString())
                          .arg(error.offset);
        return JsonProblem::Malformed;
    }
    if (!document.isObject()) {
        *detail = QStringLiteral("the JSON body must be an object ({…}), not an array");
        return JsonProblem::NotAnObject;
    }
    *object = document.object();
    return JsonProblem::None;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

} // namespace bb
