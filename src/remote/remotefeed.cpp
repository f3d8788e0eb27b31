#include "remotefeed.h"

#include "streamnotices.h"

#include <QDateTime>

namespace bb {

// On the feed's thread: owns the stream and turns its signals into the store's handlers.
class RemoteFeed::Relay : public QObject
{
public:
    Relay(const RemoteServer &server, const RemoteStreamTimings &timings, StoreBackend::OtherWriters handlers,
          RemoteFeed *feed, StreamNotices *notices)
        : m_feed(feed)
        , m_server(server)
        , m_timings(timings)
        , m_handlers(std::move(handlers))
        , m_notices(notices)
    {
    }

    void start(qint64 lastSeenId);

private:
    void received(const Event &event, RemoteStream::Delivery delivery);
    void flush();
    void say(const StoreStatus &status);

    RemoteFeed *m_feed; // for the stream's id, under its mutex
    RemoteServer m_server;
    RemoteStreamTimings m_timings;
    StoreBackend::OtherWriters m_handlers;
    StreamNotices *m_notices;
    RemoteStream *m_stream = nullptr;
    EventList m_pending;
    bool m_flushQueued = false;
    bool m_catchingUp = false;
};

void RemoteFeed::Relay::start(qint64 lastSeenId)
{
    m_stream = new RemoteStream(m_server, m_timings, this);
    connect(m_stream, &RemoteStream::eventReceived, this, &Relay::received);
    connect(m_stream, &RemoteStream::eventChanged, this, [this](const Event &event) {
        flush();
        m_handlers.changed({ event });
    });
    connect(m_stream, &RemoteStream::eventRemoved, this, [this](const Event &event) {
        flush();
        m_handlers.removed({ event });
    });
    connect(m_stream, &RemoteStream::streamOpened, this, [this](const QString &id) {
        const QMutexLocker lock(&m_feed->m_streamIdMutex);
        m_feed->m_streamId = id;
    });
    connect(m_stream, &RemoteStream::readMarkersMoved, this, [this](const ReadMarkerMap &markers) {
        flush(); // the events a marker points at come first
        m_handlers.readMarkersMoved(markers);
    });
    connect(m_stream, &RemoteStream::connected, this, [this] {
        StoreStatus status;
        status.catchingUp = m_catchingUp = m_stream->isCatchingUp();
        say(status);
    });
    connect(m_stream, &RemoteStream::caughtUp, this, [this] {
        m_catchingUp = false;
        say(StoreStatus());
    });
    connect(m_stream, &RemoteStream::disconnected, this, [this](const QString &reason, qint64 retryInMs) {
        StoreStatus status;
        status.available = false;
        status.reason = reason;
        status.nextRetryMs = QDateTime::currentMSecsSinceEpoch() + retryInMs;
        say(status);
    });
    const auto giveUp = [this](const QString &reason) {
        StoreStatus status;
        status.available = false;
        status.reason = reason;
        status.gaveUp = true;
        say(status);
    };
    connect(m_stream, &RemoteStream::authenticationFailed, this, giveUp); // the sentence says how to log in
    connect(m_stream, &RemoteStream::certificateRefused, this, giveUp);
    if (m_notices) {
        StreamNotices *notices = m_notices;
        connect(m_stream, &RemoteStream::streamOpened, this, [notices](const QString &id) { notices->setStreamId(id); });
        connect(m_stream, &RemoteStream::noticeReceived, this, [notices](const QJsonObject &message) { notices->receive(message); });
    }
    m_stream->start(lastSeenId);
}

void RemoteFeed::Relay::received(const Event &event, RemoteStream::Delivery delivery)
{
    // A catch-up with nothing left to count ends without caughtUp: the first live event ends it.
    if (m_catchingUp && delivery == RemoteStream::Delivery::Live) {
        m_catchingUp = false;
        say(StoreStatus());
    }
    m_pending << event;
    if (m_flushQueued)
        return;
    // Every message of one read from the socket goes as one batch.
    m_flushQueued = true;
    QMetaObject::invokeMethod(
            this, [this] { flush(); }, Qt::QueuedConnection);
}

void RemoteFeed::Relay::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    m_handlers.committed(std::exchange(m_pending, {}));
}

// Everything received before the change of state is announced before it.
void RemoteFeed::Relay::say(const StoreStatus &status)
{
    flush();
    m_handlers.status(status);
}

QString RemoteFeed::streamId() const
{
    const QMutexLocker lock(&m_streamIdMutex);
    return m_streamId;
}

RemoteFeed::RemoteFeed(const RemoteServer &server, const RemoteStreamTimings &timings,
                       StoreBackend::OtherWriters handlers, qint64 lastSeenId, StreamNotices *notices)
{
    m_thread.setObjectName(QStringLiteral("remote-stream"));
    m_relay = new Relay(server, timings, std::move(handlers), this, notices);
    m_relay->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
            m_relay, [relay = m_relay, lastSeenId] { relay->start(lastSeenId); }, Qt::QueuedConnection);
}

RemoteFeed::~RemoteFeed()
{
    // Deleted on its thread, with that thread's event loop still running (its socket and timers).
    QMetaObject::invokeMethod(
            m_relay, [relay = m_relay] { delete relay; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace bb
