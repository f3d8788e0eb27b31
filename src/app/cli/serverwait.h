#pragma once

#include "remote/remotesession.h"

#include <QObject>
#include <QTimer>

namespace bb {

// A console started while its team server cannot be reached (the desks came up before the
// server after a power cut, the laptop is not on the office network yet) waits for it instead
// of giving up: it asks /api/whoami with backoff, says on stderr what it waits for, and emits
// answered() once the server answers. A refusal that waiting cannot cure (the token, the
// certificate) emits refused() with the sentence to show.
//
// GUI thread, before the session starts; the caller's event loop runs meanwhile, so a SIGTERM
// still ends the process cleanly.
class ServerWait : public QObject
{
    Q_OBJECT
public:
    explicit ServerWait(const RemoteServer &server, QObject *parent = nullptr);
    void start();

signals:
    void answered();
    void refused(const QString &sentence);

private:
    void ask();
    void onReply(const RemoteReply &reply);

    RemoteSession m_session;
    QTimer m_retry;
    int m_failures = 0;
    QString m_lastSaid;
};

} // namespace bb
