#pragma once

#include "remotecall.h"
#include "remotefeed.h"
#include "remotestream.h"

#include "store/storebackend.h"

#include <QCoreApplication>

#include <memory>

namespace bb {

// EventStore's writer over a team server (see remotestore.h): what the console writes goes to
// the server as the person whose token it holds, and what everybody else writes comes back
// through the server's stream (RemoteFeed). Blocking HTTP on the store's writer thread.
//
// - insert posts each event through chat.postMessage (the server names the person as its
//   sender) and takes the stored event, id included, from the answer. The stream brings every
//   event back, this console's own included, in id order: the writer leaves announcing them to
//   it (hearsOwnCommits), so each is announced once.
// - acknowledge, markRead and readMarkers are the server's endpoints; whoever asked, the
//   server records the token's person.
// - The server keeps retention and runs the Slack mirror: a console edits no stored event.
class RemoteStoreBackend : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(bb::RemoteStoreBackend)
public:
    // `notices` (may be null) hears the stream's id and its messages for this console alone.
    RemoteStoreBackend(const RemoteServer &server, const RemoteStreamTimings &timings, StreamNotices *notices = nullptr);
    ~RemoteStoreBackend() override;

    bool open(const QString &location, EventStore::Durability durability, const QStringList &configuredChannels,
              QStringList *channels, QString *error) override;
    // Each call below is one request the server commits by itself: nothing to group.
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error) override { return work(error); }
    bool insert(EventList *events, QString *error) override;
    bool applyExternal(const ExternalBatch &batch, ExternalResult *result, QString *error) override;
    bool findEvent(qint64 id, Event *event, QString *error) override;
    bool updateEvent(const Event &event, EventList *changed, QString *error) override;
    bool removeEvent(const Event &gone, EventList *removed, QString *error) override;
    int deleteRetentionChunk(const RetentionPolicy &, qint64, QString *) override { return 0; }
    bool acknowledge(qint64 eventId, const Acknowledgement &by, Acknowledgement *winner, QString *error) override;
    bool markRead(const QString &user, const QString &channel, qint64 lastReadId, qint64 atMs, qint64 *current,
                  QString *error) override;
    bool readCursor(const QString &name, QString *value, QString *error) override;
    bool readMarkers(const QString &user, QList<QPair<QString, qint64>> *markers, QString *error) override;
    void followOtherWriters(OtherWriters handlers) override;
    bool isUnavailable() const override { return m_unavailable; }
    bool hearsOwnCommits() const override { return true; }
    bool isAtomic() const override { return false; }

private:
    // False with the reply's sentence in *error unless it is a success; notes an unreachable server.
    bool succeeded(const RemoteReply &reply, QString *error);

    RemoteServer m_server;
    RemoteStreamTimings m_timings;
    StreamNotices *m_notices;
    std::unique_ptr<RemoteCall> m_call; // made on the writer thread, in open()
    std::unique_ptr<RemoteFeed> m_feed;
    qint64 m_newestAtOpen = 0;
    bool m_unavailable = false;
};

} // namespace bb
