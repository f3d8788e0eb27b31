#include "remotecall.h"

#include <QEventLoop>
#include <QThread>

namespace bb {

RemoteCall::RemoteCall(const RemoteServer &server, int timeoutMs)
    : m_session(std::make_unique<RemoteSession>(server))
{
    m_session->setRequestTimeoutMs(timeoutMs);
}

RemoteCall::~RemoteCall() = default;

RemoteReply RemoteCall::get(const QString &path, const QUrlQuery &query)
{
    return wait("GET", server().endpoint(path, query), nullptr);
}

RemoteReply RemoteCall::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return wait(method, server().endpoint(path), &body);
}

RemoteReply RemoteCall::wait(const QByteArray &method, const QUrl &url, const QJsonObject *body)
{
    Q_ASSERT(m_session->thread() == QThread::currentThread());
    RemoteReply answer;
    bool done = false;
    QEventLoop loop;
    m_session->request(method, url, body, nullptr, [&](const RemoteReply &reply) {
        answer = reply;
        done = true;
        loop.quit();
    });
    // The reply's own transfer timeout ends every wait, also for a server that never answers.
    if (!done)
        loop.exec();
    return answer;
}

} // namespace bb
