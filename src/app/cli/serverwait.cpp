#include "serverwait.h"

#include "console.h"

#include <algorithm>

namespace bb {

namespace {
constexpr int kFirstWaitMs = 1000;
constexpr int kLongestWaitMs = 30000;
constexpr int kAnswerTimeoutMs = 10000;
} // namespace

ServerWait::ServerWait(const RemoteServer &server, QObject *parent)
    : QObject(parent)
    , m_session(server)
{
    m_session.setRequestTimeoutMs(kAnswerTimeoutMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerWait::ask);
}

void ServerWait::start()
{
    ask();
}

void ServerWait::ask()
{
    m_session.whoami(this, [this](const RemoteReply &reply, const RemoteIdentity &) { onReply(reply); });
}

void ServerWait::onReply(const RemoteReply &reply)
{
    if (reply.ok()) {
        if (m_failures > 0)
            err() << "bellboard: " << tr("%1 answers; attaching.").arg(m_session.server().url.toString()) << Qt::endl;
        emit answered();
        return;
    }
    if (reply.outcome != RemoteReply::Outcome::Unreachable && reply.outcome != RemoteReply::Outcome::RateLimited) {
        emit refused(reply.message(m_session.server().url));
        return;
    }
    // 1 s, 2 s, 4 s … up to 30 s; a 429 says how long itself.
    const int waitMs = reply.outcome == RemoteReply::Outcome::RateLimited
                             ? std::max(1, reply.retryAfterSeconds) * 1000
                             : std::min(kLongestWaitMs, kFirstWaitMs << std::min(m_failures, 5));
    ++m_failures;
    // Said when the reason changes, not at every try: a night of waiting is one line.
    const QString reason = reply.message(m_session.server().url);
    if (reason != m_lastSaid) {
        m_lastSaid = reason;
        err() << "bellboard: " << tr("waiting for %1 (%2); trying again every %3 s at most, Ctrl+C to stop").arg(m_session.server().url.toString(), reason).arg(kLongestWaitMs / 1000)
              << Qt::endl;
    }
    m_retry.start(waitMs);
}

} // namespace bb
