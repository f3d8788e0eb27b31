#include "pglistener.h"

#include "pgeventrows.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace bb {

namespace {

constexpr int kPageSize = 1000;

} // namespace

PgListener::PgListener(const QString &url, std::shared_ptr<PgOwnWrites> own, StoreBackend::OtherWriters handlers)
    : m_url(url)
    , m_own(std::move(own))
    , m_handlers(std::move(handlers))
{
}

PgListener::~PgListener()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool PgListener::start(QString *error)
{
    if (!connectAndListen(error))
        return false;
    PgResult newest;
    if (!m_connection.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM events),"
                                          " (SELECT coalesce(max(id), 0) FROM changes)"),
                           {}, &newest, error))
        return false;
    m_lastEvent = newest.toLongLong(0, 0);
    m_lastChange = newest.toLongLong(0, 1);
    m_thread = std::thread([this] { run(); });
    return true;
}

bool PgListener::connectAndListen(QString *error)
{
    return m_connection.open(m_url, storePassword(m_url), error)
        && m_connection.exec(QStringLiteral("LISTEN bellboard_events"), error);
}

void PgListener::run()
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), "store-listener");
#endif
    while (!m_stopping) {
        if (m_connection.isBroken()) {
            QString error;
            if (!connectAndListen(&error)) {
                report({ false, error, QDateTime::currentMSecsSinceEpoch() + kReconnectMs });
                pause(kReconnectMs);
                continue;
            }
            report({});
            catchUp(); // whatever was written while we were away
            continue;
        }
        // A short wait, to notice m_stopping; a broken connection reconnects above.
        if (m_connection.waitForNotifications(200))
            catchUp();
        else if (m_connection.isBroken())
            report({ false, QStringLiteral("the connection to PostgreSQL is lost"), QDateTime::currentMSecsSinceEpoch() }); // retried at once
    }
}

void PgListener::pause(int ms)
{
    for (int waited = 0; waited < ms && !m_stopping; waited += 100)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

// Only transitions: a status said once, not at every reconnect attempt with the same reason.
void PgListener::report(const StoreStatus &status)
{
    if (status.available == m_status.available && (status.available || status.reason == m_status.reason))
        return;
    m_status = status;
    if (m_handlers.status)
        m_handlers.status(status);
}

// Events first: an event written then edited arrives as committed, then changed.
void PgListener::catchUp()
{
    if (catchUpEvents())
        catchUpChanges();
}

bool PgListener::catchUpEvents()
{
    for (;;) {
        PgResult rows;
        QString error;
        if (!m_connection.exec(QStringLiteral("SELECT %1 FROM events e LEFT JOIN acknowledgements a"
                                              " ON a.event_id = e.id WHERE e.id > $1 ORDER BY e.id LIMIT $2")
                                       .arg(pgEventColumns()),
                               { m_lastEvent, kPageSize }, &rows, &error))
            return false; // a broken connection catches up after reconnecting
        EventList others;
        {
            std::lock_guard lock(m_own->mutex);
            for (int row = 0; row < rows.rows(); ++row) {
                const qint64 id = rows.toLongLong(row, 0);
                m_lastEvent = std::max(m_lastEvent, id);
                if (!m_own->events.remove(id))
                    others << pgEventFromRow(rows, row);
            }
            // Ids this server reserved for a transaction that rolled back never show up.
            for (auto it = m_own->events.begin(); it != m_own->events.end();)
                it = *it <= m_lastEvent ? m_own->events.erase(it) : std::next(it);
        }
        if (!others.isEmpty() && m_handlers.committed)
            m_handlers.committed(others);
        if (rows.rows() < kPageSize)
            return true;
    }
}

// Each change is announced with the event as it is now (an edit, an acknowledgement), or as
// it was when removed (id, channel, sender ts); consecutive changes of one kind together. A
// moved read marker (a row with a `reader`) is announced per person, after the events.
bool PgListener::catchUpChanges()
{
    constexpr int kId = 0, kEvent = 1, kRemoved = 2, kChannel = 3, kSenderTs = 4, kReader = 5;
    for (;;) {
        PgResult rows;
        QString error;
        if (!m_connection.exec(QStringLiteral("SELECT id, event_id, removed, channel, sender_ts, reader FROM changes"
                                              " WHERE id > $1 ORDER BY id LIMIT $2"),
                               { m_lastChange, kPageSize }, &rows, &error))
            return false; // read again after reconnecting
        const auto movesMarker = [&rows](int row) { return !rows.isNull(row, kReader); };
        // The changed events as they are now, read before anything is marked as seen.
        QList<qint64> changedIds;
        for (int row = 0; row < rows.rows(); ++row) {
            if (!movesMarker(row) && !rows.toBool(row, kRemoved) && !changedIds.contains(rows.toLongLong(row, kEvent)))
                changedIds << rows.toLongLong(row, kEvent);
        }
        QHash<qint64, Event> current;
        for (const Event &event : pgLoadEvents(m_connection, changedIds, &error))
            current.insert(event.id, event);
        if (!error.isEmpty())
            return false;

        QList<std::pair<bool, EventList>> runs;    // (removed, events) in change order
        QMap<QString, ReadMarkerMap> movedMarkers; // person → channel → newest position
        {
            std::lock_guard lock(m_own->mutex);
            for (int row = 0; row < rows.rows(); ++row) {
                m_lastChange = std::max(m_lastChange, rows.toLongLong(row, kId));
                if (m_own->changes.remove(rows.toLongLong(row, kId)))
                    continue;
                if (movesMarker(row)) {
                    qint64 &position = movedMarkers[rows.text(row, kReader)][rows.text(row, kChannel)];
                    position = std::max(position, rows.toLongLong(row, kEvent));
                    continue;
                }
                const bool removed = rows.toBool(row, kRemoved);
                Event event;
                if (removed) {
                    event.id = rows.toLongLong(row, kEvent);
                    event.channel = rows.text(row, kChannel);
                    event.senderTs = rows.text(row, kSenderTs);
                } else if (current.contains(rows.toLongLong(row, kEvent))) {
                    event = current.value(rows.toLongLong(row, kEvent));
                } else {
                    continue; // removed since: its removal follows
                }
                if (runs.isEmpty() || runs.last().first != removed)
                    runs.append(std::make_pair(removed, EventList()));
                runs.last().second << event;
            }
            // Change ids of transactions that rolled back never show up.
            for (auto it = m_own->changes.begin(); it != m_own->changes.end();)
                it = *it <= m_lastChange ? m_own->changes.erase(it) : std::next(it);
        }
        for (const auto &[removed, events] : std::as_const(runs)) {
            const auto &handler = removed ? m_handlers.removed : m_handlers.changed;
            if (handler)
                handler(events);
        }
        if (m_handlers.personMarkersMoved) {
            for (auto it = movedMarkers.constBegin(); it != movedMarkers.constEnd(); ++it)
                m_handlers.personMarkersMoved(it.key(), it.value());
        }
        if (rows.rows() < kPageSize)
            return true;
    }
}

} // namespace bb
