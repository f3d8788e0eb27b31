#pragma once

#include "pgconnection.h"
#include "store/storebackend.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace bb {

// What this server wrote (event ids, change ids), so that the listener announces only the
// other servers' writes: this server's own are announced by its writer.
struct PgOwnWrites
{
    std::mutex mutex;
    QSet<qint64> events;
    QSet<qint64> changes;
};

// Fan-out between servers: a connection of its own LISTENs on the channel every write
// NOTIFYs, and on each notification reads the events after the last event id it has seen,
// then the changes (edits, acknowledgements, removals, moved read markers: the `changes`
// table, pgschema.cpp) after the last change id. The notification is only a wake-up; after a
// reconnect the same reads by id catch up, so a lost notification never loses anything. Write
// transactions hold one advisory lock, so ids become visible in order and "after the last id
// seen" never skips a slower transaction. The connection's loss and return are announced as
// the store's status.
class PgListener
{
public:
    PgListener(const QString &url, std::shared_ptr<PgOwnWrites> own, StoreBackend::OtherWriters handlers);
    ~PgListener();

    // Connects and learns the newest ids synchronously: what commits after open() is announced.
    bool start(QString *error);

    static constexpr int kReconnectMs = 1000;

private:
    bool connectAndListen(QString *error);
    void run();
    void pause(int ms);
    void catchUp();
    bool catchUpEvents();
    bool catchUpChanges();
    void report(const StoreStatus &status);

    const QString m_url;
    const std::shared_ptr<PgOwnWrites> m_own;
    const StoreBackend::OtherWriters m_handlers;
    PgConnection m_connection; // the listener thread's only, after start()
    qint64 m_lastEvent = 0;
    qint64 m_lastChange = 0;
    StoreStatus m_status;
    std::atomic<bool> m_stopping{ false };
    std::thread m_thread;
};

} // namespace bb
