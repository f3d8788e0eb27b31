#include "eventreader.h"

#include "schema.h"
#include "storebackend.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace bb {

namespace {

// A reader may open a file an older Bellboard wrote and no writer has migrated yet (`bellboard
// search` before the new server's first start): columns added since read as their default.
QString eventColumns(int schemaVersion)
{
    return QStringLiteral("id, channel, received_at_ms, sender_ts, source, sender_name, sender_icon, level,"
                          " title, text, attachments_json, blocks_json, thread_key, users_json, mrkdwn, %1, %2")
            .arg(schemaVersion >= 3 ? QStringLiteral("sender_name_fallback") : QStringLiteral("0"),
                 schemaVersion >= 4 ? QStringLiteral("amount_minor, amount_currency, by_user, at_ms")
                                    : QStringLiteral("NULL, NULL, NULL, NULL"));
}

// Acknowledgements live in their own table (schema.cpp, version 4): joined where rows are read.
QString eventTables(int schemaVersion)
{
    return schemaVersion >= 4
                 ? QStringLiteral("events LEFT JOIN acknowledgements ON acknowledgements.event_id = events.id")
                 : QStringLiteral("events");
}

Event eventFromRow(const QSqlQuery &row)
{
    Event event;
    event.id = row.value(0).toLongLong();
    event.channel = row.value(1).toString();
    event.receivedAtMs = row.value(2).toLongLong();
    event.senderTs = row.value(3).toString();
    event.source = row.value(4).toString();
    event.senderName = row.value(5).toString();
    event.senderIcon = row.value(6).toString();
    event.level = Level(qBound(int(Level::Info), row.value(7).toInt(), int(Level::Crit)));
    event.title = row.value(8).toString();
    event.text = row.value(9).toString();
    event.attachmentsJson = row.value(10).toString().toUtf8();
    event.blocksJson = row.value(11).toString().toUtf8();
    event.threadKey = row.value(12).toString();
    const QString users = row.value(13).toString();
    if (!users.isEmpty()) {
        for (const QJsonValue &user : QJsonDocument::fromJson(users.toUtf8()).array())
            event.users << user.toString();
    }
    event.mrkdwn = row.value(14).toBool();
    event.senderNameIsFallback = row.value(15).toBool();
    if (!row.isNull(17))
        event.amount = Money{ row.value(16).toLongLong(), row.value(17).toString() };
    if (!row.isNull(18))
        event.acknowledgement = Acknowledgement{ row.value(18).toString(), row.value(19).toLongLong() };
    return event;
}

} // namespace

EventReader::EventReader(const QString &location)
    : m_location(location)
{
}

EventReader::~EventReader() = default;

bool EventReader::open(QString *error)
{
    auto backend = makeReadBackend(m_location);
    if (!backend) {
        if (error)
            *error = noEngineError(m_location);
        return false;
    }
    if (!backend->open(error))
        return false;
    m_backend = std::move(backend);
    return true;
}

bool EventReader::ensureOpen(QString *error)
{
    return m_backend || open(error);
}

EventPage EventReader::search(const SearchQuery &query, qint64 beforeId, int limit)
{
    EventPage page;
    if (!ensureOpen(&page.error))
        return page;
    return m_backend->search(query, beforeId, limit);
}

EventList EventReader::load(const QList<qint64> &ids, QString *error)
{
    return m_backend->load(ids, error);
}

EventList EventReader::loadFrom(const QSqlDatabase &db, const QList<qint64> &ids, QString *error, int schemaVersion)
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                         .arg(eventColumns(schemaVersion), eventTables(schemaVersion), marks.join(QLatin1Char(','))));
    for (const qint64 id : ids)
        rows.addBindValue(id);
    if (!rows.exec()) {
        *error = QStringLiteral("reading events failed: %1").arg(rows.lastError().text());
        return {};
    }
    QHash<qint64, Event> byId;
    while (rows.next()) {
        Event event = eventFromRow(rows);
        byId.insert(event.id, std::move(event));
    }
    EventList events;
    events.reserve(ids.size());
    for (const qint64 id : ids) {
        // A retention delete may have removed an event between the two statements.
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            events << *it;
    }
    return events;
}

std::optional<Event> EventReader::event(qint64 id)
{
    QString error;
    if (!ensureOpen(&error))
        return std::nullopt;
    const EventList events = load({ id }, &error);
    if (events.isEmpty())
        return std::nullopt;
    return events.first();
}

qint64 EventReader::totalCount()
{
    const auto counts = countsByChannel();
    qint64 total = 0;
    for (const auto &count : counts)
        total += count.second;
    return total;
}

EventTally EventReader::tally(const SearchQuery &query, bool sumAmounts)
{
    EventTally tally;
    if (!ensureOpen(&tally.error))
        return tally;
    return m_backend->tally(query, sumAmounts);
}

UserSummary EventReader::userSummary(const QString &user)
{
    UserSummary summary;
    if (!ensureOpen(&summary.error))
        return summary;
    return m_backend->userSummary(user);
}

EventPage EventReader::eventsAfter(qint64 afterId, int limit)
{
    EventPage page;
    if (!ensureOpen(&page.error))
        return page;
    return m_backend->eventsAfter(afterId, limit);
}

ReadMarkerMap EventReader::readMarkers(const QString &user, QString *error)
{
    ReadMarkerMap markers;
    QString why;
    if (!ensureOpen(&why) || !m_backend->readMarkers(user, &markers, &why)) {
        if (error)
            *error = why;
        return {};
    }
    return markers;
}

// From the counters kept per channel, so this never scans the events.
QList<QPair<QString, qint64>> EventReader::countsByChannel()
{
    QString error;
    if (!ensureOpen(&error))
        return {};
    return m_backend->countsByChannel();
}

} // namespace bb
