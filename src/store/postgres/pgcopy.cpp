// The PostgreSQL side of `bellboard store copy` (storecopy.h): reading a database's tables,
// and writing another store's rows into one under their own ids.

#include "pgconnection.h"
#include "postgresbackend.h"

namespace bb {

namespace {

bool failed(const QString &what, const QString &why, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(what, why);
    return false;
}

const QString kEventIdSequence = QStringLiteral("pg_get_serial_sequence('events', 'id')::regclass");

} // namespace

bool PostgresStoreBackend::insertCopies(const EventList &events, const QList<ExternalIdRow> &externalIds,
                                        QString *error)
{
    if (events.isEmpty())
        return true;
    if (!storeRows(events, error))
        return false;
    QByteArray acknowledgements;
    for (const Event &event : events) {
        if (!event.acknowledgement.isValid())
            continue;
        PgConnection::copyField(&acknowledgements, event.id, false);
        PgConnection::copyField(&acknowledgements, event.acknowledgement.by, false);
        PgConnection::copyField(&acknowledgements, event.acknowledgement.atMs, true);
    }
    if (!acknowledgements.isEmpty()
        && !m_connection->copyIn(QStringLiteral("COPY acknowledgements (event_id, by_user, at_ms) FROM STDIN"),
                                 acknowledgements, error))
        return failed(QStringLiteral("copying acknowledgements"), *error, error);
    QByteArray external;
    for (const ExternalIdRow &row : externalIds) {
        PgConnection::copyField(&external, row.source, false);
        PgConnection::copyField(&external, row.externalId, false);
        PgConnection::copyField(&external, row.eventId, true);
    }
    if (!external.isEmpty()
        && !m_connection->copyIn(QStringLiteral("COPY external_events (source, external_id, event_id) FROM STDIN"),
                                 external, error))
        return failed(QStringLiteral("copying outside messages"), *error, error);
    return true;
}

bool PostgresStoreBackend::mergeSideTables(const SideTables &tables, qint64 lastIdGiven, QString *error)
{
    for (const ChannelRow &row : tables.channels) {
        if (!m_connection->exec(QStringLiteral("INSERT INTO channels(name, created_at_ms) VALUES ($1, $2)"
                                               " ON CONFLICT (name) DO NOTHING"),
                                { row.name, row.createdAtMs }, nullptr, error))
            return failed(QStringLiteral("copying channel %1").arg(row.name), *error, error);
    }
    ExternalBatch cursors; // forward only, as the mirror saves them
    for (const CursorRow &row : tables.cursors)
        cursors.cursors.append({ row.name, row.value });
    ExternalResult ignored;
    if (!applyExternal(cursors, &ignored, error))
        return false;
    for (const ReadMarkerRow &row : tables.readMarkers) {
        qint64 current = 0;
        if (!markRead(row.user, row.channel, row.lastReadId, row.updatedAtMs, &current, error))
            return false;
    }
    // Ids the other store gave out (then deleted) are never given again here.
    if (lastIdGiven > 0
        && !m_connection->exec(QStringLiteral("SELECT setval(%1, $1) WHERE $1 > coalesce(pg_sequence_last_value(%1), 0)")
                                       .arg(kEventIdSequence),
                               { lastIdGiven }, nullptr, error))
        return failed(QStringLiteral("raising the next event id"), *error, error);
    return true;
}

bool PostgresReadBackend::counts(StoreCounts *counts, QString *error)
{
    if (!ensureConnected(error))
        return false;
    QStringList columns;
    for (const StoreTable table : kStoreTables)
        columns << QStringLiteral("(SELECT count(*) FROM %1)").arg(storeTableName(table));
    columns << QStringLiteral("(SELECT coalesce(max(id), 0) FROM events)")
            << QStringLiteral("coalesce(pg_sequence_last_value(%1), 0)").arg(kEventIdSequence);
    PgResult row; // one statement: one snapshot
    if (!m_connection->exec(QStringLiteral("SELECT %1").arg(columns.join(QStringLiteral(", "))), {}, &row, error))
        return failed(QStringLiteral("counting rows"), *error, error);
    int column = 0;
    for (const StoreTable table : kStoreTables)
        (*counts)[table] = row.toLongLong(0, column++);
    counts->newestId = row.toLongLong(0, column++);
    counts->lastIdGiven = qMax(counts->newestId, row.toLongLong(0, column));
    return true;
}

bool PostgresReadBackend::sideTables(SideTables *tables, QString *error)
{
    PgResult rows;
    if (!ensureConnected(error)
        || !m_connection->exec(QStringLiteral("SELECT name, created_at_ms FROM channels ORDER BY name COLLATE \"C\""), {},
                               &rows, error))
        return failed(QStringLiteral("reading channels"), *error, error);
    for (int row = 0; row < rows.rows(); ++row)
        tables->channels.append({ rows.text(row, 0), rows.toLongLong(row, 1) });
    if (!m_connection->exec(QStringLiteral("SELECT name, value FROM sync_cursors ORDER BY name COLLATE \"C\""), {},
                            &rows, error))
        return failed(QStringLiteral("reading read positions"), *error, error);
    for (int row = 0; row < rows.rows(); ++row)
        tables->cursors.append({ rows.text(row, 0), rows.text(row, 1) });
    if (!m_connection->exec(QStringLiteral("SELECT user_name, channel, last_read_id, updated_at_ms FROM read_markers"
                                           " ORDER BY user_name COLLATE \"C\", channel COLLATE \"C\""),
                            {}, &rows, error))
        return failed(QStringLiteral("reading read markers"), *error, error);
    for (int row = 0; row < rows.rows(); ++row)
        tables->readMarkers.append({ rows.text(row, 0), rows.text(row, 1), rows.toLongLong(row, 2), rows.toLongLong(row, 3) });
    return true;
}

bool PostgresReadBackend::externalIds(qint64 firstId, qint64 lastId, QList<ExternalIdRow> *rows, QString *error)
{
    PgResult found;
    if (!ensureConnected(error)
        || !m_connection->exec(QStringLiteral("SELECT source, external_id, event_id FROM external_events"
                                              " WHERE event_id BETWEEN $1 AND $2 ORDER BY event_id"),
                               { firstId, lastId }, &found, error))
        return failed(QStringLiteral("reading outside messages"), *error, error);
    for (int row = 0; row < found.rows(); ++row)
        rows->append({ found.text(row, 0), found.text(row, 1), found.toLongLong(row, 2) });
    return true;
}

} // namespace bb
