#pragma once

#include "slacktimings.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace bb {

class SlackWebApi;

// Slack's Socket Mode: apps.connections.open (through an app-level-token SlackWebApi) hands
// out a wss:// URL; Slack sends `hello`, then envelopes, each acknowledged at once by its
// envelope_id; `disconnect` asks for a new connection, which is opened before the old one is
// let go. A watchdog pings every pingIntervalMs and drops a socket that has been silent for
// deadAfterMs, or that never said hello within helloTimeoutMs of being opened (a socket can
// look connected yet be dead after a laptop slept). Lost connections come back with
// exponential backoff and jitter; a dead app token stops it (authFailed) instead.
class SlackSocket : public QObject
{
    Q_OBJECT
public:
    SlackSocket(SlackWebApi *appApi, const SlackTimings &timings, QObject *parent = nullptr);
    ~SlackSocket() override;

    void start();
    void stop();
    bool isConnected() const;
    int reconnectAttempts() const { return m_attempt; }

signals:
    // A hello on a new connection. afterGap: events may have been missed since the last
    // connection (it dropped, or this is the first); false after a seamless refresh.
    void connected(bool afterGap);
    // An envelope, already acknowledged: type is events_api, slash_commands or interactive.
    void envelopeReceived(const QString &type, const QJsonObject &payload, int retryAttempt);
    void reconnecting(qint64 retryAtMs, const QString &why);
    void authFailed(const QString &error);

private:
    struct Connection;
    void open(bool afterGap);
    void openUrl(const QString &url, bool afterGap);
    void frameReceived(Connection *connection, const QString &text);
    void lost(Connection *connection, const QString &why);
    void scheduleReconnect(const QString &why);
    void watch();
    void drop(Connection *connection);

    SlackWebApi *m_api;
    SlackTimings m_timings;
    QTimer m_watchdog;
    QTimer m_retry;
    Connection *m_current = nullptr; // the one events come from
    Connection *m_next = nullptr;    // opened on `disconnect`, promoted at its hello
    bool m_running = false;
    bool m_opening = false; // apps.connections.open in flight
    int m_attempt = 0;
    QObject *m_run = nullptr; // from start() to stop(): the context of its opens, so a stop() drops their answers
};

} // namespace bb
