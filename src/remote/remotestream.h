#pragma once

#include "remoteserver.h"

#include "core/event.h"
#include "store/readmarkermap.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace bb {

class RemoteSession;
struct RemoteReply;

// Every wait a RemoteStream makes, so that tests can shrink them.
struct RemoteStreamTimings
{
    int backoffBaseMs = 1000; // reconnect waits base·2^n, jittered, up to backoffMaxMs
    int backoffMaxMs = 30000;
    int pingIntervalMs = 10000; // a ping this often while connected
    int deadAfterMs = 30000;    // nothing heard (pong or message) for this long: the link is dead
    int requestTimeoutMs = 15000;

    // The wait before retry number `attempt` (0, 1, …): base·2^attempt up to the maximum, half
    // of it fixed and half random, so that every console cut off by one server restart does
    // not come back at the same instant.
    qint64 backoffMs(int attempt) const;
};

// A console's live feed from its server: a WebSocket client of /api/stream?since=<last id>.
//
// It keeps the id of the newest event it delivered and asks for everything after it on every
// (re)connection, so a lost connection costs neither a gap nor a duplicate (an event at or
// below that id is dropped). Before each connection it asks the server for the newest id:
// events up to that one were stored while this console was away; they are delivered as
// CatchUp (show them, do not ring for each) and counted per channel, and once the stream has
// passed that id, caughtUp() gives the counts for one summary ("37 new in #user-behavior
// while disconnected"). The same request is the token check: 401 stops the stream
// (authenticationFailed), since retrying a revoked token helps nobody, and so does a
// certificate other than the pinned one. Anything else (server down, restarting, a laptop
// that slept, Wi-Fi changing) is retried with exponential backoff from 1 s to 30 s with
// jitter, and said: disconnected(reason, retry in). A ping watchdog notices a link that
// looks open but went silent.
class RemoteStream : public QObject
{
    Q_OBJECT
public:
    enum class Delivery {
        Live,
        CatchUp, // stored while this console was disconnected
    };
    Q_ENUM(Delivery)

    explicit RemoteStream(const RemoteServer &server, const RemoteStreamTimings &timings = {},
                          QObject *parent = nullptr);
    ~RemoteStream() override;

    // From the live edge (the newest event now stored), or after `lastSeenId`: a console that
    // already shows events up to that id gets exactly the ones after it.
    void start();
    void start(qint64 lastSeenId);
    void stop();

    bool isConnected() const { return m_phase == Phase::Live || m_phase == Phase::CatchingUp; }
    // Connected, and the events now arriving were stored while this console was away.
    bool isCatchingUp() const { return m_phase == Phase::CatchingUp; }
    qint64 lastSeenId() const { return m_lastSeenId; }
    int attempt() const { return m_attempt; }

signals:
    void connected();
    // reason: a sentence; nextRetryInMs: when the next attempt starts.
    void disconnected(const QString &reason, qint64 nextRetryInMs);
    void eventReceived(const bb::Event &event, bb::RemoteStream::Delivery delivery);
    void eventChanged(const bb::Event &event);
    void eventRemoved(const bb::Event &event);
    // The person this console is attached as moved their read markers at another desk.
    void readMarkersMoved(const bb::ReadMarkerMap &markers);
    // The events stored while this console was away have all arrived: how many, per channel.
    // Emitted once per reconnection that missed anything, never for an empty catch-up.
    void caughtUp(const QHash<QString, int> &missedByChannel);
    // The token was refused (401/403): nothing more is tried until start() after a new login.
    void authenticationFailed(const QString &reason);
    // The server's certificate is not the pinned one: nothing more is tried.
    void certificateRefused(const QString &reason);
    // The server's id for this connection (its hello): a command's answers for this console
    // name it, and a PUT of read markers (so the server does not send this desk its own move
    // back). Each connection has a new one.
    void streamOpened(const QString &streamId);
    // A message the server sent to this connection alone: a command's ephemeral answer
    // ({"type":"notice",…}).
    void noticeReceived(const QJsonObject &message);

private:
    enum class Phase {
        Stopped,
        Probing,
        Opening,
        CatchingUp,
        Live,
        Waiting
    };
    void probe();
    void probed(const RemoteReply &reply, qint64 newestId);
    void open();
    void messageReceived(const QString &text);
    void socketClosed();
    void lose(const QString &reason, qint64 retryInMs = -1);
    void finishCatchUp();
    void watch();
    void heard();
    void dropSocket();

    RemoteServer m_server;
    RemoteStreamTimings m_timings;
    RemoteSession *m_session;
    QWebSocket *m_socket = nullptr;
    QTimer m_retry;
    QTimer m_watchdog;
    Phase m_phase = Phase::Stopped;
    bool m_fromLiveEdge = false;
    qint64 m_lastSeenId = 0;
    qint64 m_catchUpUntilId = 0; // events up to this id were stored while away
    QHash<QString, int> m_missed;
    qint64 m_lastHeardMs = 0;
    int m_attempt = 0;
    quint64 m_generation = 0; // answers to a probe made before a stop()/restart are void
    QString m_socketError;
};

} // namespace bb

Q_DECLARE_METATYPE(bb::RemoteStream::Delivery)
