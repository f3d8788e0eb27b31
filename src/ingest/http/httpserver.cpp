#include "httpserver.h"

#include "httpconnection.h"
#include "httpresponseencoder.h"
#include "ratelimiter.h"

#include <QSet>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace bb {

namespace {

// Rate buckets of clients that went quiet are dropped this often, so the table stays small.
constexpr qint64 kForgetRestedClientsMs = 10'000;
// After accept() failed for want of file descriptors, QTcpServer stops accepting for good;
// try again this much later, when connections have ended and freed theirs.
constexpr int kResumeAcceptingMs = 100;
// Idle connections looked at per accept when making room. One that turns out busy (its next
// request already waiting unread) goes to the back, so the next accept looks at others.
constexpr int kMakeRoomTries = 8;

QHostAddress clientAddress(const QTcpSocket *socket)
{
    // A dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d; count them as a.b.c.d.
    const QHostAddress peer = socket->peerAddress();
    bool isIPv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4) : peer;
}

// Timeouts are checked by one sweep over all connections rather than a timer per connection
// (restarting a timer for every request costs more than the request). The sweep runs often
// enough that a timeout fires within a quarter of its length.
int sweepIntervalMs(const HttpLimits &limits)
{
    const int shortest = std::min({ limits.headerTimeoutMs, limits.bodyTimeoutMs, limits.idleTimeoutMs });
    return std::clamp(shortest / 4, 5, 500);
}

} // namespace

class HttpServer::Private final : public HttpConnectionHost
{
public:
    Private(HttpServer *server, const HttpLimits &limits)
        : q(server)
        , limits(limits)
        , tcpServer(nullptr)
        , sweepTimer(new QTimer(server))
        , resumeTimer(new QTimer(server))
        , rateLimiter(limits.ratePerClient, limits.rateBurst)
    {
        sweepTimer->setInterval(sweepIntervalMs(limits));
        resumeTimer->setInterval(kResumeAcceptingMs);
        resumeTimer->setSingleShot(true);
    }

    std::shared_ptr<const HttpHandler> handler() const override { return requestHandler; }

    bool admitRequest(const QHostAddress &peer, int *retryAfterSeconds) override
    {
        if (!rateLimiter.isEnabled() || (peer.isLoopback() && !limits.rateLimitLoopback))
            return true;
        return rateLimiter.admit(peer, monotonicMs(), retryAfterSeconds);
    }

    void idleChanged(HttpConnection *connection, bool idle) override
    {
        if (idle)
            listIdle(connection);
        else
            unlistIdle(connection);
    }

    using IdleList = IntrusiveList<HttpConnection, &HttpConnection::idleLink>;
    using PeerIdleList = IntrusiveList<HttpConnection, &HttpConnection::peerIdleLink>;
    struct Client
    {
        int connections = 0;
        PeerIdleList idle; // longest idle first
    };

    void listIdle(HttpConnection *connection);
    void unlistIdle(HttpConnection *connection);
    bool makeRoomFor(const QHostAddress &peer);
    template<typename List>
    bool closeLongestIdle(List &idle);
    void acceptPending();
    void acceptFailed();
    void refuseConnection(QTcpSocket *socket);
    void forget(HttpConnection *connection);
    void sweep();

    HttpServer *const q;
    const HttpLimits limits;
    QTcpServer *tcpServer; // a QSslServer with TLS
    void attachListener(QTcpServer *listener);
    QTimer *const sweepTimer;
    QTimer *const resumeTimer;
    RateLimiter rateLimiter;
    std::shared_ptr<const HttpHandler> requestHandler;
    QSet<HttpConnection *> connections;
    QHash<QHostAddress, Client> clients;
    IdleList idleConnections; // of every client, longest idle first
    qint64 lastForgetMs = 0;
    bool acceptStalled = false;
};

void HttpServer::Private::listIdle(HttpConnection *connection)
{
    const auto client = clients.find(connection->peer());
    if (client == clients.end() || connection->idleLink.linked)
        return; // not counted (any more): the server is done with it
    idleConnections.append(connection);
    client->idle.append(connection);
}

void HttpServer::Private::unlistIdle(HttpConnection *connection)
{
    if (!connection->idleLink.linked)
        return;
    idleConnections.remove(connection);
    const auto client = clients.find(connection->peer());
    if (client != clients.end())
        client->idle.remove(connection);
}

// At a cap, the connection idle longest gives up its place (of the same client when that
// client's cap is the one reached): on loopback every local program is one client, and one of
// them leaking idle keep-alive connections must not lock the others out. Refused only when
// every connection at the cap is busy.
bool HttpServer::Private::makeRoomFor(const QHostAddress &peer)
{
    const auto client = clients.find(peer);
    const int fromClient = client == clients.end() ? 0 : client->connections;
    if (fromClient >= limits.maxConnectionsPerClient)
        return client != clients.end() && closeLongestIdle(client->idle);
    if (connections.size() >= limits.maxConnections)
        return closeLongestIdle(idleConnections);
    return true;
}

// Closing a connection ends it at once (it leaves every list and count through forget()), so
// `idle` is not touched again after a success: forget() may have removed the client holding it.
template<typename List>
bool HttpServer::Private::closeLongestIdle(List &idle)
{
    for (int tries = 0; tries < kMakeRoomTries && !idle.isEmpty(); ++tries) {
        HttpConnection *candidate = idle.first();
        if (candidate->closeIfIdle())
            return true;
        unlistIdle(candidate);
        listIdle(candidate);
    }
    return false;
}

