#include "apiservice.h"

#include "ingeststats.h"
#include "livestream.h"

#include "core/channelname.h"
#include "core/userextraction.h"
#include "core/searchquery.h"
#include "ingest/http/httpconnection.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

namespace bb {

namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 500;

HttpResponse apiError(int status, const char *error, const QString &detail)
{
    return HttpResponse::json(status, QJsonObject{ { QStringLiteral("ok"), false },
                                                   { QStringLiteral("error"), QLatin1String(error) },
                                                   { QStringLiteral("detail"), detail } });
}

// The database is down or restarting; nothing was written. Ingest answers the same.
HttpResponse storeUnavailable(const QString &detail)
{
    HttpResponse response = apiError(503, "store_unavailable", detail);
    response.extraHeaders.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    return response;
}

// ?q= in the query language, narrowed to ?channel= when given; false with a sentence.
bool searchFrom(const HttpRequest &request, SearchQuery *query, QString *error)
{
    QueryParseResult parsed = parseSearchQuery(request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    if (!parsed.ok()) {
        *error = parsed.error;
        return false;
    }
    const QString channelArg = request.query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    if (!channelArg.isEmpty()) {
        const QString channel = normalizeChannelName(channelArg);
        if (channel.isEmpty()) {
            *error = QStringLiteral("'%1' is not a channel name").arg(channelArg);
            return false;
        }
        parsed.query.channels = { channel };
    }
    *query = parsed.query;
    return true;
}

// An event id argument (?before=, ?after=): 0 when absent, -1 when it is not an id.
qint64 idArgument(const HttpRequest &request, const QString &name)
{
    const QString text = request.query.queryItemValue(name);
    bool ok = true;
    const qint64 id = text.isEmpty() ? 0 : text.toLongLong(&ok);
    return ok && id >= 0 ? id : -1;
}

QJsonObject markersJson(const ReadMarkerMap &markers)
{
    QJsonObject object;
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

ApiService::ApiService(EventStore *store, IngestStats *stats, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stats(stats)
{
    using Params = RouteParameters;
    m_router.add("GET", QStringLiteral("/healthz"), [](const HttpRequest &, const HttpResponder &respond, const Params &) {
        respond(HttpResponse::text(200, "ok"));
    });
    m_router.add("GET", QStringLiteral("/stats"), [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
        serveStats(request, respond);
    });
    m_router.add("GET", QStringLiteral("/api/events"), [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
        serveEvents(request, respond);
    });
    m_router.add("GET", QStringLiteral("/api/events/{id}"),
                 [this](const HttpRequest &request, const HttpResponder &respond, const Params &params) {
                     serveEvent(request, respond, params.value(QStringLiteral("id")));
                 });
    m_router.add("GET", QStringLiteral("/api/channels"), [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
        serveChannels(request, respond);
    });
    m_router.add("GET", QStringLiteral("/api/tally"), [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
        serveTally(request, respond);
    });
    m_router.add("GET", QStringLiteral("/api/user-summary"),
                 [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
                     serveUserSummary(request, respond);
                 });
    m_router.add("GET", QStringLiteral("/api/stream"), [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
        serveStream(request, respond);
    });
    m_router.add("GET", QStringLiteral("/api/whoami"), [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
        serveWhoami(request, respond);
    });
    m_router.add("POST", QStringLiteral("/api/events/{id}/ack"),
                 [this](const HttpRequest &request, const HttpResponder &respond, const Params &params) {
                     serveAck(request, respond, params.value(QStringLiteral("id")));
                 });
    m_router.add("GET", QStringLiteral("/api/read-markers"),
                 [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
                     serveReadMarkers(request, respond);
                 });
    m_router.add("PUT", QStringLiteral("/api/read-markers"),
                 [this](const HttpRequest &request, const HttpResponder &respond, const Params &) {
                     saveReadMarkers(request, respond);
                 });
    // Moved through another server of a shared database: every desk of that person here.
    connect(
            store, &EventStore::personReadMarkersMoved, this,
            [this](const QString &person, const ReadMarkerMap &moved) { tellDesks(person, moved, QString()); },
            Qt::QueuedConnection);
}

ApiService::~ApiService() = default;

void ApiService::setAccess(const ApiAccess &access)
{
    m_access = access;
}

void ApiService::setPersonRoutes(const QList<PersonRoute> &routes)
{
    m_personRoutes = HttpRouter();
    for (const PersonRoute &route : routes) {
        m_personRoutes.add(route.method, route.pattern,
                           [this, route](const HttpRequest &request, const HttpResponder &respond, const RouteParameters &) {
                               if (const std::optional<Person> who = person(request, respond, route.needed))
                                   route.handler(request, respond, *who);
                           });
    }
}

bool ApiService::handle(const HttpRequest &request, const HttpResponder &respond)
{
    return m_router.dispatch(request, respond) || m_personRoutes.dispatch(request, respond);
}

int ApiService::streamClientCount() const
{
    return m_stream ? m_stream->clientCount() : 0;
}

bool ApiService::sendToStream(const QString &streamId, const QJsonObject &message)
{
    return m_stream && m_stream->sendTo(streamId, message);
}

std::optional<Person> ApiService::authorize(const HttpRequest &request, const HttpResponder &respond, Role needed,
                                            bool allowQueryToken)
{
    const qint64 now = monotonicMs();
    int retryAfter = 0;
    if (!m_throttle.allows(request.peer, now, &retryAfter)) {
        m_stats->countRejected(QStringLiteral("too_many_failed_logins"));
        HttpResponse response = apiError(429, "too_many_failed_logins",
                                         QStringLiteral("too many bad tokens from this address; try again later"));
        response.extraHeaders.append({ "Retry-After", QByteArray::number(retryAfter) });
        respond(response);
        return std::nullopt;
    }
    QString token = bearerToken(request);
    if (token.isEmpty() && allowQueryToken)
        token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (token.isEmpty()) {
        m_stats->countRejected(QStringLiteral("not_authed"));
        respond(apiError(401, "not_authed", QStringLiteral("a person's token is required (Authorization: Bearer <token>)")));
        return std::nullopt;
    }
    const std::optional<Person> person = m_access.people.find(token);
    if (!person) {
        m_throttle.failed(request.peer, now);
        m_stats->countRejected(QStringLiteral("invalid_auth"));
        respond(apiError(401, "invalid_auth", QStringLiteral("the token is not one of this server's [[users]]")));
        return std::nullopt;
    }
    if (!person->may(needed)) {
        m_stats->countRejected(QStringLiteral("forbidden"));
        respond(apiError(403, "forbidden",
                         QStringLiteral("%1 is a %2; this needs %3").arg(person->name, roleName(person->role), roleName(needed))));
        return std::nullopt;
    }
    return person;
}

bool ApiService::mayRead(const HttpRequest &request, const HttpResponder &respond, bool allowQueryToken)
{
    if (hasPeople())
        return authorize(request, respond, Role::Viewer, allowQueryToken).has_value();
    if (!ingestTokenName(request, m_access.ingestTokens).isNull())
        return true;
    // As ingest refuses a request without its token (the read side came first, with it).
    const bool webApi = request.path.startsWith(QLatin1String("/api/"));
    const bool noToken = request.header("authorization").isEmpty() && !request.query.hasQueryItem(QStringLiteral("token"));
    const char *error = webApi ? (noToken ? "not_authed" : "invalid_auth") : "invalid_token";
    m_stats->countRejected(QLatin1String(error));
    const QString detail = QStringLiteral("a valid ingest token is required");
    if (webApi) {
        respond(apiError(401, error, detail));
    } else {
        HttpResponse response = HttpResponse::text(401, error);
        response.extraHeaders.append({ "X-Bellboard-Error", detail.toUtf8() });
        respond(response);
    }
    return false;
}

std::optional<Person> ApiService::person(const HttpRequest &request, const HttpResponder &respond, Role needed)
{
    if (!hasPeople()) {
        respond(apiError(403, "no_users",
                         QStringLiteral("this server has no [[users]]: acknowledgements and read markers belong to a person")));
        return std::nullopt;
    }
    return authorize(request, respond, needed);
}

bool ApiService::ensureReader(const HttpResponder &respond)
{
    if (m_reader)
        return true;
    m_reader = std::make_unique<EventReader>(m_store->databasePath());
    QString error;
    if (m_reader->open(&error))
        return true;
    m_reader.reset();
    respond(HttpResponse::json(500, QJsonObject{ { QStringLiteral("ok"), false }, { QStringLiteral("error"), error } }));
    return false;
}

void ApiService::serveStats(const HttpRequest &request, const HttpResponder &respond)
{
    // A monitoring scraper holds an ingest token, not a person's: either will do.
    const bool ingestToken = !m_access.ingestTokens.isEmpty() && !ingestTokenName(request, m_access.ingestTokens).isNull();
    if (!ingestToken && !mayRead(request, respond))
        return;
    QJsonObject stats = m_stats->toJson();
    stats.insert(QStringLiteral("stream_clients"), streamClientCount());
    // Whether this server runs the Slack mirror and retention (several servers, one database).
    stats.insert(QStringLiteral("leader"), m_store->isLeader());
    for (const StatsSection &section : m_statsSections)
        stats.insert(section.key, section.read());
    respond(HttpResponse::json(200, stats));
}

void ApiService::serveWhoami(const HttpRequest &request, const HttpResponder &respond)
{
    const std::optional<Person> who = person(request, respond, Role::Viewer);
    if (!who)
        return;
    respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true },
                                                 { QStringLiteral("user"), who->name },
                                                 { QStringLiteral("role"), roleName(who->role) } }));
}

