#include "slacksocket.h"

#include "slackwebapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QWebSocket>

namespace bb {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct SlackSocket::Connection
{
    QWebSocket *socket = nullptr;
    qint64 openedAtMs = 0;
    qint64 lastHeardMs = 0;
    bool hello = false;
    bool afterGap = true;
};

SlackSocket::SlackSocket(SlackWebApi *appApi, const SlackTimings &timings, QObject *parent)
    : QObject(parent)
    , m_api(appApi)
    , m_timings(timings)
{
    m_watchdog.setInterval(qMax(10, timings.pingIntervalMs));
    connect(&m_watchdog, &QTimer::timeout, this, &SlackSocket::watch);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { open(true); });
}

SlackSocket::~SlackSocket()
{
    stop();
}

void SlackSocket::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    Q_ASSERT(!m_run);
    m_run = new QObject(this);
    m_watchdog.start();
    open(true);
}

void SlackSocket::stop()
{
    m_running = false;
    delete m_run; // safe inside its own callback: SlackWebApi calls it directly
    m_run = nullptr;
    m_opening = false;
    m_watchdog.stop();
    m_retry.stop();
    drop(m_next);
    m_next = nullptr;
    drop(m_current);
    m_current = nullptr;
}

bool SlackSocket::isConnected() const
{
    return m_current && m_current->hello;
}

// Asks Slack for a fresh URL (every connection needs its own) and opens it.
void SlackSocket::open(bool afterGap)
{
    if (!m_running || m_opening)
        return;
    m_opening = true;
    m_api->call(QStringLiteral("apps.connections.open"), {}, m_run, [this, afterGap](const SlackResponse &response) {
        m_opening = false;
        if (response.isAuthFailure()) {
            stop();
            emit authFailed(response.error);
            return;
        }
        const QString url = response.body.value(QStringLiteral("url")).toString();
        if (!response.ok || url.isEmpty()) {
            scheduleReconnect(response.ok ? tr("apps.connections.open gave no URL") : response.explanation());
            return;
        }
        openUrl(url, afterGap);
    });
}

void SlackSocket::openUrl(const QString &url, bool afterGap)
{
    auto *connection = new Connection;
    connection->socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connection->openedAtMs = now();
    connection->lastHeardMs = connection->openedAtMs;
    connection->afterGap = afterGap;
    // A refresh keeps the current connection until the new one says hello.
    if (m_current && !afterGap) {
        drop(m_next);
        m_next = connection;
    } else {
        drop(m_current);
        m_current = connection;
    }
    QWebSocket *socket = connection->socket;
    connect(socket, &QWebSocket::textMessageReceived, this, [this, connection](const QString &text) {
        frameReceived(connection, text);
    });
    connect(socket, &QWebSocket::pong, this, [connection](quint64) { connection->lastHeardMs = now(); });
    connect(socket, &QWebSocket::disconnected, this, [this, connection] {
        lost(connection, tr("the connection closed (%1)").arg(connection->socket->closeReason()));
    });
    socket->open(QUrl(url));
}

void SlackSocket::frameReceived(Connection *connection, const QString &text)
{
    connection->lastHeardMs = now();
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    const QString envelopeId = frame.value(QStringLiteral("envelope_id")).toString();
    if (!envelopeId.isEmpty()) {
        // Acknowledge first: Slack retries an envelope not acknowledged within 3 s.
        const QJsonObject ack{ { QStringLiteral("envelope_id"), envelopeId } };
        connection->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(ack).toJson(QJsonDocument::Compact)));
        emit envelopeReceived(type, frame.value(QStringLiteral("payload")).toObject(),
                              frame.value(QStringLiteral("retry_attempt")).toInt());
        return;
    }
    if (type == QLatin1String("hello")) {
        connection->hello = true;
        if (connection == m_next) {
            Connection *old = m_current;
            m_current = m_next;
            m_next = nullptr;
            drop(old);
        }
        if (connection == m_current) {
            m_attempt = 0;
            emit connected(connection->afterGap);
        }
        return;
    }
    if (type == QLatin1String("disconnect")) {
        // warning / refresh_requested: the connection ends soon; too_many_websockets,
        // link_disabled: it ends now. In every case the next one is opened at once; only
        // the current connection's notice counts (a refresh may already be underway).
        if (connection == m_current && !m_next) {
            const QString reason = frame.value(QStringLiteral("reason")).toString();
            const bool seamless = reason == QLatin1String("warning") || reason == QLatin1String("refresh_requested");
            open(!seamless);
        }
    }
}

void SlackSocket::lost(Connection *connection, const QString &why)
{
    if (connection == m_next) {
        m_next = nullptr;
        drop(connection);
        if (m_running && m_current)
            open(false); // the refresh failed; the current connection still works: try again
        return;
    }
    if (connection != m_current)
        return;
    m_current = nullptr;
    drop(connection);
    if (m_next) {
        // The old one closed during a refresh: the next becomes the current at its hello.
        m_current = m_next;
        m_next = nullptr;
        return;
    }
    scheduleReconnect(why);
}

void SlackSocket::scheduleReconnect(const QString &why)
{
    if (!m_running || m_retry.isActive() || m_opening)
        return;
    const qint64 delay = m_timings.backoffMs(m_attempt++);
    m_retry.start(int(delay));
    emit reconnecting(now() + delay, why);
}

// Pings each connection and drops those that went silent or never said hello.
void SlackSocket::watch()
{
    const qint64 at = now();
    for (Connection *connection : { m_current, m_next }) {
        if (!connection)
            continue;
        if (!connection->hello && at - connection->openedAtMs > m_timings.helloTimeoutMs) {
            lost(connection, tr("no hello within %1 ms").arg(m_timings.helloTimeoutMs));
            return; // the list changed
        }
        if (connection->hello && at - connection->lastHeardMs > m_timings.deadAfterMs) {
            lost(connection, tr("no answer to pings for %1 ms").arg(at - connection->lastHeardMs));
            return;
        }
        if (connection->socket->state() == QAbstractSocket::ConnectedState)
            connection->socket->ping();
    }
    if (m_running && !m_current && !m_next && !m_retry.isActive() && !m_opening)
        scheduleReconnect(tr("not connected"));
}

void SlackSocket::drop(Connection *connection)
{
    if (!connection)
        return;
    connection->socket->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater();
    delete connection;
}

} // namespace bb
