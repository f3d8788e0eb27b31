// The SQLite side of `bellboard store copy` (storecopy.h): reading a file's tables, and
// writing another store's rows into one under their own ids.

#include "eventinserter.h"
#include "sqlitebackend.h"
#include "sqliteconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bb {

namespace {

bool failed(const QSqlQuery &query, const QString &what, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

// The schema version that added each table (schema.cpp): an older file has none of its rows.
int versionAdding(StoreTable table)
{
    switch (table) {
    case StoreTable::Events:
    case StoreTable::Channels: return 1;
    case StoreTable::ExternalEvents:
    case StoreTable::SyncCursors: return 2;
    case StoreTable::Acknowledgements:
    case StoreTable::ReadMarkers: return 4;
    }
    return 1;
}

} // namespace

bool SqliteStoreBackend::insertCopies(const EventList &events, const QList<ExternalIdRow> &externalIds, QString *error)
{
    if (!m_inserter->insertKeepingIds(events, error))
        return false;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("INSERT INTO acknowledgements(event_id, by_user, at_ms) VALUES (?, ?, ?)"));
    for (const Event &event : events) {
        if (!event.acknowledgement.isValid())
            continue;
        query.addBindValue(event.id);
        query.addBindValue(event.acknowledgement.by);
        query.addBindValue(event.acknowledgement.atMs);
        if (!query.exec())
            return failed(query, QStringLiteral("copying the acknowledgement of event %1").arg(event.id), error);
    }
    query.prepare(QStringLiteral("INSERT INTO external_events(source, external_id, event_id) VALUES (?, ?, ?)"));
    for (const ExternalIdRow &row : externalIds) {
        query.addBindValue(row.source);
        query.addBindValue(row.externalId);
        query.addBindValue(row.eventId);
        if (!query.exec())
            return failed(query, QStringLiteral("copying the outside message of event %1").arg(row.eventId), error);
    }
    return true;
}

bool SqliteStoreBackend::mergeSideTables(const SideTables &tables, qint64 lastIdGiven, QString *error)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO channels(name, created_at_ms) VALUES (?, ?)"));
    for (const ChannelRow &row : tables.channels) {
        query.addBindValue(row.name);
        query.addBindValue(row.createdAtMs);
        if (!query.exec())
            return failed(query, QStringLiteral("copying channel %1").arg(row.name), error);
    }
    query.prepare(QStringLiteral("INSERT INTO sync_cursors(name, value) VALUES (?, ?)"
                                 " ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)"));
    for (const CursorRow &row : tables.cursors) {
        query.addBindValue(row.name);
        query.addBindValue(row.value);
        if (!query.exec())
            return failed(query, QStringLiteral("copying the read position of %1").arg(row.name), error);
    }
    for (const ReadMarkerRow &row : tables.readMarkers) {
        qint64 current = 0;
        if (!markRead(row.user, row.channel, row.lastReadId, row.updatedAtMs, &current, error))
            return false;
    }
    // AUTOINCREMENT's counter: ids the other store gave out (then deleted) are never given again.
    query.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'events'"));
    query.addBindValue(lastIdGiven);
    if (!query.exec())
        return failed(query, QStringLiteral("raising the next event id"), error);
    if (query.numRowsAffected() == 0 && lastIdGiven > 0) {
        query.prepare(QStringLiteral("INSERT INTO sqlite_sequence(name, seq) VALUES ('events', ?)"));
        query.addBindValue(lastIdGiven);
        if (!query.exec())
            return failed(query, QStringLiteral("raising the next event id"), error);
    }
    return true;
}

bool SqliteReadBackend::counts(StoreCounts *counts, QString *error)
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    bool ok = true;
    for (const StoreTable table : kStoreTables) {
        if (!ok || m_schemaVersion < versionAdding(table))
            continue;
        QSqlQuery query(db);
        ok = query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(storeTableName(table))) && query.next();
        if (ok)
            (*counts)[table] = query.value(0).toLongLong();
        else
            failed(query, QStringLiteral("counting %1").arg(storeTableName(table)), error);
    }
    QSqlQuery ids(db);
    if (ok) {
        ok = ids.exec(QStringLiteral("SELECT coalesce(max(id), 0),"
                                     " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0) FROM events"))
          && ids.next();
        if (ok) {
            counts->newestId = ids.value(0).toLongLong();
            counts->lastIdGiven = qMax(counts->newestId, ids.value(1).toLongLong());
        } else {
            failed(ids, QStringLiteral("reading the newest id"), error);
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return ok;
}

bool SqliteReadBackend::sideTables(SideTables *tables, QString *error)
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, created_at_ms FROM channels ORDER BY name")))
        return failed(query, QStringLiteral("reading channels"), error);
    while (query.next())
        tables->channels.append({ query.value(0).toString(), query.value(1).toLongLong() });
    if (m_schemaVersion >= versionAdding(StoreTable::SyncCursors)) {
        if (!query.exec(QStringLiteral("SELECT name, value FROM sync_cursors ORDER BY name")))
            return failed(query, QStringLiteral("reading read positions"), error);
        while (query.next())
            tables->cursors.append({ query.value(0).toString(), query.value(1).toString() });
    }
    if (m_schemaVersion >= versionAdding(StoreTable::ReadMarkers)) {
        if (!query.exec(QStringLiteral("SELECT user, channel, last_read_id, updated_at_ms FROM read_markers"
                                       " ORDER BY user, channel")))
            return failed(query, QStringLiteral("reading read markers"), error);
        while (query.next())
            tables->readMarkers.append({ query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toLongLong(), query.value(3).toLongLong() });
    }
    return true;
}

bool SqliteReadBackend::externalIds(qint64 firstId, qint64 lastId, QList<ExternalIdRow> *rows, QString *error)
{
    if (m_schemaVersion < versionAdding(StoreTable::ExternalEvents))
        return true;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source, external_id, event_id FROM external_events"
                                 " WHERE event_id BETWEEN ? AND ? ORDER BY event_id"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (!query.exec())
        return failed(query, QStringLiteral("reading outside messages"), error);
    while (query.next())
        rows->append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong() });
    return true;
}

} // namespace bb