void HttpServer::Private::acceptPending()
{
    while (QTcpSocket *socket = tcpServer->nextPendingConnection()) {
        acceptStalled = false;
        const QHostAddress peer = clientAddress(socket);
        if (!makeRoomFor(peer)) {
            refuseConnection(socket);
            continue;
        }
        ++clients[peer].connections;
        auto *connection = new HttpConnection(socket, peer, limits, this, q);
        connections.insert(connection);
        connect(connection, &HttpConnection::rejected, q, &HttpServer::requestRejected);
        connect(connection, &HttpConnection::finished, q, [this, connection] { forget(connection); });
    }
}

// Out of file descriptors (EMFILE, ENFILE) or another accept() failure: QTcpServer has paused
// accepting and would never resume by itself, so the listener would be dead from here on.
void HttpServer::Private::acceptFailed()
{
    if (resumeTimer->isActive())
        return;
    if (!acceptStalled) // once per episode, not every retry
        qWarning("HTTP listener: accepting a connection failed (%s, %d open); retrying in %d ms",
                 qPrintable(tcpServer->errorString()), int(connections.size()), kResumeAcceptingMs);
    acceptStalled = true;
    resumeTimer->start();
}

// A refused connection gets a short 503 rather than a bare reset, so that a person trying curl
// learns why; it costs no parsing and no state.
void HttpServer::Private::refuseConnection(QTcpSocket *socket)
{
    HttpResponse response = HttpResponse::text(503, "too_many_connections");
    response.extraHeaders.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    socket->write(encodeHttpResponse(response, ResponseFraming{ false, false }));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    emit q->requestRejected(503, QStringLiteral("too_many_connections"));
}

void HttpServer::Private::forget(HttpConnection *connection)
{
    if (!connections.remove(connection))
        return;
    unlistIdle(connection);
    auto client = clients.find(connection->peer());
    if (client != clients.end() && --client->connections <= 0)
        clients.erase(client);
    if (connections.isEmpty() && !tcpServer->isListening())
        sweepTimer->stop();
}

void HttpServer::Private::sweep()
{
    const qint64 now = monotonicMs();
    // checkTimeouts() may end a connection, which removes it from the set: iterate over a copy.
    const QSet<HttpConnection *> current = connections;
    for (HttpConnection *connection : current)
        connection->checkTimeouts(now);
    if (now - lastForgetMs > kForgetRestedClientsMs) {
        rateLimiter.forgetRested(now);
        lastForgetMs = now;
    }
}

void HttpServer::Private::attachListener(QTcpServer *listener)
{
    delete tcpServer;
    tcpServer = listener;
    tcpServer->setListenBacklogSize(std::max(50, std::min(limits.maxConnections, 1024)));
    // Connections are taken as they come (acceptPending), so pending ones are only those a TLS
    // handshake has just finished; the cap on them must not be what limits connections.
    tcpServer->setMaxPendingConnections(std::max(30, limits.maxConnections));
    // Qt 6.4: pendingConnectionAvailable, not newConnection, says a connection can be taken:
    // a QSslServer adds its socket only once the handshake is done, long after the accept.
    QObject::connect(tcpServer, &QTcpServer::pendingConnectionAvailable, q, [this] { acceptPending(); });
    QObject::connect(tcpServer, &QTcpServer::acceptError, q, [this] { acceptFailed(); });
}

HttpServer::HttpServer(const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, limits))
{
    d->attachListener(new QTcpServer(this));
    connect(d->sweepTimer, &QTimer::timeout, this, [this] { d->sweep(); });
    connect(d->resumeTimer, &QTimer::timeout, this, [this] {
        if (d->tcpServer->isListening())
            d->tcpServer->resumeAccepting();
    });
}

HttpServer::~HttpServer()
{
    // Connections refer to d; end them while it still exists.
    const QSet<HttpConnection *> current = std::exchange(d->connections, {});
    for (HttpConnection *connection : current) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

void HttpServer::useTls(const QSslConfiguration &configuration)
{
    auto *listener = new QSslServer(this);
    listener->setSslConfiguration(configuration);
    // A handshake that stalls holds a descriptor like a request's headers would.
    listener->setHandshakeTimeout(d->limits.headerTimeoutMs);
    connect(listener, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError)
            emit requestRejected(0, QStringLiteral("tls_handshake_failed"));
    });
    d->attachListener(listener);
}

void HttpServer::setHandler(HttpHandler handler)
{
    d->requestHandler = std::make_shared<const HttpHandler>(std::move(handler));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    Q_ASSERT(thread() == QThread::currentThread()); // its sockets belong to this thread
    if (!d->tcpServer->listen(address, port)) {
        if (error)
            *error = d->tcpServer->errorString();
        return false;
    }
    d->sweepTimer->start();
    return true;
}

void HttpServer::close()
{
    Q_ASSERT(thread() == QThread::currentThread()); // its sockets belong to this thread
    d->tcpServer->close();
    const QSet<HttpConnection *> current = d->connections;
    for (HttpConnection *connection : current)
        connection->closeWhenDone();
    if (d->connections.isEmpty())
        d->sweepTimer->stop();
}

quint16 HttpServer::serverPort() const
{
    return d->tcpServer->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return d->tcpServer->serverAddress();
}

int HttpServer::connectionCount() const
{
    return int(d->connections.size());
}

} // namespace bb
