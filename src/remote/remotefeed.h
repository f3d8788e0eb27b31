#pragma once

#include "remotestream.h"

#include "store/storebackend.h"

#include <QThread>

#include <atomic>

namespace bb {

// What the other consoles and senders of a team server did, for a console's store
// (StoreBackend::OtherWriters): a RemoteStream on a thread of its own ("remote-stream"), its
// events handed on in batches (one per read from the socket), its connection state as
// StoreStatus: disconnected with the reason and the next retry; catching up, then the count of
// what arrived while away; given up when the token or the certificate is refused.
class RemoteFeed
{
public:
    // Starts at once, after `lastSeenId` (the newest event the console's store had at open).
    RemoteFeed(const RemoteServer &server, const RemoteStreamTimings &timings, StoreBackend::OtherWriters handlers,
               qint64 lastSeenId);
    ~RemoteFeed(); // stops the stream on its thread; no handler is called after it returns
    RemoteFeed(const RemoteFeed &) = delete;
    RemoteFeed &operator=(const RemoteFeed &) = delete;

    // The server's number for the current connection (0: none yet): any thread.
    quint64 streamNumber() const { return m_streamNumber; }

private:
    class Relay;
    std::atomic<quint64> m_streamNumber{ 0 };
    QThread m_thread;
    Relay *m_relay = nullptr; // lives on m_thread
};

} // namespace bb
