#include "eventjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

qint64 msFromRfc3339(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Empty for an empty array, as Event keeps "no attachments".
QByteArray compactArray(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return array.isEmpty() ? QByteArray() : QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<Event> eventFromJson(const QJsonObject &json)
{
    Event event;
    event.id = json.value(QStringLiteral("id")).toInteger();
    event.channel = json.value(QStringLiteral("channel")).toString();
    if (event.id <= 0 || event.channel.isEmpty())
        return std::nullopt;
    event.receivedAtMs = msFromRfc3339(json.value(QStringLiteral("received_at")));
    event.senderTs = json.value(QStringLiteral("sender_ts")).toString();
    event.source = json.value(QStringLiteral("source")).toString();
    event.senderName = json.value(QStringLiteral("username")).toString();
    event.senderIcon = json.value(QStringLiteral("icon")).toString();
    event.level = parseLevel(json.value(QStringLiteral("level")).toString()).value_or(Level::Info);
    event.title = json.value(QStringLiteral("title")).toString();
    event.text = json.value(QStringLiteral("text")).toString();
    event.attachmentsJson = compactArray(json.value(QStringLiteral("attachments")));
    event.blocksJson = compactArray(json.value(QStringLiteral("blocks")));
    event.threadKey = json.value(QStringLiteral("thread_ts")).toString();
    for (const QJsonValue &user : json.value(QStringLiteral("users")).toArray())
        event.users << user.toString();
    event.mrkdwn = json.value(QStringLiteral("mrkdwn")).toBool(true);
    const QJsonObject amount = json.value(QStringLiteral("amount")).toObject();
    if (!amount.isEmpty())
        event.amount = Money{ amount.value(QStringLiteral("minor_units")).toInteger(),
                              amount.value(QStringLiteral("currency")).toString() };
    const QJsonObject acknowledged = json.value(QStringLiteral("acknowledged")).toObject();
    if (!acknowledged.isEmpty())
        event.acknowledgement = Acknowledgement{ acknowledged.value(QStringLiteral("by")).toString(),
                                                 msFromRfc3339(acknowledged.value(QStringLiteral("at"))) };
    return event;
}

} // namespace bb
