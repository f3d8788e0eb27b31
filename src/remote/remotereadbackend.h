#pragma once

#include "remotecall.h"

#include "store/storebackend.h"

#include <memory>

namespace bb {

// EventReader over a team server (see remotestore.h): every read is one request to the
// server's read API, answered by the server's own store. One per reading thread (an
// AsyncEventReader's), blocking there.
class RemoteReadBackend : public ReadBackend
{
public:
    explicit RemoteReadBackend(const RemoteServer &server);
    ~RemoteReadBackend() override;

    bool open(QString *error) override;
    EventPage search(const SearchQuery &query, qint64 beforeId, int limit) override;
    EventList load(const QList<qint64> &ids, QString *error) override;
    QList<QPair<QString, qint64>> countsByChannel() override;
    EventPage eventsAfter(qint64 afterId, int limit) override;
    bool readMarkers(const QString &user, ReadMarkerMap *markers, QString *error) override;
    EventTally tally(const SearchQuery &query, bool sumAmounts) override;
    UserSummary userSummary(const QString &user) override;

private:
    EventPage page(const QUrlQuery &query);

    RemoteServer m_server;
    std::unique_ptr<RemoteCall> m_call; // made on the reading thread, in open()
};

} // namespace bb
