#pragma once

#include "core/event.h"
#include "core/level.h"

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrlQuery>
#include <memory>

class QJsonObject;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace bb {

class EventReader;
class EventStore;

// Which events one stream client asked for: ?channel=ops,deploys (any, when absent) and
// ?level=warn (that level and above); ?since=<id> replays what was committed after that id
// first (a console catching up after a disconnect).
struct StreamFilter
{
    QSet<QString> channels;
    Level minimum = Level::Info;
    qint64 since = -1; // -1: live events only

    // False with a sentence in *error for a bad channel name or level.
    static bool fromQuery(const QUrlQuery &query, StreamFilter *filter, QString *error);
    bool matches(const Event &event) const;
};

// The read side's live WebSocket stream (GET /api/stream on the one listener). Each client gets
// a "hello" message (with "stream": the connection's id, see sendTo), then one JSON message per
// committed event that passes its filter ({"type":"event","event":{…}} in /api/events' shape),
// and "changed"/"removed" when a stored event is edited or deleted; a person's own streams also
// get "read-markers" (sendToPerson). A client that does not read its messages is dropped rather
// than buffered without end: it reconnects with ?since= for what it missed. Lives on the
// listener's thread.
//
// Catching up without a gap or a duplicate: a ?since= client is subscribed to live events
// first and holds them back, then reads the backlog in pages in id order (only as fast as
// its socket drains), then sends what it held, skipping ids already sent. Ids are assigned
// in commit order by the one writer, so "every id above the last one sent" is exact.
class LiveStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxClients = 64;
    static constexpr qint64 kMaxUnsentBytes = 8 * 1024 * 1024;

    explicit LiveStream(EventStore *store, QObject *parent = nullptr);
    ~LiveStream() override;

    bool isFull() const;
    int clientCount() const { return int(m_clients.size()); }
    // `socket` carries an unread WebSocket handshake for /api/stream; this takes it over.
    // `person`: whose token opened it (empty: an ingest token's).
    void accept(QTcpSocket *socket, const QString &person = {});
    // One message for one client only (a command's answer for the console that ran it), by the
    // id its hello gave it: 128 random bits, known only to that client and whoever it told. False
    // when that connection is gone (the console reconnected meanwhile: the message is lost).
    bool sendTo(const QString &streamId, const QJsonObject &message);
    // Sends `message` on every stream `person` has open (their consoles at every desk) but
    // the stream `exceptStreamId` (the desk that caused it; empty: none), and on nobody else's.
    void sendToPerson(const QString &person, const QJsonObject &message, const QString &exceptStreamId = {});

private:
    struct Client
    {
        QWebSocket *socket;
        QString id; // in its hello: how a command's answer names this connection (sendTo)
        QString person;
        StreamFilter filter;
        qint64 lastSeenId = 0;   // the newest event sent or filtered out; older ones are duplicates
        bool catchingUp = false; // reading the backlog: live messages wait in `held`
        QList<QPair<QString, EventList>> held;
    };
    using ClientPtr = std::shared_ptr<Client>;
    void connected();
    void send(const QString &type, const EventList &events);
    void deliver(Client &client, const QString &type, const EventList &events);
    void catchUp(const std::weak_ptr<Client> &client);

    EventStore *m_store;
    QWebSocketServer *m_server;
    QList<ClientPtr> m_clients;
    std::unique_ptr<EventReader> m_reader; // the backlog's, opened for the first ?since=
    // Whose handshakes are under way, by the connection's peer address and port (the
    // QWebSocket that the handshake makes is a new object on the same connection).
    struct Handshake
    {
        QPointer<QTcpSocket> socket; // null once the handshake failed and the socket is gone
        QString person;
    };
    QHash<QString, Handshake> m_handshakes;
};

} // namespace bb
