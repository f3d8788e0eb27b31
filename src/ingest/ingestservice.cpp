#include "ingestservice.h"
#include "livestream.h"

#include "core/channelname.h"
#include "core/searchquery.h"
#include "ingest/decoders/sendernaming.h"
#include "ingest/http/httpserver.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 500;

QByteArray firstPathSegment(const QString &path)
{
    return path.section(QLatin1Char('/'), 1, 1).toUtf8();
}

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response = HttpResponse::text(405, "method_not_allowed");
    response.extraHeaders.append({ "Allow", allowed });
    return response;
}

// Where webhook-style requests name their channel: /hooks/<channel> binds one, /services/…
// (Slack's own webhook path shape) and / leave it to the payload or the default.
QString webhookUrlChannel(const QString &path)
{
    if (path.startsWith(QLatin1String("/hooks/")))
        return path.mid(int(qstrlen("/hooks/")));
    return {};
}

} // namespace

IngestService::IngestService(EventStore *store, const IngestSettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
}

IngestService::~IngestService() = default;

void IngestService::setSettings(const IngestSettings &settings)
{
    m_settings = settings;
}

void IngestService::serve(HttpServer *server)
{
    server->setHandler([this](const HttpRequest &request, HttpResponder respond) {
        handle(request, respond);
    });
    connect(server, &HttpServer::requestRejected, this,
            [this](int, const QString &reason) { m_stats.countRejected(reason); });
}

void IngestService::handle(const HttpRequest &request, const HttpResponder &respond)
{
    const QString &path = request.path;
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    const bool isPost = request.method == "POST";

    for (const HttpRoute &route : m_settings.extraRoutes) {
        if (path.startsWith(route.pathPrefix))
            return route.handler(request, respond);
    }

    if (path == QLatin1String("/healthz")) {
        respond(isGet ? HttpResponse::text(200, "ok") : methodNotAllowed("GET, HEAD"));
        return;
    }

    // Everything but the health check needs a token once tokens are configured.
    const QString token = tokenName(request);
    if (!m_settings.tokens.isEmpty() && token.isNull()) {
        const bool webApi = path.startsWith(QLatin1String("/api/"));
        const bool noToken = request.header("authorization").isEmpty() && !request.query.hasQueryItem(QStringLiteral("token"));
        respondError(respond, webApi ? Answer::WebApi : Answer::Webhook, 401,
                     webApi ? (noToken ? "not_authed" : "invalid_auth") : "invalid_token",
                     QStringLiteral("a valid ingest token is required"));
        return;
    }

    if (path == QLatin1String("/stats")) {
        if (!isGet)
            return respond(methodNotAllowed("GET, HEAD"));
        QJsonObject stats = m_stats.toJson();
        stats.insert(QStringLiteral("stream_clients"), m_stream ? m_stream->clientCount() : 0);
        respond(HttpResponse::json(200, stats));
        return;
    }
    if (path == QLatin1String("/api/stream")) {
        if (request.method != "GET")
            return respond(methodNotAllowed("GET"));
        serveStream(request, respond);
        return;
    }
    if (path == QLatin1String("/api/events")) {
        if (!isGet)
            return respond(methodNotAllowed("GET, HEAD"));
        serveEvents(request, respond);
        return;
    }

    const QByteArray segment = firstPathSegment(path);
    const bool known = path == QLatin1String("/") || segment == "services" || segment == "hooks"
                    || segment == "c" || path == QLatin1String("/notify") || path == QLatin1String("/notify-directly")
                    || path == QLatin1String("/api/chat.postMessage") || path == QLatin1String("/api/auth.test");
    if (!known) {
        m_stats.countRejected(QStringLiteral("not_found"));
        respond(HttpResponse::text(404, "no_service"));
        return;
    }
    if (!isPost && path != QLatin1String("/api/auth.test")) {
        m_stats.countRejected(QStringLiteral("method_not_allowed"));
        respond(methodNotAllowed("POST"));
        return;
    }

    const QString source = token.isEmpty() ? QString() : QLatin1Char(':') + token;
    if (path == QLatin1String("/api/auth.test")) {
        respond(HttpResponse::json(200, QJsonObject{
                                                { QStringLiteral("ok"), true },
                                                { QStringLiteral("url"), m_settings.publicUrl },
                                                { QStringLiteral("team"), QStringLiteral("Bellboard") },
                                                { QStringLiteral("user"), QStringLiteral("bellboard") },
                                                { QStringLiteral("team_id"), QStringLiteral("T0BELLBOARD") },
                                                { QStringLiteral("user_id"), QStringLiteral("U0BELLBOARD") },
                                                { QStringLiteral("bot_id"), QStringLiteral("B0BELLBOARD") },
                                                { QStringLiteral("is_enterprise_install"), false },
                                        }));
    } else if (path == QLatin1String("/api/chat.postMessage")) {
        ingest(request, respond, Answer::WebApi,
               decodeChatPostMessage(request, contextFor(request, QStringLiteral("chat.postMessage") + source, {})));
    } else if (path == QLatin1String("/notify")) {
        // A new tag is a new channel name: it follows auto_create_channels like any other.
        const UnknownTag unknownTag = m_settings.autoCreateChannels ? UnknownTag::SendToTagsChannel : UnknownTag::Refuse;
        ingest(request, respond, Answer::Slackboard,
               decodeNotify(request, m_settings.routes, unknownTag,
                            contextFor(request, QStringLiteral("notify") + source, {})));
    } else if (path == QLatin1String("/notify-directly")) {
        ingest(request, respond, Answer::Slackboard,
               decodeNotifyDirectly(request, contextFor(request, QStringLiteral("notify") + source, {})));
    } else if (segment == "c") {
        const QString channel = path.section(QLatin1Char('/'), 2);
        ingest(request, respond, Answer::Plain,
               decodePlainText(request, contextFor(request, QStringLiteral("plain") + source, channel)));
    } else {
        ingest(request, respond, Answer::Webhook,
               decodeSlackWebhook(request, contextFor(request, QStringLiteral("webhook") + source,
                                                      webhookUrlChannel(path))));
    }
}

