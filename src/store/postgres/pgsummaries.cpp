// A wall tile's count and sums, and the head of a person's story, on PostgreSQL: the same
// answers as SqliteReadBackend's (tst_storebackends checks both), in PostgreSQL's SQL.

#include "pgconnection.h"
#include "pgeventrows.h"
#include "pgsearchsql.h"
#include "postgresbackend.h"
#include "core/moneytext.h"

#include <algorithm>

namespace bb {

namespace {

// One snapshot for a whole answer: the newest id and the counts come from the same one, so a
// caller adding live events after `upToId` counts each event once.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(PgConnection &connection)
        : m_connection(connection)
    {
        m_connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), nullptr);
    }
    ~ReadSnapshot() { m_connection.exec(QStringLiteral("COMMIT"), nullptr); }

private:
    PgConnection &m_connection;
};

} // namespace

EventTally PostgresReadBackend::tally(const SearchQuery &query, bool sumAmounts)
{
    EventTally tally;
    if (!ensureConnected(&tally.error))
        return tally;
    ReadSnapshot snapshot(*m_connection);
    PgResult rows;
    if (!m_connection->exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM events"), {}, &rows, &tally.error)) {
        tally.error = QStringLiteral("counting failed: %1").arg(tally.error);
        return tally;
    }
    tally.upToId = rows.toLongLong(0, 0);
    if (tally.upToId == 0)
        return tally;
    const std::optional<IdRange> window = timeWindow(query, &tally.error);
    if (!window) {
        if (!tally.error.isEmpty())
            tally.error = QStringLiteral("counting failed: %1").arg(tally.error);
        return tally;
    }
    const SqlStatement ids = postgresSearchIdsSql(query, tally.upToId + 1, -1, *window);
    const QString counting = sumAmounts ? QStringLiteral("SELECT amount_currency, count(*), sum(amount_minor) FROM events"
                                                         " WHERE id IN (%1) GROUP BY 1")
                                        : QStringLiteral("SELECT NULL, count(*), NULL FROM (%1) matches");
    if (!m_connection->exec(counting.arg(ids.sql), ids.values, &rows, &tally.error)) {
        tally.error = QStringLiteral("counting failed: %1").arg(tally.error);
        return tally;
    }
    qint64 withoutAmount = 0;
    for (int row = 0; row < rows.rows(); ++row) {
        tally.count += rows.toLongLong(row, 1);
        if (rows.isNull(row, 0))
            withoutAmount += rows.toLongLong(row, 1);
        else
            tally.sums[rows.text(row, 0)] += rows.toLongLong(row, 2);
    }
    if (!sumAmounts || withoutAmount == 0)
        return tally;
    // Amounts written in the text ("$49", "49,00 €"): only these rows are read.
    if (!m_connection->exec(QStringLiteral("SELECT title, text, attachments_json, blocks_json FROM events"
                                           " WHERE id IN (%1) AND amount_currency IS NULL")
                                    .arg(ids.sql),
                            ids.values, &rows, &tally.error)) {
        tally.error = QStringLiteral("counting failed: %1").arg(tally.error);
        return tally;
    }
    for (int row = 0; row < rows.rows(); ++row) {
        Event event;
        event.title = rows.text(row, 0);
        event.text = rows.text(row, 1);
        event.attachmentsJson = rows.bytes(row, 2);
        event.blocksJson = rows.bytes(row, 3);
        if (const auto money = eventAmount(event))
            tally.sums[money->currency] += money->minorUnits;
    }
    return tally;
}

UserSummary PostgresReadBackend::userSummary(const QString &user)
{
    UserSummary summary;
    if (!ensureConnected(&summary.error))
        return summary;
    ReadSnapshot snapshot(*m_connection);
    const QString name = user.toLower(); // as the writer indexes users
    // One pass over the user's index entries (the key starts with the user), joined by id.
    PgResult rows;
    if (!m_connection->exec(QStringLiteral("SELECT e.channel, count(*), min(e.received_at_ms), max(e.received_at_ms),"
                                           " min(e.id), max(CASE WHEN e.amount_currency IS NOT NULL THEN e.id END)"
                                           " FROM event_users u JOIN events e ON e.id = u.event_id"
                                           " WHERE u.user_name = $1 GROUP BY e.channel ORDER BY e.channel COLLATE \"C\""),
                            { name }, &rows, &summary.error)) {
        summary.error = QStringLiteral("reading %1's events failed: %2").arg(user, summary.error);
        return summary;
    }
    qint64 firstId = 0;
    qint64 latestId = 0;
    for (int row = 0; row < rows.rows(); ++row) {
        const qint64 count = rows.toLongLong(row, 1);
        summary.perChannel.append({ rows.text(row, 0), count });
        summary.events += count;
        const qint64 first = rows.toLongLong(row, 2);
        summary.firstSeenMs = summary.firstSeenMs == 0 ? first : std::min(summary.firstSeenMs, first);
        summary.lastSeenMs = std::max(summary.lastSeenMs, rows.toLongLong(row, 3));
        const qint64 minId = rows.toLongLong(row, 4);
        firstId = firstId == 0 ? minId : std::min(firstId, minId);
        if (!rows.isNull(row, 5))
            latestId = std::max(latestId, rows.toLongLong(row, 5));
    }
    std::stable_sort(summary.perChannel.begin(), summary.perChannel.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (summary.events == 0)
        return summary;
    // Their newest event about money or a plan, newer than the newest with a stored amount.
    if (!m_connection->exec(QStringLiteral("SELECT e.id FROM event_users u JOIN events e ON e.id = u.event_id"
                                           " WHERE u.user_name = $1 AND e.id > $2"
                                           " AND e.words @@ to_tsquery('simple', $3) ORDER BY e.id DESC LIMIT 1"),
                            { name, std::max(latestId, firstId - 1), planWords().join(QStringLiteral(" | ")) },
                            &rows, &summary.error)) {
        summary.error = QStringLiteral("reading %1's events failed: %2").arg(user, summary.error);
        return summary;
    }
    if (rows.rows() > 0)
        latestId = std::max(latestId, rows.toLongLong(0, 0));
    if (latestId > 0) {
        const EventList latest = pgLoadEvents(*m_connection, { latestId }, &summary.error);
        if (!latest.isEmpty())
            summary.latestPayment = latest.first();
    }
    return summary;
}

} // namespace bb
