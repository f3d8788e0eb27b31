#include "postgresbackend.h"

#include "pgconnection.h"
#include "pgeventrows.h"
#include "pglistener.h"
#include "pgleadership.h"
#include "pgschema.h"
#include "pgsearchsql.h"
#include "store/eventinserter.h"
#include "store/retention.h"
#include "store/schema.h"
#include "core/channelname.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::EventStore", text);
}

constexpr int maxPageSize = 1000;
// A time window holding fewer events than this is bounded by its exact ids (as on SQLite);
// a wider one by the newest id block holding one of its events.
constexpr int kNarrowWindowCap = 50000;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant jsonOrNull(const QByteArray &json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

bool failed(const QString &what, const QString &why, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(what, why);
    return false;
}

// Each user once per event, lower-cased: user: searches match whatever the case.
QStringList distinctUsers(const Event &event)
{
    QStringList users;
    QSet<QString> seen;
    for (const QString &user : event.users) {
        const QString key = user.toLower();
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            users << key;
        }
    }
    return users;
}

} // namespace

PostgresStoreBackend::PostgresStoreBackend()
    : m_own(std::make_shared<PgOwnWrites>())
{
}

PostgresStoreBackend::~PostgresStoreBackend()
{
    m_leadership.reset();
    m_listener.reset();
}

void PostgresStoreBackend::campaign(std::function<void(bool)> changed)
{
    m_leadership = std::make_unique<PgLeadership>(m_url, std::move(changed));
    m_leadership->start();
}

bool PostgresStoreBackend::isUnavailable() const
{
    return !m_connection || m_connection->isBroken();
}

void PostgresStoreBackend::followOtherWriters(OtherWriters handlers)
{
    auto listener = std::make_unique<PgListener>(m_url, m_own, std::move(handlers));
    QString error;
    if (!listener->start(&error)) {
        qWarning("bellboard: what other servers write will not reach this one: %s", qPrintable(error));
        return;
    }
    m_listener = std::move(listener);
}

// A bigint advisory key shows in pg_locks as its high and low halves (classid, objid).
bool PostgresStoreBackend::hasRunningServer(bool *running, QString *error)
{
    PgResult result;
    if (!ensureConnected(error)
        || !m_connection->exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                                              " WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()"
                                              " AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1)"),
                               { pgschema::leaderLock >> 32, pgschema::leaderLock & 0xffffffff }, &result, error))
        return failed(QStringLiteral("looking for running servers"), *error, error);
    *running = result.toBool(0, 0);
    return true;
}

bool PostgresStoreBackend::open(const QString &location, EventStore::Durability durability,
                                const QStringList &configuredChannels, QStringList *channels, QString *error)
{
    m_url = location;
    m_connection = std::make_unique<PgConnection>();
    if (!m_connection->open(location, storePassword(location), error) || !pgschema::migrate(*m_connection, error))
        return false;
    // Normal: the commit returns before the WAL reaches the disk (a killed Bellboard loses
    // nothing, a crashed database server may lose the last commits).
    if (durability == EventStore::Durability::Normal
        && !m_connection->setSessionOption(QStringLiteral("SET synchronous_commit = off"), error))
        return false;
    const bool created = configuredChannels.isEmpty() || inTransaction([&](QString *why) {
                             const qint64 now = QDateTime::currentMSecsSinceEpoch();
                             for (const QString &name : configuredChannels) {
                                 if (normalizeChannelName(name) != name) {
                                     *why = tr("Invalid channel name \"%1\".").arg(name);
                                     return false;
                                 }
                                 if (!m_connection->exec(QStringLiteral("INSERT INTO channels(name, created_at_ms) VALUES ($1, $2)"
                                                                        " ON CONFLICT (name) DO NOTHING"),
                                                         { name, now }, nullptr, why))
                                     return false;
                             }
                             return true;
                         },
                                                                       error);
    if (!created)
        return false;
    PgResult names;
    if (!m_connection->exec(QStringLiteral("SELECT name FROM channels ORDER BY name COLLATE \"C\""), {}, &names, error))
        return false;
    channels->clear();
    for (int row = 0; row < names.rows(); ++row)
        *channels << names.text(row, 0);
    return true;
}

