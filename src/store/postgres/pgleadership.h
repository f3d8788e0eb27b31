#pragma once

#include "pgconnection.h"

#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace bb {

// Which of the servers sharing one database runs the jobs that must run once (the Slack
// mirror, retention): the one whose session holds a session-level advisory lock
// (pgschema::leaderLock), on a connection of its own so that the writer's reconnects never
// drop it. The others try again every few seconds; when the leader stops, dies or loses the
// database, PostgreSQL ends its session and releases the lock, and the next try of another
// server takes it. A leader that loses its own connection stops leading at once.
class PgLeadership
{
public:
    // `changed` is called on this object's thread (the first time inside start()) whenever
    // this server starts or stops leading.
    PgLeadership(const QString &url, std::function<void(bool leads)> changed);
    ~PgLeadership(); // stops trying; closing the connection releases the lock

    // Tries once now (so the first server to open leads from its start), then keeps trying.
    void start();

    static constexpr int kRetryMs = 3000;

private:
    void run();
    void attempt();
    void setLeads(bool leads);

    const QString m_url;
    const std::function<void(bool)> m_changed;
    PgConnection m_connection; // start()'s, then the thread's only
    bool m_leads = false;
    std::atomic<bool> m_stopping{ false };
    std::thread m_thread;
};

} // namespace bb
