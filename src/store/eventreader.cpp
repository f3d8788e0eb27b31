#include "eventreader.h"

#include "schema.h"
#include "core/moneytext.h"
#include "searchsql.h"
#include "sqliteconnection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

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

    const auto window = timeWindow(query, kTimeWindowCap, &page.error);
    if (!window)
        return page; // nothing in the window at all, or an error
    QSqlQuery ids(m_connection->database());
    if (!run(&ids, searchIdsSql(query, beforeId, limit + 1, *window), &page.error))
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

std::optional<IdRange> EventReader::timeWindow(const SearchQuery &query, int cap, QString *error)
{
    if (!query.after.isValid() && !query.before.isValid())
        return IdRange{};
    QSqlQuery range(m_connection->database());
    if (!run(&range, timeWindowSql(query, cap), error))
        return std::nullopt;
    if (!range.next() || range.value(0).toLongLong() >= cap)
        return IdRange{}; // too wide to be worth bounding
    if (range.value(0).toLongLong() == 0)
        return std::nullopt;
    return IdRange{ range.value(1).toLongLong(), range.value(2).toLongLong() };
}

EventTally EventReader::tally(const SearchQuery &query, bool sumAmounts)
{
    EventTally tally;
    if (!ensureOpen(&tally.error))
        return tally;
    QSqlDatabase db = m_connection->database();
    // One read transaction: the newest id and the counts come from the same snapshot, so that
    // a caller adding live events after `upToId` counts each event once.
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const auto finish = [&db, &tally] {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return tally;
    };
    QSqlQuery newest(db);
    if (!newest.exec(QStringLiteral("SELECT max(id) FROM events")) || !newest.next()) {
        tally.error = QStringLiteral("counting failed: %1").arg(newest.lastError().text());
        return finish();
    }
    tally.upToId = newest.value(0).toLongLong();
    // A tile's window is a day or so: bounding it by ids always pays, however many it holds.
    const auto window = timeWindow(query, std::numeric_limits<int>::max(), &tally.error);
    if (!window || tally.upToId == 0)
        return finish();
    const SqlStatement ids = searchIdsSql(query, tally.upToId + 1, -1, *window);
    // A file from before schema 4 has no amount columns: only text amounts there.
    const bool amounts = m_schemaVersion >= 4;
    SqlStatement statement{ QString(), ids.values };
    if (!sumAmounts) {
        statement.sql = QStringLiteral("SELECT NULL, count(*), NULL FROM (%1)").arg(ids.sql);
    } else {
        statement.sql = QStringLiteral("SELECT %2, count(*), %3 FROM events WHERE id IN (%1) GROUP BY 1")
                                .arg(ids.sql, amounts ? QStringLiteral("amount_currency") : QStringLiteral("NULL"),
                                     amounts ? QStringLiteral("sum(amount_minor)") : QStringLiteral("NULL"));
    }
    QSqlQuery counts(db);
    if (!run(&counts, statement, &tally.error))
        return finish();
    qint64 withoutAmount = 0;
    while (counts.next()) {
        tally.count += counts.value(1).toLongLong();
        if (counts.isNull(0))
            withoutAmount += counts.value(1).toLongLong();
        else
            tally.sums[counts.value(0).toString()] += counts.value(2).toLongLong();
    }
    if (sumAmounts && withoutAmount > 0) {
        // Amounts written in the text ("$49", "49,00 €"): only these rows are read.
        SqlStatement texts{ QStringLiteral("SELECT title, text, attachments_json, blocks_json FROM events"
                                           " WHERE id IN (%1)%2")
                                    .arg(ids.sql, amounts ? QStringLiteral(" AND amount_currency IS NULL") : QString()),
                            ids.values };
        QSqlQuery rows(db);
        if (!run(&rows, texts, &tally.error))
            return finish();
        while (rows.next()) {
            Event event;
            event.title = rows.value(0).toString();
            event.text = rows.value(1).toString();
            event.attachmentsJson = rows.value(2).toString().toUtf8();
            event.blocksJson = rows.value(3).toString().toUtf8();
            if (const auto money = eventAmount(event))
                tally.sums[money->currency] += money->minorUnits;
        }
    }
    return finish();
}

UserSummary EventReader::userSummary(const QString &user)
{
    UserSummary summary;
    if (!ensureOpen(&summary.error))
        return summary;
    QSqlDatabase db = m_connection->database();
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const auto finish = [&db, &summary] {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return summary;
    };
    QString userToken = user;
    userToken.replace(QLatin1Char('"'), QLatin1String("\"\""));
    userToken = QLatin1Char('"') + userToken + QLatin1Char('"');
    // One pass over the user's index entries, each joined to its row by primary key.
    QSqlQuery perChannel(db);
    if (!run(&perChannel,
             { QStringLiteral("SELECT e.channel, count(*), min(e.received_at_ms), max(e.received_at_ms), min(e.id),"
                              " %1"
                              " FROM event_users CROSS JOIN events e ON e.id = event_users.rowid"
                              " WHERE event_users MATCH ? GROUP BY e.channel")
                       .arg(m_schemaVersion >= 4 ? QStringLiteral("max(CASE WHEN e.amount_currency IS NOT NULL THEN e.id END)")
                                                 : QStringLiteral("NULL")),
               { userToken } },
             &summary.error))
        return finish();
    qint64 firstId = 0;
    qint64 latestId = 0;
    while (perChannel.next()) {
        const qint64 count = perChannel.value(1).toLongLong();
        summary.perChannel.append({ perChannel.value(0).toString(), count });
        summary.events += count;
        const qint64 first = perChannel.value(2).toLongLong();
        const qint64 last = perChannel.value(3).toLongLong();
        summary.firstSeenMs = summary.firstSeenMs == 0 ? first : std::min(summary.firstSeenMs, first);
        summary.lastSeenMs = std::max(summary.lastSeenMs, last);
        const qint64 minId = perChannel.value(4).toLongLong();
        firstId = firstId == 0 ? minId : std::min(firstId, minId);
        if (!perChannel.isNull(5))
            latestId = std::max(latestId, perChannel.value(5).toLongLong());
    }
    std::stable_sort(summary.perChannel.begin(), summary.perChannel.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (summary.events == 0)
        return finish();
    // The newest of their events that talks about money or a plan, newer than the newest
    // with a stored amount: the words walk newest-first, limited to the user's id range, and
    // each match is looked up in their ids (the user index read once). "+rowid": without the
    // plus, SQLite hands FTS5 the IN list as one MATCH per id, 16 s for 10,000 ids.
    static const QString planWords = QStringLiteral(
            "plan OR upgraded OR upgrade OR downgraded OR downgrade OR subscription OR subscribed OR"
            " payment OR paid OR invoice OR refund OR refunded OR charged");
    QSqlQuery plan(db);
    if (!run(&plan,
             { QStringLiteral("SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid > ?"
                              " AND +rowid IN (SELECT rowid FROM event_users WHERE event_users MATCH ?)"
                              " ORDER BY rowid DESC LIMIT 1"),
               { planWords, std::max(latestId, firstId - 1), userToken } },
             &summary.error))
        return finish();
    if (plan.next())
        latestId = std::max(latestId, plan.value(0).toLongLong());
    if (latestId > 0) {
        const EventList latest = load({ latestId }, &summary.error);
        if (!latest.isEmpty())
            summary.latestPayment = latest.first();
    }
    return finish();
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