DecodeContext IngestService::contextFor(const HttpRequest &, const QString &source,
                                        const QString &urlChannel) const
{
    DecodeContext context;
    context.urlChannel = urlChannel;
    context.defaultChannel = m_settings.defaultChannel;
    context.source = source;
    context.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return context;
}

void IngestService::ingest(const HttpRequest &request, const HttpResponder &respond, Answer style,
                           const DecodeResult &decoded)
{
    if (!decoded.ok()) {
        const int status = decoded.error == "channel_not_found" ? 404 : 400;
        respondError(respond, style, status, decoded.error, decoded.detail);
        return;
    }
    if (!m_settings.autoCreateChannels) {
        for (const Event &event : decoded.events) {
            if (!m_store->hasChannel(event.channel)) {
                respondError(respond, style, 404, "channel_not_found",
                             QStringLiteral("channel '%1' does not exist and auto_create_channels is off")
                                     .arg(event.channel));
                return;
            }
        }
    }

    // Answer only once the batch is committed: a 2xx means the events are on disk.
    EventList events = decoded.events;
    nameUnnamedSenders(&events, request);
    m_store->append(events, this, [this, respond, style](const AppendResult &result) {
        if (!result.ok) {
            // A database that is down or restarting: nothing committed, the sender retries.
            if (result.unavailable)
                respondError(respond, style, 503, "store_unavailable", result.error);
            else
                respondError(respond, style, 500, "internal_error", result.error);
            return;
        }
        for (const Event &event : result.events)
            m_stats.countAccepted(event.channel, 1);
        const Event &first = result.events.first();
        switch (style) {
        case Answer::WebApi:
            respond(HttpResponse::json(200, QJsonObject{
                                                    { QStringLiteral("ok"), true },
                                                    { QStringLiteral("channel"), first.channel },
                                                    { QStringLiteral("ts"), first.slackTs() },
                                                    { QStringLiteral("message"), first.toSlackMessage() },
                                            }));
            break;
        case Answer::Slackboard:
            respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("message"), QStringLiteral("ok") } }));
            break;
        case Answer::Webhook:
        case Answer::Plain:
            respond(HttpResponse::text(200, "ok"));
            break;
        }
    });
}

void IngestService::respondError(const HttpResponder &respond, Answer style, int status,
                                 const QByteArray &error, const QString &detail)
{
    m_stats.countRejected(QString::fromLatin1(error));
    HttpResponse response;
    switch (style) {
    case Answer::WebApi:
        // Slack's Web API reports failures as HTTP 200 with ok:false; SDKs expect exactly that.
        response = HttpResponse::json(status == 401 || status == 500 || status == 503 ? status : 200,
                                      QJsonObject{
                                              { QStringLiteral("ok"), false },
                                              { QStringLiteral("error"), QString::fromLatin1(error) },
                                              { QStringLiteral("detail"), detail },
                                      });
        break;
    case Answer::Slackboard:
        response = HttpResponse::json(status, QJsonObject{
                                                      { QStringLiteral("message"), QString::fromLatin1(error) },
                                                      { QStringLiteral("detail"), detail },
                                              });
        break;
    case Answer::Webhook:
    case Answer::Plain:
        // Slack answers the bare error word; the detail goes in a header for humans with curl -i.
        response = HttpResponse::text(status, error);
        if (!detail.isEmpty())
            response.extraHeaders.append({ "X-Bellboard-Error", detail.toUtf8().left(500).replace('\n', ' ') });
        break;
    }
    // The store's database is down or restarting: come back in a second.
    if (status == 503)
        response.extraHeaders.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    respond(response);
}