bool PostgresStoreBackend::ensureConnected(QString *error)
{
    if (!m_connection)
        return failed(QStringLiteral("PostgreSQL"), QStringLiteral("not connected"), error);
    return !m_connection->isBroken() || m_connection->reconnect(error);
}

bool PostgresStoreBackend::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!ensureConnected(error))
        return false;
    // A server that restarted since the last transaction shows only now: reconnect once.
    if (!m_connection->exec(QStringLiteral("BEGIN"), error)
        && (!m_connection->isBroken() || !m_connection->reconnect(error)
            || !m_connection->exec(QStringLiteral("BEGIN"), error)))
        return false;
    // One writer at a time across every server: see the class comment.
    if (m_connection->exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), { pgschema::writeLock }, nullptr, error)
        && work(error) && m_connection->exec(QStringLiteral("COMMIT"), error))
        return true;
    m_connection->exec(QStringLiteral("ROLLBACK"), nullptr);
    return false;
}

bool PostgresStoreBackend::insert(EventList *events, QString *error)
{
    if (events->isEmpty())
        return true;
    // Ids first (COPY cannot return them), under the write lock: consecutive and in order.
    PgResult ids;
    if (!m_connection->exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('events', 'id'))"
                                           " FROM generate_series(1, $1)"),
                            { qint64(events->size()) }, &ids, error)
        || ids.rows() != events->size())
        return failed(QStringLiteral("reserving event ids"), *error, error);
    QList<qint64> reserved;
    for (int row = 0; row < ids.rows(); ++row)
        reserved << ids.toLongLong(row, 0);
    std::sort(reserved.begin(), reserved.end());
    {
        // Before the commit: the listener may see the rows before this thread returns.
        std::lock_guard lock(m_own->mutex);
        for (const qint64 id : std::as_const(reserved))
            m_own->events.insert(id);
    }
    // Delivered at commit, to every server's listener (ours ignores its own ids).
    if (!m_connection->exec(QStringLiteral("SELECT pg_notify('bellboard_events', $1)"), { reserved.last() }, nullptr,
                            error))
        return failed(QStringLiteral("announcing events"), *error, error);
    for (qsizetype i = 0; i < events->size(); ++i)
        (*events)[i].id = reserved.at(i);
    return storeRows(*events, error);
}

// COPY of the rows with the ids they have, their users, and their channels' counts.
bool PostgresStoreBackend::storeRows(const EventList &events, QString *error)
{
    QByteArray data;
    data.reserve(events.size() * 256);
    for (const Event &event : events) {
        const QVariantList row = {
            event.id,
            event.channel,
            event.receivedAtMs,
            textOrNull(event.senderTs),
            textOrNull(event.source),
            textOrNull(event.senderName),
            textOrNull(event.senderIcon),
            int(event.level),
            textOrNull(event.title),
            textOrNull(event.text),
            jsonOrNull(event.attachmentsJson),
            jsonOrNull(event.blocksJson),
            textOrNull(event.threadKey),
            EventInserter::usersJsonOf(event),
            EventInserter::attachmentTextOf(event),
            event.mrkdwn,
            event.senderNameIsFallback,
            event.amount.isValid() ? QVariant(event.amount.minorUnits) : QVariant(),
            event.amount.isValid() ? QVariant(event.amount.currency) : QVariant(),
        };
        for (qsizetype column = 0; column < row.size(); ++column)
            PgConnection::copyField(&data, row.at(column), column == row.size() - 1);
    }
    if (!m_connection->copyIn(QStringLiteral("COPY events (id, channel, received_at_ms, sender_ts, source, sender_name,"
                                             " sender_icon, level, title, text, attachments_json, blocks_json,"
                                             " thread_key, users_json, attachment_text, mrkdwn, sender_name_fallback,"
                                             " amount_minor, amount_currency) FROM STDIN"),
                              data, error))
        return failed(QStringLiteral("inserting events"), *error, error);
    if (!insertUsers(events, error))
        return false;

    QHash<QString, qint64> counts;
    QHash<QString, qint64> firstSeen;
    for (const Event &event : events) {
        if (counts[event.channel]++ == 0)
            firstSeen.insert(event.channel, event.receivedAtMs);
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_connection->exec(QStringLiteral("INSERT INTO channels (name, created_at_ms, event_count) VALUES ($1, $2, $3)"
                                               " ON CONFLICT (name) DO UPDATE SET"
                                               " event_count = channels.event_count + excluded.event_count"),
                                { it.key(), firstSeen.value(it.key()), it.value() }, nullptr, error))
            return failed(QStringLiteral("counting events of #%1").arg(it.key()), *error, error);
    }
    return true;
}