void ApiService::serveAck(const HttpRequest &request, const HttpResponder &respond, const QString &idText)
{
    const std::optional<Person> who = person(request, respond, Role::Operator);
    if (!who)
        return;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return respond(apiError(404, "event_not_found", QStringLiteral("'%1' is not an event id").arg(idText)));
    m_store->acknowledge(id, who->name, QDateTime::currentMSecsSinceEpoch(), this, [respond](const AckResult &result) {
        switch (result.outcome) {
        case AckResult::Outcome::Acknowledged:
        case AckResult::Outcome::AlreadyAcknowledged:
            respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true },
                                                         { QStringLiteral("event"), result.event.toJson() } }));
            break;
        case AckResult::Outcome::NotFound:
            respond(apiError(404, "event_not_found", result.error));
            break;
        case AckResult::Outcome::Failed:
            // The database is down or restarting: the console says so and may try again.
            respond(result.unavailable ? storeUnavailable(result.error) : apiError(500, "internal_error", result.error));
            break;
        }
    });
}

void ApiService::serveReadMarkers(const HttpRequest &request, const HttpResponder &respond)
{
    const std::optional<Person> who = person(request, respond, Role::Viewer);
    if (!who || !ensureReader(respond))
        return;
    QString error;
    const ReadMarkerMap markers = m_reader->readMarkers(who->name, &error);
    if (!error.isEmpty())
        return respond(apiError(500, "internal_error", error));
    respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true }, { QStringLiteral("markers"), markersJson(markers) } }));
}

