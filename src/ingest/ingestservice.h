#pragma once

#include "ingest/decoders/payloaddecoders.h"
#include "net/httpmessage.h"
#include "ingeststats.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <memory>

namespace bb {

class EventReader;
class EventStore;
class HttpServer;
class LiveStream;

// A path prefix served by a higher layer (ChatOps' response_url), so ingest need not know
// it. The handler runs on the listener's thread, before any ingest token check: the route
// authenticates its own requests (a response_url's secret token is its path).
struct HttpRoute
{
    QString pathPrefix; // "/chatops/response/"
    HttpHandler handler;
};

// A section of GET /stats that a service behind an extra route keeps (the native sources'
// counts): `read` runs on the listener's thread when /stats is asked for.
struct StatsSection
{
    QString key; // "sources"
    std::function<QJsonValue()> read;
};

struct IngestSettings
{
    QString defaultChannel = QStringLiteral("general");
    bool autoCreateChannels = true;
    QList<NotifyRoute> routes;
    QHash<QString, QString> tokens; // token value → token name; empty: no token required
    QString publicUrl;              // what auth.test answers as "url"
    QList<HttpRoute> extraRoutes;   // checked first, in order
    QList<StatsSection> extraStats;
};

// Bellboard's HTTP API: routes each request to its decoder, checks tokens and channels,
// appends to the store and answers only after the commit. Also serves the read side
// (/healthz, /stats, /api/events, the /api/stream WebSocket). Lives on the thread of the HttpServer it serves.
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
    void serveEvents(const HttpRequest &request, const HttpResponder &respond);
    void serveStream(const HttpRequest &request, const HttpResponder &respond);
    QString tokenName(const HttpRequest &request) const;
    DecodeContext contextFor(const HttpRequest &request, const QString &source,
                             const QString &urlChannel) const;

    EventStore *m_store;
    IngestSettings m_settings;
    IngestStats m_stats;
    std::unique_ptr<EventReader> m_reader; // opened on first read, on this thread
    LiveStream *m_stream = nullptr;        // made for the first stream client
};

} // namespace bb
