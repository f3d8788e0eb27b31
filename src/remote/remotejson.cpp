#include "remotejson.h"

#include "core/eventjson.h"

#include <QJsonArray>

namespace bb::remotejson {

EventList events(const QJsonObject &answer)
{
    EventList events;
    for (const QJsonValue &value : answer.value(QStringLiteral("events")).toArray()) {
        if (const std::optional<Event> event = eventFromJson(value.toObject()))
            events << *event;
    }
    return events;
}

QList<QPair<QString, qint64>> channelCounts(const QJsonObject &answer)
{
    QList<QPair<QString, qint64>> counts;
    for (const QJsonValue &value : answer.value(QStringLiteral("channels")).toArray()) {
        const QJsonObject channel = value.toObject();
        const QString name = channel.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            counts.append({ name, channel.value(QStringLiteral("events")).toInteger() });
    }
    return counts;
}

ReadMarkerMap readMarkers(const QJsonObject &answer)
{
    ReadMarkerMap markers;
    const QJsonObject json = answer.value(QStringLiteral("markers")).toObject();
    for (auto it = json.begin(); it != json.end(); ++it)
        markers.insert(it.key(), it.value().toInteger());
    return markers;
}

} // namespace bb::remotejson
