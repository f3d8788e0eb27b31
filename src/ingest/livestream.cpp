#include "livestream.h"

#include "core/channelname.h"
#include "store/eventstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace bb {

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
    *filter = result;
    return true;
}

bool StreamFilter::matches(const Event &event) const
{
    return int(event.level) >= int(minimum) && (channels.isEmpty() || channels.contains(event.channel));
}

LiveStream::LiveStream(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("Bellboard"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &LiveStream::connected);
    connect(store, &EventStore::eventsCommitted, this, [this](const EventList &events) { send(QStringLiteral("event"), events); });
    connect(store, &EventStore::eventsChanged, this, [this](const EventList &events) { send(QStringLiteral("changed"), events); });
    connect(store, &EventStore::eventsRemoved, this, [this](const EventList &events) { send(QStringLiteral("removed"), events); });
}

LiveStream::~LiveStream()
{
    for (const Client &client : std::as_const(m_clients))
        client.socket->abort();
}

bool LiveStream::isFull() const
{
    return m_clients.size() >= kMaxClients;
}

void LiveStream::accept(QTcpSocket *socket)
{
    // The server owns the socket from here; a handshake that never completes is dropped by
    // QWebSocketServer's own handshake timeout.
    socket->setParent(m_server);
    m_server->handleConnection(socket);
}

void LiveStream::connected()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        if (isFull()) { // handshakes that raced past the check before the upgrade
            // 1013 "Try Again Later" (RFC 6455's registry; Qt 6.4 has no name for it).
            socket->close(QWebSocketProtocol::CloseCode(1013), QStringLiteral("too many stream clients"));
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        StreamFilter filter;
        QString error;
        // The query was checked before the upgrade was accepted; it cannot fail here.
        StreamFilter::fromQuery(QUrlQuery(socket->requestUrl()), &filter, &error);
        m_clients.append({ socket, filter });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeIf([socket](const Client &client) { return client.socket == socket; });
            socket->deleteLater();
        });
        QJsonArray channels;
        for (const QString &channel : std::as_const(filter.channels))
            channels.append(channel);
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                                                                        { QStringLiteral("type"), QStringLiteral("hello") },
                                                                        { QStringLiteral("channels"), channels },
                                                                        { QStringLiteral("level"), levelName(filter.minimum) },
                                                                })
                                                          .toJson(QJsonDocument::Compact)));
    }
}

void LiveStream::send(const QString &type, const EventList &events)
{
    if (m_clients.isEmpty())
        return;
    // A copy: dropping a slow client below removes it from m_clients (its socket is deleted
    // later, so the pointers here stay valid, and its state says it is gone).
    const QList<Client> clients = m_clients;
    for (const Event &event : events) {
        QString message; // built once, for the first client that wants it
        for (const Client &client : clients) {
            if (!client.filter.matches(event) || client.socket->state() != QAbstractSocket::ConnectedState)
                continue;
            if (client.socket->bytesToWrite() > kMaxUnsentBytes) {
                // A client this far behind would not read a close frame either: drop it now,
                // and its backlog with it.
                client.socket->abort();
                continue;
            }
            if (message.isNull())
                message = QString::fromUtf8(QJsonDocument(QJsonObject{ { QStringLiteral("type"), type },
                                                                       { QStringLiteral("event"), event.toJson() } })
                                                    .toJson(QJsonDocument::Compact));
            client.socket->sendTextMessage(message);
        }
    }
}

} // namespace bb
