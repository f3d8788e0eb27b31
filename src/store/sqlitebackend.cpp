#include "sqlitebackend.h"

#include "eventeditor.h"
#include "eventinserter.h"
#include "retention.h"
#include "schema.h"
#include "searchsql.h"
#include "sqliteconnection.h"
#include "core/channelname.h"
#include "core/moneytext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace bb {

namespace {

// The writer's sentences keep the translation context they had inside EventStore's writer.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb::EventStore", text);
}

// A page larger than this is never useful to a person and would only hold memory.
constexpr int kMaxPageSize = 1000;

// after:/before: windows with fewer events than this are turned into an id range first
// (a few ms on the time index), so that the newest-first walk skips everything newer and
// stops at the window's start. A wider window has matches near its top anyway.
constexpr int kTimeWindowCap = 50000;

bool failed(const QSqlQuery &query, const QString &what, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

} // namespace

SqliteStoreBackend::SqliteStoreBackend() = default;

SqliteStoreBackend::~SqliteStoreBackend()
{
    m_inserter.reset(); // before the connection whose statements it holds
    m_connection.reset();
}

bool SqliteStoreBackend::open(const QString &location, EventStore::Durability durability,
                              const QStringList &configuredChannels, QStringList *channels, QString *error)
{
    m_connection = std::make_unique<SqliteConnection>(QStringLiteral("writer"));
    const auto sync = durability == EventStore::Durability::Full ? SqliteConnection::Sync::Full
                                                                 : SqliteConnection::Sync::Normal;
    if (!m_connection->open(location, SqliteConnection::Mode::ReadWrite, sync, error)
        || !schema::migrate(m_connection->database(), error) || !createChannels(configuredChannels, error)
        || !loadChannels(channels, error)) {
        m_connection.reset();
        return false;
    }
    m_inserter = std::make_unique<EventInserter>(m_connection->database());
    return true;
}

bool SqliteStoreBackend::createChannels(const QStringList &names, QString *error)
{
    if (names.isEmpty())
        return true;
    return inTransaction([&](QString *why) {
        QSqlQuery insert(m_connection->database());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO channels(name, created_at_ms) VALUES (?, ?)"));
        for (const QString &name : names) {
            if (normalizeChannelName(name) != name) {
                *why = tr("Invalid channel name \"%1\".").arg(name);
                return false;
            }
            insert.addBindValue(name);
            insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!insert.exec()) {
                *why = insert.lastError().text();
                return false;
            }
        }
        return true;
    },
                         error);
}

bool SqliteStoreBackend::loadChannels(QStringList *channels, QString *error)
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("SELECT name FROM channels ORDER BY name"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    *channels = names;
    return true;
}