// A person's own read position: a viewer may move theirs too (reading is all they do).
void ApiService::saveReadMarkers(const HttpRequest &request, const HttpResponder &respond)
{
    const std::optional<Person> who = person(request, respond, Role::Viewer);
    if (!who)
        return;
    const auto fail = [&](const QString &detail) { respond(apiError(400, "invalid_arguments", detail)); };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue given = document.object().value(QStringLiteral("markers"));
    if (!document.isObject() || !given.isObject())
        return fail(QStringLiteral("the body must be {\"markers\":{\"<channel>\":<event id>,…}}"));
    ReadMarkerMap markers;
    const QJsonObject object = given.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString channel = normalizeChannelName(it.key());
        const double value = it.value().toDouble(-1);
        if (channel.isEmpty())
            return fail(QStringLiteral("'%1' is not a channel name").arg(it.key()));
        if (!it.value().isDouble() || value < 0 || value != double(qint64(value)))
            return fail(QStringLiteral("the marker of '%1' must be an event id").arg(it.key()));
        markers.insert(channel, qint64(value));
    }
    // The desk that moved them names its own stream (its hello's "stream"), which needs no news.
    const QString from = document.object().value(QStringLiteral("stream")).toString();
    m_store->setReadMarkers(who->name, markers, this, [this, respond, person = who->name, markers, from](const ReadMarkerMap &stored) {
        // Saved markers come back with every other of the person's: none means nothing was saved.
        if (stored.isEmpty() && !markers.isEmpty())
            return respond(storeUnavailable(QStringLiteral("the read markers could not be saved; the server's log says why")));
        respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true }, { QStringLiteral("markers"), markersJson(stored) } }));
        // The person's other desks move theirs too, live: the channels where this request is
        // now the stored position (a marker already further on stays where it is).
        ReadMarkerMap moved;
        for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
            if (stored.value(it.key(), -1) == it.value())
                moved.insert(it.key(), it.value());
        }
        tellDesks(person, moved, from);
    });
}

