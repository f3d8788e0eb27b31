#pragma once

#include "access.h"
#include "apiservice.h"
#include "ingest/decoders/payloaddecoders.h"
#include "ingeststats.h"
#include "net/httpmessage.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <memory>

namespace bb {

class ApiService;
class EventStore;
class HttpServer;

// A path prefix served by a higher layer (ChatOps' response_url), so ingest need not know
// it. The handler runs on the listener's thread, before any ingest token check: the route
// authenticates its own requests (a response_url's secret token is its path).
struct HttpRoute
{
    QString pathPrefix; // "/chatops/response/"
    HttpHandler handler;
};

struct IngestSettings
{
    QString defaultChannel = QStringLiteral("general");
    bool autoCreateChannels = true;
    QList<NotifyRoute> routes;
    QHash<QString, QString> tokens; // token value → token name; empty: no token required
    QString publicUrl;              // what auth.test answers as "url"
    QList<HttpRoute> extraRoutes;   // checked first, in order
    PersonDirectory people;         // [[users]]: a team server's people, by their own tokens
    QList<StatsSection> extraStats;
    QList<PersonRoute> personRoutes; // a higher layer's routes for the team's people (/api/commands)
};

// Bellboard's HTTP API: routes each request to its decoder, checks tokens and channels,
// appends to the store and answers only after the commit. The read and team side (/healthz,
// /stats, /api/events, the /api/stream WebSocket, whoami, acknowledgements, read markers) is
// its ApiService's. Lives on the thread of the HttpServer it serves.
class IngestService : public QObject
{
    Q_OBJECT
public:
    IngestService(EventStore *store, const IngestSettings &settings, QObject *parent = nullptr);
    ~IngestService() override;

    void setSettings(const IngestSettings &settings);
    // Installs this service as the server's request handler and counts its rejections.
    void serve(HttpServer *server);
    void handle(const HttpRequest &request, const HttpResponder &respond);

    const IngestStats &stats() const { return m_stats; }
    // One message for one /api/stream client (LiveStream::sendTo).
    bool sendToStream(const QString &streamId, const QJsonObject &message) { return m_api->sendToStream(streamId, message); }

private:
    enum class Answer {
        Webhook,
        WebApi,
        Slackboard,
        Plain
    };

    void ingest(const HttpRequest &request, const HttpResponder &respond, Answer style,
                const DecodeResult &decoded);
    void respondError(const HttpResponder &respond, Answer style, int status,
                      const QByteArray &error, const QString &detail);
    void postAsPerson(const HttpRequest &request, const HttpResponder &respond, const Person &person);
    DecodeContext contextFor(const HttpRequest &request, const QString &source,
                             const QString &urlChannel) const;

    EventStore *m_store;
    IngestSettings m_settings;
    IngestStats m_stats;
    ApiService *m_api; // a child
};

} // namespace bb