bool PostgresStoreBackend::insertUsers(const EventList &events, QString *error)
{
    QByteArray data;
    for (const Event &event : events) {
        for (const QString &user : distinctUsers(event)) {
            PgConnection::copyField(&data, user, false);
            PgConnection::copyField(&data, event.id, true);
        }
    }
    if (data.isEmpty())
        return true;
    if (!m_connection->copyIn(QStringLiteral("COPY event_users (user_name, event_id) FROM STDIN"), data, error))
        return failed(QStringLiteral("indexing users"), *error, error);
    return true;
}

// The same walk as ExternalEventWriter::apply (externaleventwriter.cpp), in SQL for PostgreSQL.
bool PostgresStoreBackend::applyExternal(const ExternalBatch &batch, ExternalResult *result, QString *error)
{
    EventList pending;
    QList<const ExternalChange *> pendingChanges;
    QHash<QString, qsizetype> pendingIndex;
    QList<bool> dropped;
    for (const ExternalChange &change : batch.changes) {
        if (change.source.isEmpty() || change.externalId.isEmpty()) {
            *error = QStringLiteral("an external change needs a source and an id");
            return false;
        }
        const QString key = change.source + QLatin1Char('\n') + change.externalId;
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
        PgResult found;
        if (!m_connection->exec(QStringLiteral("SELECT e.id, e.channel, e.received_at_ms FROM external_events x"
                                               " JOIN events e ON e.id = x.event_id"
                                               " WHERE x.source = $1 AND x.external_id = $2"),
                                { change.source, change.externalId }, &found, error))
            return failed(QStringLiteral("finding an external message"), *error, error);
        const bool stored = found.rows() > 0;
        if (change.kind == ExternalChange::Kind::Remove) {
            if (stored) {
                Event gone;
                gone.id = found.toLongLong(0, 0);
                gone.channel = found.text(0, 1);
                gone.receivedAtMs = found.toLongLong(0, 2);
                gone.senderTs = change.externalId;
                if (!removeEvent(gone, &result->removed, error))
                    return false;
            }
            continue;
        }
        if (change.event.channel.isEmpty() || normalizeChannelName(change.event.channel) != change.event.channel) {
            *error = QStringLiteral("Invalid channel name \"%1\".").arg(change.event.channel);
            return false;
        }
        if (stored) {
            Event event = change.event;
            event.id = found.toLongLong(0, 0);
            event.channel = found.text(0, 1);
            event.receivedAtMs = found.toLongLong(0, 2);
            if (!updateEvent(event, &result->changed, error))
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
        if (!insert(&toInsert, error))
            return false;
        for (qsizetype i = 0; i < toInsert.size(); ++i) {
            if (!m_connection->exec(QStringLiteral("INSERT INTO external_events(source, external_id, event_id)"
                                                   " VALUES ($1, $2, $3)"),
                                    { insertedChanges.at(i)->source, insertedChanges.at(i)->externalId,
                                      toInsert.at(i).id },
                                    nullptr, error))
                return failed(QStringLiteral("remembering an external message"), *error, error);
        }
        result->added += toInsert;
    }
    for (const auto &[name, value] : batch.cursors) {
        if (value.isEmpty())
            continue;
        // Forward only, compared as bytes like SQLite's max() (Slack's fixed-width ts).
        if (!m_connection->exec(QStringLiteral("INSERT INTO sync_cursors(name, value) VALUES ($1, $2)"
                                               " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
                                               " WHERE excluded.value COLLATE \"C\" > sync_cursors.value COLLATE \"C\""),
                                { name, value }, nullptr, error))
            return failed(QStringLiteral("saving the read position of %1").arg(name), *error, error);
    }
    return true;
}

bool PostgresStoreBackend::findEvent(qint64 id, Event *event, QString *error)
{
    QString why;
    const EventList found = pgLoadEvents(*m_connection, { id }, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    *event = found.isEmpty() ? Event() : found.first();
    return true;
}

// The WHERE clause makes an identical copy a no-op, so duplicates announce nothing.
bool PostgresStoreBackend::updateEvent(const Event &event, EventList *changed, QString *error)
{
    const QVariantList values = {
        textOrNull(event.senderTs),
        textOrNull(event.source),
        textOrNull(event.senderName),
        textOrNull(event.senderIcon),
        int(event.level),
        textOrNull(event.title),
        textOrNull(event.text),
        jsonOrNull(event.attachmentsJson),
        jsonOrNull(event.blocksJson),
        textOrNull(event.threadKey),
        EventInserter::usersJsonOf(event),
        EventInserter::attachmentTextOf(event),
        event.mrkdwn,
        event.senderNameIsFallback,
    };
    static const QStringList columns = {
        QStringLiteral("sender_ts"),
        QStringLiteral("source"),
        QStringLiteral("sender_name"),
        QStringLiteral("sender_icon"),
        QStringLiteral("level"),
        QStringLiteral("title"),
        QStringLiteral("text"),
        QStringLiteral("attachments_json"),
        QStringLiteral("blocks_json"),
        QStringLiteral("thread_key"),
        QStringLiteral("users_json"),
        QStringLiteral("attachment_text"),
        QStringLiteral("mrkdwn"),
        QStringLiteral("sender_name_fallback"),
    };
    QStringList assignments;
    QStringList differences;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        assignments << QStringLiteral("%1 = $%2").arg(columns.at(i)).arg(i + 1);
        differences << QStringLiteral("%1 IS DISTINCT FROM $%2").arg(columns.at(i)).arg(i + 1);
    }
    QVariantList bound = values;
    bound << event.id;
    PgResult updated;
    if (!m_connection->exec(QStringLiteral("UPDATE events SET %1 WHERE id = $%2 AND (%3)")
                                    .arg(assignments.join(QStringLiteral(", ")))
                                    .arg(values.size() + 1)
                                    .arg(differences.join(QStringLiteral(" OR "))),
                            bound, &updated, error))
        return failed(QStringLiteral("updating a stored message"), *error, error);
    if (updated.affectedRows() == 0)
        return true;
    // Its users may have changed: index them again.
    if (!m_connection->exec(QStringLiteral("DELETE FROM event_users WHERE event_id = $1"), { event.id }, nullptr, error)
        || !insertUsers({ event }, error) || !recordChange(event, false, error))
        return failed(QStringLiteral("updating a stored message"), *error, error);
    *changed << event;
    return true;
}

// For the other servers' listeners (pglistener.h), in the transaction of the change itself:
// a change they read is always committed, and one committed is always there to read.
bool PostgresStoreBackend::recordChange(const Event &event, bool removed, QString *error)
{
    return insertChange({ event.id, removed, event.channel, textOrNull(event.senderTs), QVariant() }, error);
}

// A person's read marker that moved: their desks on the other servers move theirs (the row's
// event_id is the marker's new position, `reader` the person).
bool PostgresStoreBackend::recordMarkerMove(const QString &user, const QString &channel, qint64 lastReadId,
                                            QString *error)
{
    return insertChange({ lastReadId, false, channel, QVariant(), user }, error);
}

bool PostgresStoreBackend::insertChange(const QVariantList &row, QString *error)
{
    PgResult id;
    if (!m_connection->exec(QStringLiteral("INSERT INTO changes(event_id, removed, channel, sender_ts, reader)"
                                           " VALUES ($1, $2, $3, $4, $5) RETURNING id"),
                            row, &id, error)
        || !m_connection->exec(QStringLiteral("SELECT pg_notify('bellboard_events', '')"), error))
        return failed(QStringLiteral("announcing a change"), *error, error);
    const qint64 changeId = id.toLongLong(0, 0);
    {
        std::lock_guard lock(m_own->mutex);
        m_own->changes.insert(changeId);
    }
    // A listener further behind than this has been away long: it reloads its pages anyway.
    constexpr qint64 kKeptChanges = 100000;
    if (changeId % 1000 == 0
        && !m_connection->exec(QStringLiteral("DELETE FROM changes WHERE id <= $1"), { changeId - kKeptChanges }, nullptr,
                               error))
        return failed(QStringLiteral("forgetting old changes"), *error, error);
    return true;
}

bool PostgresStoreBackend::removeEvent(const Event &gone, EventList *removed, QString *error)
{
    PgResult deleted;
    if (!m_connection->exec(QStringLiteral("DELETE FROM events WHERE id = $1"), { gone.id }, &deleted, error))
        return failed(QStringLiteral("removing a stored message"), *error, error);
    if (deleted.affectedRows() == 0)
        return true;
    if (!recordChange(gone, true, error))
        return false;
    *removed << gone;
    return true;
}

// As retention.cpp: the oldest chunk by id only, so it never scans the table. Only the leading
// server runs it (EventStore asks the leadership first).
int PostgresStoreBackend::deleteRetentionChunk(const RetentionPolicy &policy, qint64 nowMs, QString *error)
{
    int deleted = 0;
    PgResult result;
    if (policy.maxAgeDays > 0) {
        const qint64 cutoffMs = nowMs - qint64(policy.maxAgeDays) * 24 * 60 * 60 * 1000;
        if (!m_connection->exec(QStringLiteral("DELETE FROM events WHERE id IN"
                                               " (SELECT id FROM events ORDER BY id LIMIT $1) AND received_at_ms < $2"),
                                { retention::kChunkSize, cutoffMs }, &result, error))
            return -1;
        deleted += int(result.affectedRows());
    }
    if (policy.maxEvents > 0 && deleted < retention::kChunkSize) {
        if (!m_connection->exec(QStringLiteral("SELECT coalesce(sum(event_count), 0) FROM channels"), {}, &result, error))
            return -1;
        const qint64 excess = result.toLongLong(0, 0) - policy.maxEvents;
        if (excess > 0) {
            if (!m_connection->exec(QStringLiteral("DELETE FROM events WHERE id IN"
                                                   " (SELECT id FROM events ORDER BY id LIMIT $1)"),
                                    { qMin<qint64>(excess, retention::kChunkSize - deleted) }, &result, error))
                return -1;
            deleted += int(result.affectedRows());
        }
    }
    return deleted;
}

bool PostgresStoreBackend::acknowledge(qint64 eventId, const Acknowledgement &by, Acknowledgement *winner,
                                       QString *error)
{
    PgResult inserted;
    PgResult result;
    if (!m_connection->exec(QStringLiteral("INSERT INTO acknowledgements(event_id, by_user, at_ms)"
                                           " SELECT id, $1, $2 FROM events WHERE id = $3"
                                           " ON CONFLICT (event_id) DO NOTHING RETURNING"
                                           " (SELECT channel FROM events WHERE id = $3)"),
                            { by.by, by.atMs, eventId }, &inserted, error)
        || !m_connection->exec(QStringLiteral("SELECT by_user, at_ms FROM acknowledgements WHERE event_id = $1"),
                               { eventId }, &result, error))
        return failed(QStringLiteral("acknowledging event %1").arg(eventId), *error, error);
    if (result.rows() == 0) {
        *error = tr("Event %1 is not stored (it was deleted, or never stored).").arg(eventId);
        return false;
    }
    *winner = Acknowledgement{ result.text(0, 0), result.toLongLong(0, 1) };
    if (inserted.rows() == 0)
        return true; // someone acknowledged it first, and that was announced then
    Event acknowledged;
    acknowledged.id = eventId;
    acknowledged.channel = inserted.text(0, 0);
    return recordChange(acknowledged, false, error);
}

bool PostgresStoreBackend::markRead(const QString &user, const QString &channel, qint64 lastReadId, qint64 atMs,
                                    qint64 *current, QString *error)
{
    PgResult moved;
    PgResult result;
    if (!m_connection->exec(QStringLiteral("INSERT INTO read_markers(user_name, channel, last_read_id, updated_at_ms)"
                                           " VALUES ($1, $2, $3, $4) ON CONFLICT (user_name, channel) DO UPDATE SET"
                                           " last_read_id = excluded.last_read_id, updated_at_ms = excluded.updated_at_ms"
                                           " WHERE excluded.last_read_id > read_markers.last_read_id RETURNING 1"),
                            { user, channel, lastReadId, atMs }, &moved, error)
        || (moved.rows() == 1 && !recordMarkerMove(user, channel, lastReadId, error))
        || !m_connection->exec(QStringLiteral("SELECT last_read_id FROM read_markers WHERE user_name = $1 AND channel = $2"),
                               { user, channel }, &result, error)
        || result.rows() != 1)
        return failed(QStringLiteral("saving the read position of %1").arg(user), *error, error);
    *current = result.toLongLong(0, 0);
    return true;
}

bool PostgresStoreBackend::readCursor(const QString &name, QString *value, QString *error)
{
    PgResult result;
    if (!ensureConnected(error)
        || !m_connection->exec(QStringLiteral("SELECT value FROM sync_cursors WHERE name = $1"), { name }, &result, error))
        return failed(QStringLiteral("reading the read position of %1").arg(name), *error, error);
    *value = result.rows() > 0 ? result.text(0, 0) : QString();
    return true;
}

bool PostgresStoreBackend::readMarkers(const QString &user, QList<QPair<QString, qint64>> *markers, QString *error)
{
    PgResult result;
    if (!ensureConnected(error)
        || !m_connection->exec(QStringLiteral("SELECT channel, last_read_id FROM read_markers WHERE user_name = $1"
                                              " ORDER BY channel COLLATE \"C\""),
                               { user }, &result, error))
        return failed(QStringLiteral("reading the read positions of %1").arg(user), *error, error);
    markers->clear();
    for (int row = 0; row < result.rows(); ++row)
        markers->append({ result.text(row, 0), result.toLongLong(row, 1) });
    return true;
}

PostgresReadBackend::PostgresReadBackend(const QString &url)
    : m_url(url)
{
}

PostgresReadBackend::~PostgresReadBackend() = default;

bool PostgresReadBackend::open(QString *error)
{
    auto connection = std::make_unique<PgConnection>();
    QString why;
    if (!connection->open(m_url, storePassword(m_url), &why)) {
        if (error)
            *error = why;
        return false;
    }
    const int version = pgschema::storedVersion(*connection, &why);
    if (version > pgschema::latestVersion())
        why = schema::tooNewError(version);
    else if (version == 0)
        why = QStringLiteral("%1 holds no Bellboard events (no server has opened it yet)").arg(m_url);
    if (version <= 0 || version > pgschema::latestVersion()) {
        if (error)
            *error = why;
        return false;
    }
    m_connection = std::move(connection);
    m_schemaVersion = version;
    return true;
}

bool PostgresReadBackend::ensureConnected(QString *error)
{
    return !m_connection->isBroken() || m_connection->reconnect(error);
}

EventPage PostgresReadBackend::search(const SearchQuery &query, qint64 beforeId, int limit)
{
    EventPage page;
    if (!ensureConnected(&page.error))
        return page;
    limit = qBound(1, limit, maxPageSize);
    const std::optional<IdRange> window = timeWindow(query, &page.error);
    if (!window) {
        if (!page.error.isEmpty())
            page.error = QStringLiteral("search failed: %1").arg(page.error);
        return page;
    }
    const SqlStatement statement = postgresSearchIdsSql(query, beforeId, limit + 1, *window);
    PgResult ids;
    if (!m_connection->exec(statement.sql, statement.values, &ids, &page.error)) {
        page.error = QStringLiteral("search failed: %1").arg(page.error);
        return page;
    }
    QList<qint64> found;
    for (int row = 0; row < ids.rows(); ++row)
        found << ids.toLongLong(row, 0);
    page.hasMore = found.size() > limit;
    if (page.hasMore)
        found.resize(limit);
    page.events = pgLoadEvents(*m_connection, found, &page.error);
    return page;
}

std::optional<IdRange> PostgresReadBackend::timeWindow(const SearchQuery &query, QString *error)
{
    if (!query.after.isValid() && !query.before.isValid())
        return IdRange{};
    PgResult rows;
    SqlStatement statement = postgresWindowIdsSql(query, kNarrowWindowCap);
    if (!m_connection->exec(statement.sql, statement.values, &rows, error))
        return std::nullopt;
    const qint64 size = rows.toLongLong(0, 0);
    if (size == 0)
        return std::nullopt;
    if (size < kNarrowWindowCap)
        return IdRange{ rows.toLongLong(0, 1), rows.toLongLong(0, 2) };
    // Without before: the newest events are in the window and the walk starts among them; a
    // store older than schema 3 has no block index to probe.
    if (!query.before.isValid() || m_schemaVersion < 3)
        return IdRange{};
    statement = postgresNewestWindowBlockSql(query);
    if (!m_connection->exec(statement.sql, statement.values, &rows, error) || rows.isNull(0, 0))
        return std::nullopt;
    return IdRange{ 0, (rows.toLongLong(0, 0) + 1) * kPostgresIdBlock - 1 };
}

EventList PostgresReadBackend::load(const QList<qint64> &ids, QString *error)
{
    if (!ensureConnected(error))
        return {};
    return pgLoadEvents(*m_connection, ids, error);
}

QList<QPair<QString, qint64>> PostgresReadBackend::countsByChannel()
{
    QList<QPair<QString, qint64>> counts;
    QString error;
    PgResult rows;
    if (!ensureConnected(&error)
        || !m_connection->exec(QStringLiteral("SELECT name, event_count FROM channels ORDER BY name COLLATE \"C\""), {},
                               &rows, &error))
        return counts;
    for (int row = 0; row < rows.rows(); ++row)
        counts.append({ rows.text(row, 0), rows.toLongLong(row, 1) });
    return counts;
}

EventPage PostgresReadBackend::eventsAfter(qint64 afterId, int limit)
{
    EventPage page;
    if (!ensureConnected(&page.error))
        return page;
    limit = qBound(1, limit, maxPageSize);
    PgResult ids;
    if (!m_connection->exec(QStringLiteral("SELECT id FROM events WHERE id > $1 ORDER BY id LIMIT $2"),
                            { afterId, limit + 1 }, &ids, &page.error)) {
        page.error = QStringLiteral("reading events failed: %1").arg(page.error);
        return page;
    }
    QList<qint64> found;
    for (int row = 0; row < ids.rows(); ++row)
        found << ids.toLongLong(row, 0);
    page.hasMore = found.size() > limit;
    if (page.hasMore)
        found.resize(limit);
    page.events = pgLoadEvents(*m_connection, found, &page.error);
    return page;
}

bool PostgresReadBackend::readMarkers(const QString &user, ReadMarkerMap *markers, QString *error)
{
    markers->clear();
    PgResult rows;
    if (!ensureConnected(error)
        || !m_connection->exec(QStringLiteral("SELECT channel, last_read_id FROM read_markers WHERE user_name = $1"),
                               { user }, &rows, error))
        return false;
    for (int row = 0; row < rows.rows(); ++row)
        markers->insert(rows.text(row, 0), rows.toLongLong(row, 1));
    return true;
}

} // namespace bb