// BEGIN IMMEDIATE takes the write lock up front, so that a busy database (the CLI writing
// the same file) is waited for under busy_timeout rather than failing at the first insert.
bool SqliteStoreBackend::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    const QSqlDatabase db = m_connection->database();
    if (!execSql(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (work(error) && execSql(db, QStringLiteral("COMMIT"), error))
        return true;
    execSql(db, QStringLiteral("ROLLBACK"), nullptr);
    return false;
}

bool SqliteStoreBackend::insert(EventList *events, QString *error)
{
    return m_inserter->insert(events, error);
}

bool SqliteStoreBackend::applyExternal(const ExternalBatch &batch, ExternalResult *result, QString *error)
{
    return ExternalEventWriter(m_connection->database(), *m_inserter).apply(batch, result, error);
}

bool SqliteStoreBackend::findEvent(qint64 id, Event *event, QString *error)
{
    return EventEditor(m_connection->database()).find(id, event, error);
}

bool SqliteStoreBackend::updateEvent(const Event &event, EventList *changed, QString *error)
{
    return EventEditor(m_connection->database()).update(event, changed, error);
}

bool SqliteStoreBackend::removeEvent(const Event &gone, EventList *removed, QString *error)
{
    return EventEditor(m_connection->database()).remove(gone, removed, error);
}

int SqliteStoreBackend::deleteRetentionChunk(const RetentionPolicy &policy, qint64 nowMs, QString *error)
{
    return retention::deleteChunk(m_connection->database(), policy, nowMs, error);
}

bool SqliteStoreBackend::acknowledge(qint64 eventId, const Acknowledgement &by, Acknowledgement *winner,
                                     QString *error)
{
    QSqlQuery query(m_connection->database());
    // First wins: a second acknowledgement of the same event changes nothing.
    query.prepare(QStringLiteral("INSERT INTO acknowledgements(event_id, by_user, at_ms)"
                                 " SELECT id, ?, ? FROM events WHERE id = ? ON CONFLICT(event_id) DO NOTHING"));
    query.addBindValue(by.by);
    query.addBindValue(by.atMs);
    query.addBindValue(eventId);
    if (!query.exec())
        return failed(query, QStringLiteral("acknowledging event %1").arg(eventId), error);
    query.prepare(QStringLiteral("SELECT by_user, at_ms FROM acknowledgements WHERE event_id = ?"));
    query.addBindValue(eventId);
    if (!query.exec())
        return failed(query, QStringLiteral("acknowledging event %1").arg(eventId), error);
    if (!query.next()) {
        *error = tr("Event %1 is not stored (it was deleted, or never stored).").arg(eventId);
        return false;
    }
    *winner = Acknowledgement{ query.value(0).toString(), query.value(1).toLongLong() };
    return true;
}

bool SqliteStoreBackend::markRead(const QString &user, const QString &channel, qint64 lastReadId, qint64 atMs,
                                  qint64 *current, QString *error)
{
    QSqlQuery query(m_connection->database());
    // Forward only: a console still showing an older page never moves the marker back.
    query.prepare(QStringLiteral("INSERT INTO read_markers(user, channel, last_read_id, updated_at_ms)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT(user, channel) DO UPDATE SET"
                                 " last_read_id = excluded.last_read_id, updated_at_ms = excluded.updated_at_ms"
                                 " WHERE excluded.last_read_id > read_markers.last_read_id"));
    query.addBindValue(user);
    query.addBindValue(channel);
    query.addBindValue(lastReadId);
    query.addBindValue(atMs);
    if (!query.exec())
        return failed(query, QStringLiteral("saving the read position of %1").arg(user), error);
    query.prepare(QStringLiteral("SELECT last_read_id FROM read_markers WHERE user = ? AND channel = ?"));
    query.addBindValue(user);
    query.addBindValue(channel);
    if (!query.exec() || !query.next())
        return failed(query, QStringLiteral("reading the read position of %1").arg(user), error);
    *current = query.value(0).toLongLong();
    return true;
}

bool SqliteStoreBackend::readCursor(const QString &name, QString *value, QString *error)
{
    return ExternalEventWriter::readCursor(m_connection->database(), name, value, error);
}

bool SqliteStoreBackend::readMarkers(const QString &user, QList<QPair<QString, qint64>> *markers, QString *error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT channel, last_read_id FROM read_markers WHERE user = ? ORDER BY channel"));
    query.addBindValue(user);
    if (!query.exec())
        return failed(query, QStringLiteral("reading the read positions of %1").arg(user), error);
    markers->clear();
    while (query.next())
        markers->append({ query.value(0).toString(), query.value(1).toLongLong() });
    return true;
}

SqliteReadBackend::SqliteReadBackend(const QString &path)
    : m_path(path)
{
}

SqliteReadBackend::~SqliteReadBackend() = default;

bool SqliteReadBackend::open(QString *error)
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

EventPage SqliteReadBackend::search(const SearchQuery &query, qint64 beforeId, int limit)
{
    EventPage page;
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

std::optional<IdRange> SqliteReadBackend::timeWindow(const SearchQuery &query, int cap, QString *error)
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

EventTally SqliteReadBackend::tally(const SearchQuery &query, bool sumAmounts)
{
    EventTally tally;
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

namespace {

// A user the per-channel index holds as one token: letters, digits and its token characters
// (an e-mail address, an @handle); anything else splits into several tokens there.
bool isOneUserToken(const QString &user)
{
    static const QString tokenChars = QStringLiteral("@.-_+%");
    return !user.isEmpty() && std::all_of(user.cbegin(), user.cend(), [](QChar c) {
        return c.isLetterOrNumber() || tokenChars.contains(c);
    });
}

QString quotedToken(QString token)
{
    token.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + token + QLatin1Char('"');
}

} // namespace

UserSummary SqliteReadBackend::userSummary(const QString &user)
{
    UserSummary summary;
    QSqlDatabase db = m_connection->database();
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const auto finish = [&db, &summary] {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return summary;
    };
    const QString userToken = quotedToken(user);
    qint64 firstId = 0;
    qint64 latestId = 0;
    const bool counted = m_schemaVersion >= 5 && isOneUserToken(user)
                               ? countFromUserChannels(user, &summary, &firstId, &latestId)
                               : countByReadingEvents(userToken, &summary, &firstId, &latestId);
    if (!counted)
        return finish();
    std::stable_sort(summary.perChannel.begin(), summary.perChannel.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (summary.events == 0)
        return finish();
    // The newest of their events that talks about money or a plan, newer than the newest
    // with a stored amount: the words walk newest-first, limited to the user's id range, and
    // each match is looked up in their ids (the user index read once). "+rowid": without the
    // plus, SQLite hands FTS5 the IN list as one MATCH per id, 16 s for 10,000 ids.
    QSqlQuery plan(db);
    if (!run(&plan,
             { QStringLiteral("SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid > ?"
                              " AND +rowid IN (SELECT rowid FROM event_users WHERE event_users MATCH ?)"
                              " ORDER BY rowid DESC LIMIT 1"),
               { planWords().join(QStringLiteral(" OR ")), std::max(latestId, firstId - 1), userToken } },
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

bool SqliteReadBackend::countFromUserChannels(const QString &user, UserSummary *summary, qint64 *firstId, qint64 *latestAmountId)
{
    QSqlDatabase db = m_connection->database();
    // The index's vocabulary: "<user>/<channel>" → how many events; '0' follows '/'.
    const QString prefix = user.toLower() + QLatin1Char('/');
    const QString amountTerm = prefix + QLatin1String("+amount");
    QSqlQuery terms(db);
    if (!run(&terms,
             { QStringLiteral("SELECT term, doc FROM user_channels_vocab WHERE term >= ? AND term < ?"),
               { prefix, user.toLower() + QLatin1Char('0') } },
             &summary->error))
        return false;
    bool hasAmounts = false;
    while (terms.next()) {
        const QString term = terms.value(0).toString();
        const qint64 count = terms.value(1).toLongLong();
        if (term == amountTerm) {
            hasAmounts = true;
            continue;
        }
        summary->perChannel.append({ term.mid(prefix.size()), count });
        summary->events += count;
    }
    if (summary->events == 0)
        return true;
    // First and last seen: the receive times of their oldest and newest stored events. (A
    // mirrored channel's history stored later keeps its own older times: not seen here.)
    QSqlQuery range(db);
    if (!run(&range,
             { QStringLiteral("SELECT e.received_at_ms, e.id FROM events e WHERE e.id IN"
                              " ((SELECT min(rowid) FROM event_users WHERE event_users MATCH ?),"
                              "  (SELECT max(rowid) FROM event_users WHERE event_users MATCH ?)) ORDER BY e.id"),
               { quotedToken(user), quotedToken(user) } },
             &summary->error))
        return false;
    while (range.next()) {
        const qint64 at = range.value(0).toLongLong();
        if (*firstId == 0) {
            *firstId = range.value(1).toLongLong();
            summary->firstSeenMs = at;
        }
        summary->lastSeenMs = at;
    }
    if (!hasAmounts)
        return true;
    QSqlQuery amount(db);
    if (!run(&amount,
             { QStringLiteral("SELECT rowid FROM user_channels WHERE user_channels MATCH ? ORDER BY rowid DESC LIMIT 1"),
               { quotedToken(amountTerm) } },
             &summary->error))
        return false;
    if (amount.next())
        *latestAmountId = amount.value(0).toLongLong();
    return true;
}

bool SqliteReadBackend::countByReadingEvents(const QString &userToken, UserSummary *summary, qint64 *firstId, qint64 *latestAmountId)
{
    // One pass over the user's index entries, each joined to its row by primary key.
    QSqlQuery perChannel(m_connection->database());
    if (!run(&perChannel,
             { QStringLiteral("SELECT e.channel, count(*), min(e.received_at_ms), max(e.received_at_ms), min(e.id),"
                              " %1"
                              " FROM event_users CROSS JOIN events e ON e.id = event_users.rowid"
                              " WHERE event_users MATCH ? GROUP BY e.channel")
                       .arg(m_schemaVersion >= 4 ? QStringLiteral("max(CASE WHEN e.amount_currency IS NOT NULL THEN e.id END)")
                                                 : QStringLiteral("NULL")),
               { userToken } },
             &summary->error))
        return false;
    while (perChannel.next()) {
        const qint64 count = perChannel.value(1).toLongLong();
        summary->perChannel.append({ perChannel.value(0).toString(), count });
        summary->events += count;
        const qint64 first = perChannel.value(2).toLongLong();
        const qint64 last = perChannel.value(3).toLongLong();
        summary->firstSeenMs = summary->firstSeenMs == 0 ? first : std::min(summary->firstSeenMs, first);
        summary->lastSeenMs = std::max(summary->lastSeenMs, last);
        const qint64 minId = perChannel.value(4).toLongLong();
        *firstId = *firstId == 0 ? minId : std::min(*firstId, minId);
        if (!perChannel.isNull(5))
            *latestAmountId = std::max(*latestAmountId, perChannel.value(5).toLongLong());
    }
    return true;
}

bool SqliteReadBackend::run(QSqlQuery *query, const SqlStatement &statement, QString *error)
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

EventList SqliteReadBackend::load(const QList<qint64> &ids, QString *error)
{
    return EventReader::loadFrom(m_connection->database(), ids, error, m_schemaVersion);
}

// From the counters the triggers keep per channel, so this never scans the events.
QList<QPair<QString, qint64>> SqliteReadBackend::countsByChannel()
{
    QList<QPair<QString, qint64>> counts;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, event_count FROM channels ORDER BY name")))
        return counts;
    while (query.next())
        counts.append({ query.value(0).toString(), query.value(1).toLongLong() });
    return counts;
}

EventPage SqliteReadBackend::eventsAfter(qint64 afterId, int limit)
{
    EventPage page;
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

// A file older than schema version 4 has no read markers yet: none, not an error.
bool SqliteReadBackend::readMarkers(const QString &user, ReadMarkerMap *markers, QString *error)
{
    markers->clear();
    if (m_schemaVersion < 4)
        return true;
    QSqlQuery rows(m_connection->database());
    if (!run(&rows, { QStringLiteral("SELECT channel, last_read_id FROM read_markers WHERE user = ?"), { user } }, error))
        return false;
    while (rows.next())
        markers->insert(rows.value(0).toString(), rows.value(1).toLongLong());
    return true;
}

} // namespace bb
