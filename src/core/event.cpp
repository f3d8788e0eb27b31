#include "event.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

QJsonArray parsedArray(const QByteArray &json)
{
    return json.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(json).array();
}

} // namespace

QString Event::slackTs() const
{
    return QStringLiteral("%1.%2")
            .arg(receivedAtMs / 1000)
            .arg(id % 1000000, 6, 10, QLatin1Char('0'));
}

QJsonObject Event::toSlackMessage() const
{
    QJsonObject message{
        { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("subtype"), QStringLiteral("bot_message") },
        { QStringLiteral("text"), text },
        { QStringLiteral("ts"), slackTs() },
        { QStringLiteral("username"), senderName },
    };
    if (!threadKey.isEmpty())
        message.insert(QStringLiteral("thread_ts"), threadKey);
    if (!attachmentsJson.isEmpty())
        message.insert(QStringLiteral("attachments"), parsedArray(attachmentsJson));
    if (!blocksJson.isEmpty())
        message.insert(QStringLiteral("blocks"), parsedArray(blocksJson));
    return message;
}

QJsonObject Event::toJson() const
{
    QJsonObject json{
        { QStringLiteral("id"), id },
        { QStringLiteral("channel"), channel },
        { QStringLiteral("received_at"),
          QDateTime::fromMSecsSinceEpoch(receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("ts"), slackTs() },
        { QStringLiteral("sender_ts"), senderTs },
        { QStringLiteral("source"), source },
        { QStringLiteral("username"), senderName },
        { QStringLiteral("icon"), senderIcon },
        { QStringLiteral("level"), levelName(level) },
        { QStringLiteral("title"), title },
        { QStringLiteral("text"), text },
        { QStringLiteral("attachments"), parsedArray(attachmentsJson) },
        { QStringLiteral("blocks"), parsedArray(blocksJson) },
        { QStringLiteral("thread_ts"), threadKey },
        { QStringLiteral("users"), QJsonArray::fromStringList(users) },
        { QStringLiteral("mrkdwn"), mrkdwn },
    };
    if (amount.isValid())
        json.insert(QStringLiteral("amount"), QJsonObject{ { QStringLiteral("minor_units"), amount.minorUnits },
                                                           { QStringLiteral("currency"), amount.currency } });
    if (acknowledgement.isValid())
        json.insert(QStringLiteral("acknowledged"),
                    QJsonObject{ { QStringLiteral("by"), acknowledgement.by },
                                 { QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(acknowledgement.atMs, Qt::UTC)
                                                                 .toString(Qt::ISODateWithMs) } });
    return json;
}

} // namespace bb
