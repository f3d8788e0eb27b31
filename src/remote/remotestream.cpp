#include "remotestream.h"

#include "remotesession.h"

#include "core/eventjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace bb {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

qint64 RemoteStreamTimings::backoffMs(int attempt) const
{
    const qint64 full = std::min<qint64>(backoffMaxMs, qint64(backoffBaseMs) << std::min(attempt, 20));
    return full / 2 + qint64(QRandomGenerator::global()->bounded(double(full / 2 + 1)));
}

RemoteStream::RemoteStream(const RemoteServer &server, const RemoteStreamTimings &timings, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_timings(timings)
    , m_session(new RemoteSession(server, this))
{
    qRegisterMetaType<bb::Event>();
    qRegisterMetaType<bb::RemoteStream::Delivery>();
    m_session->setRequestTimeoutMs(timings.requestTimeoutMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteStream::probe);
    m_watchdog.setInterval(std::max(1, m_timings.pingIntervalMs));
    connect(&m_watchdog, &QTimer::timeout, this, &RemoteStream::watch);
}

RemoteStream::~RemoteStream()
{
    stop();
}

void RemoteStream::start()
{
    stop();
    m_fromLiveEdge = true;
    m_lastSeenId = 0;
    probe();
}

void RemoteStream::start(qint64 lastSeenId)
{
    stop();
    m_fromLiveEdge = false;
    m_lastSeenId = lastSeenId;
    probe();
}

void RemoteStream::stop()
{
    ++m_generation;
    m_retry.stop();
    m_watchdog.stop();
    dropSocket();
    m_phase = Phase::Stopped;
    m_attempt = 0;
    m_missed.clear();
}

void RemoteStream::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

// Asks for the newest id before each connection: it tells where the catch-up ends, and a
// refused token or certificate is told apart from a server that is down (a WebSocket
// handshake refused with 401 looks like any other failure in Qt 6.4).
void RemoteStream::probe()
{
    m_phase = Phase::Probing;
    const quint64 generation = m_generation;
    m_session->newestEventId(this, [this, generation](const RemoteReply &reply, qint64 newestId) {
        if (generation == m_generation)
            probed(reply, newestId);
    });
}

void RemoteStream::probed(const RemoteReply &reply, qint64 newestId)
{
    switch (reply.outcome) {
    case RemoteReply::Outcome::Ok:
        break;
    case RemoteReply::Outcome::Unauthorized:
    case RemoteReply::Outcome::Forbidden:
        stop();
        emit authenticationFailed(reply.message(m_server.url));
        return;
    case RemoteReply::Outcome::TlsRefused:
        if (reply.tls.kind == TlsRefusal::Kind::Changed) {
            stop();
            emit certificateRefused(reply.message());
            return;
        }
        return lose(reply.message());
    case RemoteReply::Outcome::RateLimited:
        return lose(reply.message(), qint64(std::max(1, reply.retryAfterSeconds)) * 1000);
    default:
        return lose(reply.message());
    }
    if (m_fromLiveEdge) {
        m_lastSeenId = std::max(m_lastSeenId, newestId);
        m_fromLiveEdge = false;
    }
    m_catchUpUntilId = newestId; // m_missed keeps what an interrupted catch-up counted
    open();
}

void RemoteStream::open()
{
    dropSocket();
    m_phase = Phase::Opening;
    m_socketError.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (m_server.isSecure()) {
        m_server.tls().configure(m_socket);
        m_server.tls().watch(m_socket, [this](const TlsRefusal &refusal) { m_socketError = refusal.message(); });
    }
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this] {
        m_phase = m_catchUpUntilId > m_lastSeenId ? Phase::CatchingUp : Phase::Live;
        m_attempt = 0;
        heard();
        m_watchdog.start();
        emit connected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &RemoteStream::messageReceived);
    connect(socket, &QWebSocket::pong, this, &RemoteStream::heard);
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this, socket](QAbstractSocket::SocketError) {
        if (m_socketError.isEmpty())
            m_socketError = socket->errorString();
    });
    connect(socket, &QWebSocket::disconnected, this, &RemoteStream::socketClosed);
    QNetworkRequest request = m_server.request(m_server.streamUrl(m_lastSeenId));
    // Watched from the start: a handshake that never completes (a server that accepted the
    // connection and froze, a laptop that slept mid-handshake) is as dead as a silent link.
    heard();
    m_watchdog.start();
    socket->open(request);
}

void RemoteStream::socketClosed()
{
    if (!m_socket)
        return;
    QString reason = m_socketError;
    if (reason.isEmpty()) {
        reason = tr("the server closed the connection");
        if (!m_socket->closeReason().isEmpty())
            reason += QStringLiteral(" (%1)").arg(m_socket->closeReason());
    }
    lose(reason);
}

void RemoteStream::lose(const QString &reason, qint64 retryInMs)
{
    m_watchdog.stop();
    dropSocket();
    // Counted so far stays: the catch-up goes on after the next connection, to the new newest id.
    if (retryInMs < 0)
        retryInMs = m_timings.backoffMs(m_attempt++);
    m_phase = Phase::Waiting;
    m_retry.start(int(std::min<qint64>(retryInMs, std::numeric_limits<int>::max())));
    emit disconnected(reason, retryInMs);
}

void RemoteStream::heard()
{
    m_lastHeardMs = now();
}

void RemoteStream::watch()
{
    if (!m_socket)
        return;
    if (now() - m_lastHeardMs > m_timings.deadAfterMs) {
        lose(tr("no answer from the server for %n s", nullptr, std::max(1, m_timings.deadAfterMs / 1000)));
        return;
    }
    if (isConnected())
        m_socket->ping();
}

void RemoteStream::messageReceived(const QString &text)
{
    heard();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("hello")) {
        emit streamOpened(message.value(QStringLiteral("stream")).toString());
        return;
    }
    if (type == QLatin1String("notice")) {
        emit noticeReceived(message);
        return;
    }
    if (type == QLatin1String("read-markers")) {
        ReadMarkerMap markers;
        const QJsonObject given = message.value(QStringLiteral("markers")).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (it.value().isDouble() && it.value().toDouble() > 0)
                markers.insert(it.key(), qint64(it.value().toDouble()));
        }
        if (!markers.isEmpty())
            emit readMarkersMoved(markers);
        return;
    }
    const std::optional<Event> event = eventFromJson(message.value(QStringLiteral("event")).toObject());
    if (!event)
        return; // anything a newer server says that this console does not know
    if (type == QLatin1String("changed")) {
        emit eventChanged(*event);
        return;
    }
    if (type == QLatin1String("removed")) {
        emit eventRemoved(*event);
        return;
    }
    if (type != QLatin1String("event") || event->id <= m_lastSeenId)
        return; // already delivered, before a reconnection
    if (m_phase == Phase::CatchingUp && event->id > m_catchUpUntilId)
        finishCatchUp();
    m_lastSeenId = event->id;
    if (m_phase == Phase::CatchingUp) {
        ++m_missed[event->channel];
        emit eventReceived(*event, Delivery::CatchUp);
        if (event->id >= m_catchUpUntilId)
            finishCatchUp();
        return;
    }
    emit eventReceived(*event, Delivery::Live);
}

void RemoteStream::finishCatchUp()
{
    m_phase = Phase::Live;
    const QHash<QString, int> missed = std::exchange(m_missed, {});
    if (!missed.isEmpty())
        emit caughtUp(missed);
}

} // namespace bb