// A WebSocket upgrade (RFC 6455) hands the connection to the live stream; the token and the
// filter are checked here first, so a refusal is a plain HTTP answer the client can read.
void IngestService::serveStream(const HttpRequest &request, const HttpResponder &respond)
{
    const auto refuse = [&](int status, const QByteArray &error, const QString &detail) {
        HttpResponse response = HttpResponse::json(status, QJsonObject{ { QStringLiteral("ok"), false },
                                                                        { QStringLiteral("error"), QString::fromLatin1(error) },
                                                                        { QStringLiteral("detail"), detail } });
        if (status == 426)
            response.extraHeaders.append({ QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket") });
        respond(response);
    };
    if (request.header("upgrade").toLower() != "websocket")
        return refuse(426, "upgrade_required", QStringLiteral("/api/stream is a WebSocket: connect with ws://"));
    StreamFilter filter;
    QString error;
    if (!StreamFilter::fromQuery(request.query, &filter, &error))
        return refuse(400, "invalid_arguments", error);
    if (!m_stream)
        m_stream = new LiveStream(m_store, this);
    if (m_stream->isFull())
        return refuse(503, "too_many_streams",
                      QStringLiteral("at most %1 stream clients at once").arg(LiveStream::kMaxClients));
    HttpResponse response;
    response.takeOver = [stream = QPointer<LiveStream>(m_stream)](QTcpSocket *socket) {
        if (stream)
            stream->accept(socket);
        else
            socket->deleteLater();
    };
    respond(response);
}

void IngestService::serveEvents(const HttpRequest &request, const HttpResponder &respond)
{
    const auto fail = [&](const QString &message) {
        respond(HttpResponse::json(400, QJsonObject{ { QStringLiteral("ok"), false },
                                                     { QStringLiteral("error"), QStringLiteral("invalid_arguments") },
                                                     { QStringLiteral("detail"), message } }));
    };
    QueryParseResult parsed = parseSearchQuery(request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    if (!parsed.ok())
        return fail(parsed.error);
    const QString channelArg = request.query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    if (!channelArg.isEmpty()) {
        const QString channel = normalizeChannelName(channelArg);
        if (channel.isEmpty())
            return fail(QStringLiteral("'%1' is not a channel name").arg(channelArg));
        parsed.query.channels = { channel };
    }
    bool ok = true;
    const QString beforeArg = request.query.queryItemValue(QStringLiteral("before"));
    const qint64 before = beforeArg.isEmpty() ? 0 : beforeArg.toLongLong(&ok);
    if (!ok || before < 0)
        return fail(QStringLiteral("'before' must be an event id"));
    const QString limitArg = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitArg.isEmpty() ? kDefaultPageSize : limitArg.toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxPageSize)
        return fail(QStringLiteral("'limit' must be between 1 and %1").arg(kMaxPageSize));

    if (!m_reader) {
        m_reader = std::make_unique<EventReader>(m_store->databasePath());
        QString error;
        if (!m_reader->open(&error)) {
            m_reader.reset();
            respond(HttpResponse::json(500, QJsonObject{ { QStringLiteral("ok"), false },
                                                         { QStringLiteral("error"), error } }));
            return;
        }
    }
    const EventPage page = m_reader->search(parsed.query, before, limit);
    if (!page.error.isEmpty())
        return fail(page.error);
    QJsonArray events;
    for (const Event &event : page.events)
        events.append(event.toJson());
    QJsonObject answer{ { QStringLiteral("ok"), true },
                        { QStringLiteral("events"), events },
                        { QStringLiteral("has_more"), page.hasMore } };
    if (page.hasMore)
        answer.insert(QStringLiteral("next_before"), page.events.last().id);
    respond(HttpResponse::json(200, answer));
}

// The name of the token the request carries: "" when none is required, a null QString when
// tokens are configured and the request has none of them. Accepts Authorization: Bearer,
// ?token=, and Slack's webhook URL shape /services/…/<token>.
QString IngestService::tokenName(const HttpRequest &request) const
{
    if (m_settings.tokens.isEmpty())
        return QStringLiteral("");
    QList<QString> candidates;
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer "))
        candidates << QString::fromUtf8(authorization.mid(7).trimmed());
    candidates << request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (request.path.startsWith(QLatin1String("/services/")))
        candidates << request.path.section(QLatin1Char('/'), -1);
    for (const QString &candidate : candidates) {
        const auto it = m_settings.tokens.constFind(candidate);
        if (!candidate.isEmpty() && it != m_settings.tokens.constEnd())
            return it.value();
    }
    return QString();
}

} // namespace bb
