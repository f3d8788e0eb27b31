#pragma once

#include "access.h"
#include "httprouter.h"
#include "net/httpmessage.h"
#include "store/readmarkermap.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace bb {

class EventReader;
class EventStore;
class IngestStats;
class LiveStream;

// A section of GET /stats that a service behind an extra route keeps (the native sources'
// counts): `read` runs on the listener's thread when /stats is asked for.
struct StatsSection
{
    QString key; // "sources"
    std::function<QJsonValue()> read;
};

// A route of a higher layer for the team's people (ChatOps' /api/commands), in the API's route
// table: the token and the role are checked first, as for the API's own routes, and the
// handler gets the person. Runs on the listener's thread.
using PersonHandler = std::function<void(const HttpRequest &, const HttpResponder &, const Person &)>;
struct PersonRoute
{
    QByteArray method;
    QString pattern; // HttpRouter's: "/api/commands"
    Role needed = Role::Viewer;
    PersonHandler handler;
};

// Who may use the read and team side of the API.
struct ApiAccess
{
    QHash<QString, QString> ingestTokens; // value → name; guard the read side when nobody is configured
    PersonDirectory people;               // [[users]]; when any exist, every read needs one of them
};

// The read and team side of Bellboard's HTTP API, beside IngestService (which takes events
// in): /healthz, /stats, /api/events (and one by id), /api/channels, /api/tally,
// /api/user-summary, the /api/stream WebSocket, and the team server's /api/whoami,
// /api/events/{id}/ack and /api/read-markers: everything an attached console reads. Routed by a table (HttpRouter).
// Lives on the thread of the HttpServer it serves.
//
// Access: with [[users]] configured, every read needs a person's token (Authorization: Bearer,
// or ?token= for the stream, which browsers cannot give headers), writes need an operator;
// bad tokens from one address are slowed (LoginThrottle, 429). Without users the read side is
// what it always was: open, or guarded by the ingest tokens when there are some.
class ApiService : public QObject
{
    Q_OBJECT
public:
    ApiService(EventStore *store, IngestStats *stats, QObject *parent = nullptr);
    ~ApiService() override;

    void setAccess(const ApiAccess &access);
    void setStatsSections(const QList<StatsSection> &sections) { m_statsSections = sections; }
    void setPersonRoutes(const QList<PersonRoute> &routes);
    // True when the request's path is the API's: it has been answered, or will be.
    bool handle(const HttpRequest &request, const HttpResponder &respond);
    int streamClientCount() const;
    // LiveStream::sendTo: false when no such stream is connected.
    bool sendToStream(const QString &streamId, const QJsonObject &message);

    // The person whose token the request carries (Bearer; ?token= when allowQueryToken),
    // checked against `needed`; otherwise answers 401, 403 or 429 and returns nothing.
    // Also used by ingest for a person posting through chat.postMessage.
    std::optional<Person> authorize(const HttpRequest &request, const HttpResponder &respond, Role needed,
                                    bool allowQueryToken = false);
    bool hasPeople() const { return !m_access.people.isEmpty(); }

private:
    // The read side's guard: a person when users exist, else the ingest token rule.
    bool mayRead(const HttpRequest &request, const HttpResponder &respond, bool allowQueryToken = false);
    // A person is needed (whoami, ack, read markers): refused when no users are configured.
    std::optional<Person> person(const HttpRequest &request, const HttpResponder &respond, Role needed);
    bool ensureReader(const HttpResponder &respond);

    void serveStats(const HttpRequest &request, const HttpResponder &respond);
    void serveEvents(const HttpRequest &request, const HttpResponder &respond);
    void serveEvent(const HttpRequest &request, const HttpResponder &respond, const QString &idText);
    void serveChannels(const HttpRequest &request, const HttpResponder &respond);
    void serveTally(const HttpRequest &request, const HttpResponder &respond);
    void serveUserSummary(const HttpRequest &request, const HttpResponder &respond);
    void serveStream(const HttpRequest &request, const HttpResponder &respond);
    void serveWhoami(const HttpRequest &request, const HttpResponder &respond);
    void serveAck(const HttpRequest &request, const HttpResponder &respond, const QString &idText);
    void serveReadMarkers(const HttpRequest &request, const HttpResponder &respond);
    void saveReadMarkers(const HttpRequest &request, const HttpResponder &respond);
    void tellDesks(const QString &person, const ReadMarkerMap &moved, const QString &exceptStream);

    EventStore *m_store;
    IngestStats *m_stats;
    ApiAccess m_access;
    QList<StatsSection> m_statsSections;
    HttpRouter m_router;
    HttpRouter m_personRoutes; // the higher layers' (setPersonRoutes), after the API's own
    LoginThrottle m_throttle;
    std::unique_ptr<EventReader> m_reader; // opened on first read, on this thread
    LiveStream *m_stream = nullptr;        // made for the first stream client
};

} // namespace bb
