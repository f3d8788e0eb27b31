#pragma once

#include "remotesession.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace bb {

// One request to the server at a time, waited for: for the store's worker threads (the
// writer, an event reader), where blocking is the point (docs/ARCHITECTURE.md, "Threads").
// Runs a local event loop until the answer (or RemoteSession's timeout) comes. Create, use and
// destroy it on one thread; on the GUI thread only at start-up, before a window is up.
class RemoteCall
{
public:
    explicit RemoteCall(const RemoteServer &server, int timeoutMs = 15000);
    ~RemoteCall();
    RemoteCall(const RemoteCall &) = delete;
    RemoteCall &operator=(const RemoteCall &) = delete;

    const RemoteServer &server() const { return m_session->server(); }

    RemoteReply get(const QString &path, const QUrlQuery &query = {});
    RemoteReply send(const QByteArray &method, const QString &path, const QJsonObject &body);

private:
    RemoteReply wait(const QByteArray &method, const QUrl &url, const QJsonObject *body);

    std::unique_ptr<RemoteSession> m_session;
};

} // namespace bb
