#include "retention.h"

#include "eventstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bb::retention {

namespace {

int run(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = QStringLiteral("retention: %1").arg(query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

// Events past the age limit. Only the oldest chunk by id is examined: ids follow arrival,
// so this finds the old ones without an index on received_at_ms and never scans the table.
int deleteTooOld(const QSqlDatabase &db, qint64 cutoffMs, int limit, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM events WHERE id IN"
                                 " (SELECT id FROM events ORDER BY id LIMIT ?) AND received_at_ms < ?"));
    query.addBindValue(limit);
    query.addBindValue(cutoffMs);
    return run(query, error);
}

// The oldest events beyond the count limit. The total comes from the channels' counters.
int deleteBeyondCount(const QSqlDatabase &db, qint64 maxEvents, int limit, QString *error)
{
    QSqlQuery total(db);
    if (!total.exec(QStringLiteral("SELECT coalesce(sum(event_count), 0) FROM channels")) || !total.next()) {
        *error = QStringLiteral("retention: %1").arg(total.lastError().text());
        return -1;
    }
    const qint64 excess = total.value(0).toLongLong() - maxEvents;
    total.finish();
    if (excess <= 0)
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id LIMIT ?)"));
    query.addBindValue(int(qMin<qint64>(excess, limit)));
    return run(query, error);
}

} // namespace

int deleteChunk(const QSqlDatabase &db, const RetentionPolicy &policy, qint64 nowMs, QString *error)
{
    int deleted = 0;
    if (policy.maxAgeDays > 0) {
        const qint64 cutoffMs = nowMs - qint64(policy.maxAgeDays) * 24 * 60 * 60 * 1000;
        const int n = deleteTooOld(db, cutoffMs, kChunkSize, error);
        if (n < 0)
            return -1;
        deleted += n;
    }
    if (policy.maxEvents > 0 && deleted < kChunkSize) {
        const int n = deleteBeyondCount(db, policy.maxEvents, kChunkSize - deleted, error);
        if (n < 0)
            return -1;
        deleted += n;
    }
    return deleted;
}

} // namespace bb::retention
