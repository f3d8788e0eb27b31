#include "externalevents.h"

#include "eventeditor.h"
#include "eventinserter.h"
#include "core/channelname.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bb {

namespace {

QString keyOf(const ExternalChange &change)
{
    return change.source + QLatin1Char('\n') + change.externalId;
}

bool failed(const QSqlQuery &query, const QString &what, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

} // namespace

ExternalEventWriter::ExternalEventWriter(const QSqlDatabase &db, EventInserter &inserter)
    : m_db(db)
    , m_inserter(inserter)
{
}

bool ExternalEventWriter::apply(const ExternalBatch &batch, ExternalResult *result, QString *error)
{
    // New messages are inserted together at the end (one statement, see EventInserter); a
    // later change in the same batch to one of them changes or drops the pending copy.
    EventList pending;
    QList<const ExternalChange *> pendingChanges;
    QHash<QString, qsizetype> pendingIndex;
    QList<bool> dropped;

    for (const ExternalChange &change : batch.changes) {
        if (change.source.isEmpty() || change.externalId.isEmpty()) {
            *error = QStringLiteral("an external change needs a source and an id");
            return false;
        }
        const QString key = keyOf(change);
        const auto inBatch = pendingIndex.constFind(key);
        if (inBatch != pendingIndex.cend() && !dropped.at(*inBatch)) {
            if (change.kind == ExternalChange::Kind::Remove) {
                dropped[*inBatch] = true;
            } else {
                const qint64 receivedAt = pending.at(*inBatch).receivedAtMs;
                pending[*inBatch] = change.event;
                pending[*inBatch].receivedAtMs = receivedAt;
            }
            continue;
        }
        Stored stored;
        if (!lookup(change.source, change.externalId, &stored, error))
            return false;
        if (change.kind == ExternalChange::Kind::Remove) {
            if (stored.id != 0 && !remove(stored, change.externalId, result, error))
                return false;
            continue;
        }
        if (change.event.channel.isEmpty() || normalizeChannelName(change.event.channel) != change.event.channel) {
            *error = QStringLiteral("Invalid channel name \"%1\".").arg(change.event.channel);
            return false;
        }
        if (stored.id != 0) {
            if (!update(stored, change.event, result, error))
                return false;
            continue;
        }
        pendingIndex.insert(key, pending.size());
        pending << change.event;
        pendingChanges << &change;
        dropped << false;
    }

    EventList toInsert;
    QList<const ExternalChange *> insertedChanges;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (!dropped.at(i)) {
            toInsert << pending.at(i);
            insertedChanges << pendingChanges.at(i);
        }
    }
    if (!toInsert.isEmpty()) {
        if (!m_inserter.insert(&toInsert, error))
            return false;
        QSqlQuery map(m_db);
        map.prepare(QStringLiteral("INSERT INTO external_events(source, external_id, event_id) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < toInsert.size(); ++i) {
            map.addBindValue(insertedChanges.at(i)->source);
            map.addBindValue(insertedChanges.at(i)->externalId);
            map.addBindValue(toInsert.at(i).id);
            if (!map.exec())
                return failed(map, QStringLiteral("remembering an external message"), error);
        }
        result->added += toInsert;
    }
    return saveCursors(batch.cursors, error);
}

bool ExternalEventWriter::lookup(const QString &source, const QString &externalId, Stored *stored, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT e.id, e.channel, e.received_at_ms FROM external_events x"
                                 " JOIN events e ON e.id = x.event_id WHERE x.source = ? AND x.external_id = ?"));
    query.addBindValue(source);
    query.addBindValue(externalId);
    if (!query.exec())
        return failed(query, QStringLiteral("finding an external message"), error);
    if (query.next())
        *stored = { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong() };
    return true;
}

// The message keeps its row, id, channel and arrival time; only what it says changes.
bool ExternalEventWriter::update(const Stored &stored, Event event, ExternalResult *result, QString *error)
{
    event.id = stored.id;
    event.channel = stored.channel;
    event.receivedAtMs = stored.receivedAtMs;
    return EventEditor(m_db).update(event, &result->changed, error);
}

bool ExternalEventWriter::remove(const Stored &stored, const QString &senderTs, ExternalResult *result, QString *error)
{
    Event gone;
    gone.id = stored.id;
    gone.channel = stored.channel;
    gone.senderTs = senderTs;
    gone.receivedAtMs = stored.receivedAtMs;
    return EventEditor(m_db).remove(gone, &result->removed, error);
}

bool ExternalEventWriter::saveCursors(const QList<QPair<QString, QString>> &cursors, QString *error)
{
    QSqlQuery query(m_db);
    for (const auto &[name, value] : cursors) {
        if (value.isEmpty())
            continue;
        query.prepare(QStringLiteral("INSERT INTO sync_cursors(name, value) VALUES (?, ?)"
                                     " ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)"));
        query.addBindValue(name);
        query.addBindValue(value);
        if (!query.exec())
            return failed(query, QStringLiteral("saving the read position of %1").arg(name), error);
    }
    return true;
}

bool ExternalEventWriter::readCursor(const QSqlDatabase &db, const QString &name, QString *value, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_cursors WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return failed(query, QStringLiteral("reading the read position of %1").arg(name), error);
    *value = query.next() ? query.value(0).toString() : QString();
    return true;
}

} // namespace bb
