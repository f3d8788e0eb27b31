#include "pgleadership.h"

#include "pgschema.h"
#include "store/storebackend.h"

#include <chrono>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace bb {

PgLeadership::PgLeadership(const QString &url, std::function<void(bool)> changed)
    : m_url(url)
    , m_changed(std::move(changed))
{
}

PgLeadership::~PgLeadership()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

void PgLeadership::start()
{
    attempt();
    m_thread = std::thread([this] { run(); });
}

void PgLeadership::run()
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), "store-leader");
#endif
    constexpr auto kStep = std::chrono::milliseconds(100); // to notice m_stopping
    auto waited = std::chrono::milliseconds(0);
    while (!m_stopping) {
        std::this_thread::sleep_for(kStep);
        waited += kStep;
        if (waited.count() >= kRetryMs) {
            waited = std::chrono::milliseconds(0);
            attempt();
        }
    }
}

void PgLeadership::attempt()
{
    QString error;
    if (m_connection.isBroken() && !m_connection.open(m_url, storePassword(m_url), &error)) {
        setLeads(false);
        return;
    }
    PgResult result;
    if (m_leads) {
        // Still our session? If not, the lock went with it and another server may hold it now.
        if (!m_connection.exec(QStringLiteral("SELECT 1"), {}, &result, &error))
            setLeads(false);
        return;
    }
    if (m_connection.exec(QStringLiteral("SELECT pg_try_advisory_lock($1)"), { pgschema::leaderLock }, &result, &error))
        setLeads(result.toBool(0, 0));
}

void PgLeadership::setLeads(bool leads)
{
    if (leads == m_leads)
        return;
    m_leads = leads;
    m_changed(leads);
}

} // namespace bb
