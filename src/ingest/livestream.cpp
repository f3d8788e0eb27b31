#include "livestream.h"

#include "core/channelname.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace bb {

namespace {

// Backlog events read per page: a page is one SQL read and one burst of messages.
constexpr int kCatchUpPage = 500;
// The backlog is read on only while less than this waits to be sent to the client, so a
// client 100,000 events behind costs a bounded buffer, never the whole backlog at once.
constexpr qint64 kCatchUpUnsentBytes = 1024 * 1024;
constexpr int kCatchUpWaitMs = 5;

template<typename Socket>
QString peerKey(const Socket *socket)
{
    return socket->peerAddress().toString() + QLatin1Char('|') + QString::number(socket->peerPort());
}

} // namespace

bool StreamFilter::fromQuery(const QUrlQuery &query, StreamFilter *filter, QString *error)
{
    StreamFilter result;
    const QString channels = query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    for (const QString &word : channels.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString channel = normalizeChannelName(word.trimmed());
        if (channel.isEmpty()) {
            *error = QStringLiteral("'%1' is not a channel name").arg(word.trimmed());
            return false;
        }
        result.channels.insert(channel);
    }
    const QString level = query.queryItemValue(QStringLiteral("level"), QUrl::FullyDecoded);
    if (!level.isEmpty()) {
        const std::optional<Level> parsed = parseLevel(level);
        if (!parsed) {
            *error = QStringLiteral("unknown level '%1' (info, warn, crit)").arg(level);
            return false;
        }
        result.minimum = *parsed;
    }
    const QString since = query.queryItemValue(QStringLiteral("since"));
    if (!since.isEmpty()) {
        bool ok = false;
        result.since = since.toLongLong(&ok);
        if (!ok || result.since < 0) {
            *error = QStringLiteral("'since' must be an event id, not '%1'").arg(since);
            return false;
        }
    }
    *filter = result;
    return true;
}

bool StreamFilter::matches(const Event &event) const
{
    return int(event.level) >= int(minimum) && (channels.isEmpty() || channels.contains(event.channel));
}

LiveStream::LiveStream(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(new QWebSocketServer(QStringLiteral("Bellboard"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &LiveStream::connected);
    connect(store, &EventStore::eventsCommitted, this, [this](const EventList &events) { send(QStringLiteral("event"), events); });
    connect(store, &EventStore::eventsChanged, this, [this](const EventList &events) { send(QStringLiteral("changed"), events); });
    connect(store, &EventStore::eventsRemoved, this, [this](const EventList &events) { send(QStringLiteral("removed"), events); });
}

LiveStream::~LiveStream()
{
    // abort() announces `disconnected` at once, whose handler takes the client out of
    // m_clients: iterating m_clients itself crashed a server stopped with two consoles attached.
    const QList<ClientPtr> clients = std::exchange(m_clients, {});
    for (const ClientPtr &client : clients)
        client->socket->abort();
}

bool LiveStream::isFull() const
{
    return m_clients.size() >= kMaxClients;
}

void LiveStream::accept(QTcpSocket *socket, const QString &person)
{
    // The server owns the socket from here; a handshake that never completes is dropped by
    // QWebSocketServer's own handshake timeout.
    socket->setParent(m_server);
    // Every connection replaces what an earlier one from the same peer left (a handshake that
    // failed): a stream is never taken for someone else's.
    m_handshakes.removeIf([](const QHash<QString, Handshake>::iterator it) { return it->socket.isNull(); });
    m_handshakes.insert(peerKey(socket), Handshake{ socket, person });
    m_server->handleConnection(socket);
}

void LiveStream::sendToPerson(const QString &person, const QJsonObject &message, const QString &exceptStreamId)
{
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (const ClientPtr &client : std::as_const(m_clients)) {
        if (client->person == person && client->id != exceptStreamId
            && client->socket->state() == QAbstractSocket::ConnectedState)
            client->socket->sendTextMessage(text);
    }
}

void LiveStream::connected()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        if (isFull()) { // handshakes that raced past the check before the upgrade
            // 1013 "Try Again Later" (RFC 6455's registry; Qt 6.4 has no name for it).
            socket->close(QWebSocketProtocol::CloseCode(1013), QStringLiteral("too many stream clients"));
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            m_handshakes.remove(peerKey(socket));
            continue;
        }
        auto client = std::make_shared<Client>();
        client->socket = socket;
        client->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        client->person = m_handshakes.take(peerKey(socket)).person;
        QString error;
        // The query was checked before the upgrade was accepted; it cannot fail here.
        StreamFilter::fromQuery(QUrlQuery(socket->requestUrl()), &client->filter, &error);
        m_clients.append(client);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeIf([socket](const ClientPtr &client) { return client->socket == socket; });
            socket->deleteLater();
        });
        QJsonArray channels;
        for (const QString &channel : std::as_const(client->filter.channels))
            channels.append(channel);
        QJsonObject hello{ { QStringLiteral("type"), QStringLiteral("hello") },
                           { QStringLiteral("stream"), client->id },
                           { QStringLiteral("channels"), channels },
                           { QStringLiteral("level"), levelName(client->filter.minimum) } };
        if (client->filter.since >= 0)
            hello.insert(QStringLiteral("since"), client->filter.since);
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        if (client->filter.since >= 0) {
            // Subscribed (it is in m_clients) before the first backlog read: nothing falls between.
            client->catchingUp = true;
            client->lastSeenId = client->filter.since;
            catchUp(client);
        }
    }
}

