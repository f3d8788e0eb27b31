#include "eventreader.h"

#include "schema.h"
#include "searchsql.h"
#include "sqliteconnection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bb {

namespace {

// A page larger than this is never useful to a person and would only hold memory.
constexpr int kMaxPageSize = 1000;

// after:/before: windows with fewer events than this are turned into an id range first
// (a few ms on the time index), so that the newest-first walk skips everything newer and
// stops at the window's start. A wider window has matches near its top anyway.
constexpr int kTimeWindowCap = 50000;

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

EventReader::EventReader(const QString &databasePath)
    : m_path(databasePath)
{
}

EventReader::~EventReader() = default;

bool EventReader::open(QString *error)
{
    QString why;
    auto connection = std::make_unique<SqliteConnection>(QStringLiteral("reader"));
    bool ok = connection->open(m_path, SqliteConnection::Mode::ReadOnly, SqliteConnection::Sync::Normal, &why);
    int version = 0;
    if (ok) {
        version = schema::storedVersion(connection->database(), &why);
        if (version > schema::latestVersion()) {
            why = schema::tooNewError(version);
            ok = false;
        } else if (version <= 0) {
            why = why.isEmpty() ? QStringLiteral("%1 is not a Bellboard event database").arg(m_path) : why;
            ok = false;
        }
    }
    if (!ok) {
        if (error)
            *error = why;
        return false;
    }
    m_connection = std::move(connection);
    m_schemaVersion = version;
    return true;
}

bool EventReader::ensureOpen(QString *error)
{
    return m_connection || open(error);
}

EventPage EventReader::search(const SearchQuery &query, qint64 beforeId, int limit)
{
    EventPage page;
    if (!ensureOpen(&page.error))
        return page;
    limit = qBound(1, limit, kMaxPageSize);

    IdRange window;
    if (query.after.isValid() || query.before.isValid()) {
        QSqlQuery range(m_connection->database());
        if (!run(&range, timeWindowSql(query, kTimeWindowCap), &page.error))
            return page;
        if (range.next() && range.value(0).toLongLong() < kTimeWindowCap) {
            if (range.value(0).toLongLong() == 0)
                return page; // nothing in the window at all
            window = { range.value(1).toLongLong(), range.value(2).toLongLong() };
        }
    }
    QSqlQuery ids(m_connection->database());
    if (!run(&ids, searchIdsSql(query, beforeId, limit + 1, window), &page.error))
        return page;
    QList<qint64> found;
    while (ids.next())
        found << ids.value(0).toLongLong();
    page.hasMore = found.size() > limit;
    if (page.hasMore)
        found.resize(limit);
    page.events = load(found, &page.error);
    return page;
}

bool EventReader::run(QSqlQuery *query, const SqlStatement &statement, QString *error)
{
    query->setForwardOnly(true);
    query->prepare(statement.sql);
    for (const QVariant &value : statement.values)
        query->addBindValue(value);
    if (query->exec())
        return true;
    *error = QStringLiteral("search failed: %1").arg(query->lastError().text());
    return false;
}

EventList EventReader::load(const QList<qint64> &ids, QString *error)
{
    return loadFrom(m_connection->database(), ids, error, m_schemaVersion);
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

EventPage EventReader::eventsAfter(qint64 afterId, int limit)
{
    EventPage page;
    if (!ensureOpen(&page.error))
        return page;
    limit = qBound(1, limit, kMaxPageSize);
    QSqlQuery ids(m_connection->database());
    if (!run(&ids, { QStringLiteral("SELECT id FROM events WHERE id > ? ORDER BY id LIMIT ?"), { afterId, limit + 1 } },
             &page.error))
        return page;
    QList<qint64> found;
    while (ids.next())
        found << ids.value(0).toLongLong();
    page.hasMore = found.size() > limit;
    if (page.hasMore)
        found.resize(limit);
    page.events = load(found, &page.error);
    return page;
}

ReadMarkerMap EventReader::readMarkers(const QString &user, QString *error)
{
    ReadMarkerMap markers;
    QString why;
    if (!ensureOpen(&why) || m_schemaVersion < 4) {
        if (error)
            *error = why;
        return markers;
    }
    QSqlQuery rows(m_connection->database());
    if (!run(&rows, { QStringLiteral("SELECT channel, last_read_id FROM read_markers WHERE user = ?"), { user } }, &why)) {
        if (error)
            *error = why;
        return markers;
    }
    while (rows.next())
        markers.insert(rows.value(0).toString(), rows.value(1).toLongLong());
    return markers;
}

// From the counters the triggers keep per channel, so this never scans the events.
QList<QPair<QString, qint64>> EventReader::countsByChannel()
{
    QList<QPair<QString, qint64>> counts;
    QString error;
    if (!ensureOpen(&error))
        return counts;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, event_count FROM channels ORDER BY name")))
        return counts;
    while (query.next())
        counts.append({ query.value(0).toString(), query.value(1).toLongLong() });
    return counts;
}

} // namespace bb
