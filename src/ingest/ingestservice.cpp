#include "ingestservice.h"
#include "apiservice.h"

#include "ingest/decoders/sendernaming.h"
#include "ingest/http/httpserver.h"
#include "store/eventstore.h"

#include <QDateTime>

namespace bb {

namespace {

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
    , m_api(new ApiService(store, &m_stats, this))
{
    m_api->setAccess({ settings.tokens, settings.people });
    m_api->setStatsSections(settings.extraStats);
    m_api->setPersonRoutes(settings.personRoutes);
}

IngestService::~IngestService() = default;

void IngestService::setSettings(const IngestSettings &settings)
{
    m_settings = settings;
    m_api->setAccess({ settings.tokens, settings.people });
    m_api->setStatsSections(settings.extraStats);
    m_api->setPersonRoutes(settings.personRoutes);
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
    const bool isPost = request.method == "POST";

    for (const HttpRoute &route : m_settings.extraRoutes) {
        if (path.startsWith(route.pathPrefix))
            return route.handler(request, respond);
    }

    if (m_api->handle(request, respond))
        return;

    // A person of the team posting as themselves (an attached console's composer, curl):
    // their own token, not an ingest token, and the role to post.
    // Any other token goes on to the ingest rules, unchanged.
    if (path == QLatin1String("/api/chat.postMessage") && isPost && m_api->hasPeople()) {
        if (const std::optional<Person> person = m_settings.people.find(bearerToken(request)))
            return postAsPerson(request, respond, *person);
    }

    // Everything else needs a token once tokens are configured.
    const QString token = ingestTokenName(request, m_settings.tokens);
    if (!m_settings.tokens.isEmpty() && token.isNull()) {
        const bool webApi = path.startsWith(QLatin1String("/api/"));
        const bool noToken = request.header("authorization").isEmpty() && !request.query.hasQueryItem(QStringLiteral("token"));
        respondError(respond, webApi ? Answer::WebApi : Answer::Webhook, 401,
                     webApi ? (noToken ? "not_authed" : "invalid_auth") : "invalid_token",
                     QStringLiteral("a valid ingest token is required"));
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
                                                    // Bellboard's own: the event as stored, id
                                                    // included (an attached console's composer).
                                                    { QStringLiteral("event"), first.toJson() },
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

// The event is the person's: named after them (never after the payload's username), from the
// composer's source, as a console at the server's own desk would post it.
void IngestService::postAsPerson(const HttpRequest &request, const HttpResponder &respond, const Person &person)
{
    if (!person.may(Role::Operator)) {
        m_stats.countRejected(QStringLiteral("forbidden"));
        respond(HttpResponse::json(403, QJsonObject{ { QStringLiteral("ok"), false },
                                                     { QStringLiteral("error"), QStringLiteral("forbidden") },
                                                     { QStringLiteral("detail"), QStringLiteral("%1 is a viewer; posting needs operator")
                                                                                         .arg(person.name) } }));
        return;
    }
    DecodeResult decoded = decodeChatPostMessage(request, contextFor(request, QStringLiteral("composer"), {}));
    for (Event &event : decoded.events) {
        event.senderName = person.name;
        event.senderNameIsFallback = false;
    }
    ingest(request, respond, Answer::WebApi, decoded);
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

} // namespace bb
