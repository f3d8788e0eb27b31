#pragma once

#include "remotestream.h"

#include "store/storebackend.h"

#include <QMutex>
#include <QThread>

namespace bb {

class StreamNotices;

// What the other consoles and senders of a team server did, for a console's store
// (StoreBackend::OtherWriters): a RemoteStream on a thread of its own ("remote-stream"), its
// events handed on in batches (one per read from the socket), its connection state as
// StoreStatus: disconnected with the reason and the next retry; catching up, then the count of
// what arrived while away; given up when the token or the certificate is refused.
class RemoteFeed
{
public:
    // Starts at once, after `lastSeenId` (the newest event the console's store had at open).
    // `notices` (may be null; must outlive this) hears the stream's id and the messages for
    // this console alone.
    RemoteFeed(const RemoteServer &server, const RemoteStreamTimings &timings, StoreBackend::OtherWriters handlers,
               qint64 lastSeenId, StreamNotices *notices = nullptr);
    ~RemoteFeed(); // stops the stream on its thread; no handler is called after it returns
    RemoteFeed(const RemoteFeed &) = delete;
    RemoteFeed &operator=(const RemoteFeed &) = delete;

    // The server's id for the current connection (its hello's "stream"; empty: none yet): any
    // thread. A write names it so that the server tells this desk nothing of its own change.
    QString streamId() const;

private:
    class Relay;
    mutable QMutex m_streamIdMutex;
    QString m_streamId;
    QThread m_thread;
    Relay *m_relay = nullptr; // lives on m_thread
};

} // namespace bb
