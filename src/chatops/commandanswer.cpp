#include "commandanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

QString mrkdwnEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"))
            .replace(QLatin1Char('<'), QLatin1String("&lt;"))
            .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return escaped;
}

CommandAnswer CommandAnswer::note(const QString &text)
{
    CommandAnswer answer;
    answer.text = text;
    return answer;
}

CommandAnswer CommandAnswer::error(const QString &text)
{
    CommandAnswer answer = note(text);
    answer.isError = true;
    return answer;
}

bool CommandAnswer::fromSlackJson(const QJsonObject &object, CommandAnswer *answer, QString *error)
{
    CommandAnswer parsed;
    const QString type = object.value(QLatin1String("response_type")).toString();
    parsed.visibility = type == QLatin1String("in_channel") ? Visibility::InChannel : Visibility::Ephemeral;
    const QJsonValue text = object.value(QLatin1String("text"));
    if (!text.isUndefined() && !text.isString()) {
        *error = QCoreApplication::translate("bb::CommandAnswer", "'text' is not a string");
        return false;
    }
    parsed.text = text.toString();
    const auto array = [&](const char *key, QByteArray *out) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray()) {
            *error = QCoreApplication::translate("bb::CommandAnswer", "'%1' is not a list").arg(QLatin1String(key));
            return false;
        }
        if (!value.toArray().isEmpty())
            *out = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return true;
    };
    if (!array("blocks", &parsed.blocksJson) || !array("attachments", &parsed.attachmentsJson))
        return false;
    // Slack accepts true and "true" for both flags.
    const auto flag = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.toBool() || value.toString() == QLatin1String("true");
    };
    parsed.replaceOriginal = flag("replace_original");
    parsed.deleteOriginal = flag("delete_original");
    if (parsed.isEmpty() && !parsed.deleteOriginal) {
        *error = QStringLiteral("no_text");
        return false;
    }
    *answer = parsed;
    return true;
}

} // namespace bb