// "read-markers" on the person's streams but `exceptStream`: their other desks lower those
// channels' counts.
void ApiService::tellDesks(const QString &person, const ReadMarkerMap &moved, const QString &exceptStream)
{
    if (m_stream && !moved.isEmpty())
        m_stream->sendToPerson(person,
                               QJsonObject{ { QStringLiteral("type"), QStringLiteral("read-markers") },
                                            { QStringLiteral("markers"), markersJson(moved) } },
                               exceptStream);
}

// A WebSocket upgrade (RFC 6455) hands the connection to the live stream; the token, the
// filter and ?since= are checked here first, so a refusal is a plain HTTP answer the client
// can read.
void ApiService::serveStream(const HttpRequest &request, const HttpResponder &respond)
{
    // With [[users]], a person's stream: it also carries their read markers' moves.
    std::optional<Person> reader;
    if (hasPeople()) {
        reader = authorize(request, respond, Role::Viewer, true);
        if (!reader)
            return;
    } else if (!mayRead(request, respond, true)) {
        return;
    }
    const auto refuse = [&](int status, const char *error, const QString &detail) {
        HttpResponse response = apiError(status, error, detail);
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
    response.takeOver = [stream = QPointer<LiveStream>(m_stream), person = reader ? reader->name : QString()](QTcpSocket *socket) {
        if (stream)
            stream->accept(socket, person);
        else
            socket->deleteLater();
    };
    respond(response);
}

void ApiService::serveEvents(const HttpRequest &request, const HttpResponder &respond)
{
    if (!mayRead(request, respond))
        return;
    const auto fail = [&](const QString &message) { respond(apiError(400, "invalid_arguments", message)); };
    SearchQuery query;
    QString error;
    if (!searchFrom(request, &query, &error))
        return fail(error);
    const qint64 before = idArgument(request, QStringLiteral("before"));
    const qint64 after = idArgument(request, QStringLiteral("after"));
    if (before < 0 || after < 0)
        return fail(QStringLiteral("'before' and 'after' must be event ids"));
    const bool fromAfter = request.query.hasQueryItem(QStringLiteral("after"));
    if (fromAfter && (before > 0 || !query.isEmpty()))
        return fail(QStringLiteral("'after' reads every event in id order: it takes no 'q', 'channel' or 'before'"));
    bool ok = true;
    const QString limitArg = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitArg.isEmpty() ? kDefaultPageSize : limitArg.toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxPageSize)
        return fail(QStringLiteral("'limit' must be between 1 and %1").arg(kMaxPageSize));
    if (!ensureReader(respond))
        return;
    const EventPage page = fromAfter ? m_reader->eventsAfter(after, limit) : m_reader->search(query, before, limit);
    if (!page.error.isEmpty())
        return fail(page.error);
    QJsonArray events;
    for (const Event &event : page.events)
        events.append(event.toJson());
    QJsonObject answer{ { QStringLiteral("ok"), true },
                        { QStringLiteral("events"), events },
                        { QStringLiteral("has_more"), page.hasMore } };
    if (page.hasMore)
        answer.insert(fromAfter ? QStringLiteral("next_after") : QStringLiteral("next_before"), page.events.last().id);
    respond(HttpResponse::json(200, answer));
}