bool LiveStream::sendTo(const QString &streamId, const QJsonObject &message)
{
    for (const ClientPtr &client : std::as_const(m_clients)) {
        if (client->id != streamId)
            continue;
        if (client->socket->state() != QAbstractSocket::ConnectedState)
            return false;
        client->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        return true;
    }
    return false;
}

void LiveStream::catchUp(const std::weak_ptr<Client> &weak)
{
    const ClientPtr client = weak.lock();
    if (!client || client->socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (client->socket->bytesToWrite() > kCatchUpUnsentBytes) {
        QTimer::singleShot(kCatchUpWaitMs, this, [this, weak] { catchUp(weak); });
        return;
    }
    if (!m_reader)
        m_reader = std::make_unique<EventReader>(m_store->databasePath());
    const EventPage page = m_reader->eventsAfter(client->lastSeenId, kCatchUpPage);
    if (!page.error.isEmpty()) {
        qWarning("bellboard: a stream client's catch-up failed: %s", qPrintable(page.error));
        client->socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("catch-up failed"));
        return;
    }
    deliver(*client, QStringLiteral("event"), page.events);
    if (page.hasMore) {
        QTimer::singleShot(0, this, [this, weak] { catchUp(weak); });
        return;
    }
    // At the live edge: what arrived meanwhile follows, duplicates of the backlog skipped.
    client->catchingUp = false;
    const QList<QPair<QString, EventList>> held = std::exchange(client->held, {});
    for (const auto &[type, events] : held)
        deliver(*client, type, events);
}

void LiveStream::send(const QString &type, const EventList &events)
{
    if (m_clients.isEmpty())
        return;
    // A copy: dropping a slow client below removes it from m_clients (its socket is deleted
    // later, so the pointers here stay valid, and its state says it is gone).
    const QList<ClientPtr> clients = m_clients;
    QHash<qint64, QString> messages; // built once per event, for the first client that wants it
    for (const ClientPtr &client : clients) {
        if (client->catchingUp) {
            client->held.append({ type, events });
            continue;
        }
        if (client->socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (client->socket->bytesToWrite() > kMaxUnsentBytes) {
            // A client this far behind would not read a close frame either: drop it now,
            // and its backlog with it.
            client->socket->abort();
            continue;
        }
        const bool isNew = type == QLatin1String("event");
        for (const Event &event : events) {
            if (isNew) {
                if (event.id <= client->lastSeenId)
                    continue; // sent by the catch-up already
                client->lastSeenId = event.id;
            }
            if (!client->filter.matches(event))
                continue;
            QString &message = messages[event.id];
            if (message.isNull())
                message = QString::fromUtf8(QJsonDocument(QJsonObject{ { QStringLiteral("type"), type },
                                                                       { QStringLiteral("event"), event.toJson() } })
                                                    .toJson(QJsonDocument::Compact));
            client->socket->sendTextMessage(message);
        }
    }
}

// One client's share of a batch (the backlog's pages, and what it held meanwhile).
void LiveStream::deliver(Client &client, const QString &type, const EventList &events)
{
    const bool isNew = type == QLatin1String("event");
    for (const Event &event : events) {
        if (isNew) {
            if (event.id <= client.lastSeenId)
                continue;
            client.lastSeenId = event.id;
        }
        if (client.filter.matches(event))
            client.socket->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(QJsonObject{ { QStringLiteral("type"), type }, { QStringLiteral("event"), event.toJson() } })
                            .toJson(QJsonDocument::Compact)));
    }
}

} // namespace bb
