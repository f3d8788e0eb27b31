#pragma once

#include "core/event.h"
#include "core/level.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace bb {

class EventStore;

// Which events one stream client asked for: ?channel=ops,deploys (any, when absent) and
// ?level=warn (that level and above).
struct StreamFilter
{
    QSet<QString> channels;
    Level minimum = Level::Info;

    // False with a sentence in *error for a bad channel name or level.
    static bool fromQuery(const QUrlQuery &query, StreamFilter *filter, QString *error);
    bool matches(const Event &event) const;
};

// The read side's live WebSocket stream (GET /api/stream on the one listener). Each client gets
// a "hello" message, then one JSON message per committed event that passes its filter
// ({"type":"event","event":{…}} in /api/events' shape), and "changed"/"removed" when a stored
// event is edited or deleted. A client that does not read its messages is dropped rather
// than buffered without end: it reconnects and pages /api/events for what it missed. Lives on
// the listener's thread.
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
    void accept(QTcpSocket *socket);

private:
    struct Client
    {
        QWebSocket *socket;
        StreamFilter filter;
    };
    void connected();
    void send(const QString &type, const EventList &events);

    QWebSocketServer *m_server;
    QList<Client> m_clients;
};

} // namespace bb
