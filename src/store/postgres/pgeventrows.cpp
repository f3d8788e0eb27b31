#include "pgeventrows.h"

#include "pgconnection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

const QString kEventColumns = QStringLiteral(
        "e.id, e.channel, e.received_at_ms, e.sender_ts, e.source, e.sender_name, e.sender_icon, e.level,"
        " e.title, e.text, e.attachments_json, e.blocks_json, e.thread_key, e.users_json, e.mrkdwn,"
        " e.sender_name_fallback, e.amount_minor, e.amount_currency, a.by_user, a.at_ms");

} // namespace

QString pgEventColumns()
{
    return kEventColumns;
}

Event pgEventFromRow(const PgResult &rows, int row)
{
    Event event;
    event.id = rows.toLongLong(row, 0);
    event.channel = rows.text(row, 1);
    event.receivedAtMs = rows.toLongLong(row, 2);
    event.senderTs = rows.text(row, 3);
    event.source = rows.text(row, 4);
    event.senderName = rows.text(row, 5);
    event.senderIcon = rows.text(row, 6);
    event.level = Level(qBound(int(Level::Info), int(rows.toLongLong(row, 7)), int(Level::Crit)));
    event.title = rows.text(row, 8);
    event.text = rows.text(row, 9);
    event.attachmentsJson = rows.bytes(row, 10);
    event.blocksJson = rows.bytes(row, 11);
    event.threadKey = rows.text(row, 12);
    const QByteArray users = rows.bytes(row, 13);
    if (!users.isEmpty()) {
        for (const QJsonValue &user : QJsonDocument::fromJson(users).array())
            event.users << user.toString();
    }
    event.mrkdwn = rows.toBool(row, 14);
    event.senderNameIsFallback = rows.toBool(row, 15);
    if (!rows.isNull(row, 17))
        event.amount = Money{ rows.toLongLong(row, 16), rows.text(row, 17) };
    if (!rows.isNull(row, 18))
        event.acknowledgement = Acknowledgement{ rows.text(row, 18), rows.toLongLong(row, 19) };
    return event;
}

// The events with these ids, in the given order (missing ones left out).
EventList pgLoadEvents(PgConnection &connection, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    PgResult rows;
    if (!connection.exec(QStringLiteral("SELECT %1 FROM events e LEFT JOIN acknowledgements a ON a.event_id = e.id"
                                        " WHERE e.id = ANY($1::bigint[])")
                                 .arg(kEventColumns),
                         { QStringLiteral("{%1}").arg(numbers.join(QLatin1Char(','))) }, &rows, error)) {
        *error = QStringLiteral("reading events failed: %1").arg(*error);
        return {};
    }
    QHash<qint64, Event> byId;
    for (int row = 0; row < rows.rows(); ++row) {
        Event event = pgEventFromRow(rows, row);
        byId.insert(event.id, std::move(event));
    }
    EventList events;
    events.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            events << *it;
    }
    return events;
}

} // namespace bb