void ApiService::serveEvent(const HttpRequest &request, const HttpResponder &respond, const QString &idText)
{
    if (!mayRead(request, respond))
        return;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return respond(apiError(404, "event_not_found", QStringLiteral("'%1' is not an event id").arg(idText)));
    if (!ensureReader(respond))
        return;
    const std::optional<Event> event = m_reader->event(id);
    if (!event)
        return respond(apiError(404, "event_not_found", QStringLiteral("no event %1 is stored").arg(id)));
    respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true }, { QStringLiteral("event"), event->toJson() } }));
}

void ApiService::serveChannels(const HttpRequest &request, const HttpResponder &respond)
{
    if (!mayRead(request, respond) || !ensureReader(respond))
        return;
    QJsonArray channels;
    for (const auto &[name, count] : m_reader->countsByChannel())
        channels.append(QJsonObject{ { QStringLiteral("name"), name }, { QStringLiteral("events"), count } });
    respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true }, { QStringLiteral("channels"), channels } }));
}

void ApiService::serveTally(const HttpRequest &request, const HttpResponder &respond)
{
    if (!mayRead(request, respond))
        return;
    SearchQuery query;
    QString error;
    if (!searchFrom(request, &query, &error))
        return respond(apiError(400, "invalid_arguments", error));
    const QString sum = request.query.queryItemValue(QStringLiteral("sum"));
    if (!sum.isEmpty() && sum != QLatin1String("amount"))
        return respond(apiError(400, "invalid_arguments", QStringLiteral("'sum' can only be 'amount'")));
    if (!ensureReader(respond))
        return;
    const EventTally tally = m_reader->tally(query, !sum.isEmpty());
    if (!tally.error.isEmpty())
        return respond(apiError(500, "internal_error", tally.error));
    QJsonObject sums;
    for (auto it = tally.sums.constBegin(); it != tally.sums.constEnd(); ++it)
        sums.insert(it.key(), it.value());
    respond(HttpResponse::json(200, QJsonObject{ { QStringLiteral("ok"), true },
                                                 { QStringLiteral("count"), tally.count },
                                                 { QStringLiteral("sums"), sums },
                                                 { QStringLiteral("up_to_id"), tally.upToId } }));
}

void ApiService::serveUserSummary(const HttpRequest &request, const HttpResponder &respond)
{
    if (!mayRead(request, respond))
        return;
    const QString user = normalizeUser(request.query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded));
    if (user.isEmpty())
        return respond(apiError(400, "invalid_arguments", QStringLiteral("'user' must be an e-mail address or @handle")));
    if (!ensureReader(respond))
        return;
    const UserSummary summary = m_reader->userSummary(user);
    if (!summary.error.isEmpty())
        return respond(apiError(500, "internal_error", summary.error));
    QJsonArray perChannel;
    for (const auto &[channel, count] : summary.perChannel)
        perChannel.append(QJsonObject{ { QStringLiteral("channel"), channel }, { QStringLiteral("events"), count } });
    respond(HttpResponse::json(200, QJsonObject{
                                            { QStringLiteral("ok"), true },
                                            { QStringLiteral("user"), user },
                                            { QStringLiteral("events"), summary.events },
                                            { QStringLiteral("first_seen_ms"), summary.firstSeenMs },
                                            { QStringLiteral("last_seen_ms"), summary.lastSeenMs },
                                            { QStringLiteral("per_channel"), perChannel },
                                            { QStringLiteral("latest_payment"),
                                              summary.latestPayment ? QJsonValue(summary.latestPayment->toJson()) : QJsonValue() },
                                    }));
}

} // namespace bb
