#include "remotesession.h"

#include "remotejson.h"

#include "core/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <memory>

namespace bb {

namespace {

RemoteReply replyFrom(QNetworkReply *reply, const TlsRefusal &refusal)
{
    RemoteReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    result.body = QJsonDocument::fromJson(bytes).object();
    if (refusal.isRefused()) {
        result.outcome = RemoteReply::Outcome::TlsRefused;
        result.tls = refusal;
        result.error = refusal.message();
        return result;
    }
    if (result.status == 0) {
        result.outcome = RemoteReply::Outcome::Unreachable;
        result.error = reply->errorString();
        return result;
    }
    result.error = result.body.value(QStringLiteral("error")).toString();
    const QString detail = result.body.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty())
        result.error += (result.error.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
    if (result.error.isEmpty() && result.status >= 400)
        result.error = QString::fromUtf8(bytes.left(200)).trimmed();
    switch (result.status) {
    case 401:
        result.outcome = RemoteReply::Outcome::Unauthorized;
        break;
    case 403:
        result.outcome = RemoteReply::Outcome::Forbidden;
        break;
    case 429:
        result.outcome = RemoteReply::Outcome::RateLimited;
        result.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        break;
    case 502:
    case 503:
    case 504:
        result.outcome = RemoteReply::Outcome::Unreachable; // a proxy in front of a server that is down
        break;
    default:
        // Slack-shaped answers (chat.postMessage) say ok:false with HTTP 200.
        const bool refused = result.body.value(QStringLiteral("ok")).toBool(true) == false;
        result.outcome = result.status >= 200 && result.status < 300 && !refused ? RemoteReply::Outcome::Ok
                                                                                 : RemoteReply::Outcome::Failed;
    }
    return result;
}

} // namespace

QString RemoteReply::message() const
{
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::Unreachable:
        return tr("the server cannot be reached (%1)").arg(error);
    case Outcome::TlsRefused:
        return tls.message();
    case Outcome::Unauthorized:
        return tr("the server refused the token (%1); log in again with bellboard remote login").arg(error);
    case Outcome::Forbidden:
        return tr("your role on the server does not allow this (%1)").arg(error);
    case Outcome::RateLimited:
        return tr("too many failed attempts from this address; try again in %n s", nullptr, retryAfterSeconds);
    case Outcome::Failed:
        return status ? tr("the server answered HTTP %1: %2").arg(status).arg(error) : error;
    }
    return error;
}

QString RemoteReply::message(const QUrl &server) const
{
    if (outcome == Outcome::Unauthorized)
        return tr("the server refused the token (%1); log in again: bellboard remote login %2").arg(error, server.toString());
    return message();
}

RemoteSession::RemoteSession(const RemoteServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
{
}

RemoteSession::~RemoteSession() = default;

void RemoteSession::request(const QByteArray &method, const QUrl &url, const QJsonObject *body, QObject *context,
                            std::function<void(const RemoteReply &)> done)
{
    QNetworkRequest request = m_server.request(url);
    request.setTransferTimeout(m_timeoutMs);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    auto refusal = std::make_shared<TlsRefusal>();
    if (m_server.isSecure())
        m_server.tls().watch(reply, [refusal](const TlsRefusal &why) { *refusal = why; });
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [reply, refusal, guard, hasContext, done] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        done(replyFrom(reply, *refusal));
    });
}

void RemoteSession::whoami(QObject *context, std::function<void(const RemoteReply &, const RemoteIdentity &)> done)
{
    request("GET", m_server.endpoint(QStringLiteral("/api/whoami")), nullptr, context, [done](const RemoteReply &reply) {
        RemoteIdentity identity;
        identity.user = reply.body.value(QStringLiteral("user")).toString();
        identity.role = reply.body.value(QStringLiteral("role")).toString();
        if (reply.ok() && identity.user.isEmpty()) {
            RemoteReply odd = reply;
            odd.outcome = RemoteReply::Outcome::Failed;
            odd.error = RemoteReply::tr("the answer to /api/whoami names no user: is this a Bellboard server?");
            return done(odd, identity);
        }
        done(reply, identity);
    });
}

void RemoteSession::search(const QString &query, const QString &channel, qint64 beforeId, int limit,
                           QObject *context, std::function<void(const RemoteReply &, const RemotePage &)> done)
{
    QUrlQuery items;
    if (!query.isEmpty())
        items.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
    if (!channel.isEmpty())
        items.addQueryItem(QStringLiteral("channel"), QString::fromLatin1(QUrl::toPercentEncoding(channel)));
    if (beforeId > 0)
        items.addQueryItem(QStringLiteral("before"), QString::number(beforeId));
    if (limit > 0)
        items.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request("GET", m_server.endpoint(QStringLiteral("/api/events"), items), nullptr, context, [done](const RemoteReply &reply) {
        RemotePage page;
        page.events = remotejson::events(reply.body);
        page.hasMore = reply.body.value(QStringLiteral("has_more")).toBool();
        page.nextBefore = reply.body.value(QStringLiteral("next_before")).toInteger();
        done(reply, page);
    });
}

void RemoteSession::newestEventId(QObject *context, std::function<void(const RemoteReply &, qint64)> done)
{
    search(QString(), QString(), 0, 1, context, [done](const RemoteReply &reply, const RemotePage &page) {
        done(reply, page.events.isEmpty() ? 0 : page.events.first().id);
    });
}

void RemoteSession::post(const RemotePost &event, QObject *context, std::function<void(const RemoteReply &)> done)
{
    QJsonObject body{ { QStringLiteral("channel"), event.channel }, { QStringLiteral("text"), event.text } };
    if (!event.title.isEmpty())
        body.insert(QStringLiteral("title"), event.title);
    if (!event.user.isEmpty())
        body.insert(QStringLiteral("user"), event.user);
    if (!event.level.isEmpty())
        body.insert(QStringLiteral("level"), event.level);
    request("POST", m_server.endpoint(QStringLiteral("/api/chat.postMessage")), &body, context, std::move(done));
}

void RemoteSession::acknowledge(qint64 eventId, QObject *context, std::function<void(const RemoteReply &, const Event &)> done)
{
    const QJsonObject empty;
    request("POST", m_server.endpoint(QStringLiteral("/api/events/%1/ack").arg(eventId)), &empty, context,
            [done](const RemoteReply &reply) {
                // The event itself, or wrapped as {"event":{…}}: either shape reads.
                const QJsonObject json = reply.body.contains(QStringLiteral("event"))
                                               ? reply.body.value(QStringLiteral("event")).toObject()
                                               : reply.body;
                done(reply, eventFromJson(json).value_or(Event()));
            });
}

void RemoteSession::readMarkers(QObject *context,
                                std::function<void(const RemoteReply &, const QHash<QString, qint64> &)> done)
{
    request("GET", m_server.endpoint(QStringLiteral("/api/read-markers")), nullptr, context, [done](const RemoteReply &reply) {
        done(reply, remotejson::readMarkers(reply.body));
    });
}

void RemoteSession::saveReadMarkers(const QHash<QString, qint64> &markers, QObject *context,
                                    std::function<void(const RemoteReply &)> done)
{
    QJsonObject json;
    for (auto it = markers.begin(); it != markers.end(); ++it)
        json.insert(it.key(), it.value());
    const QJsonObject body{ { QStringLiteral("markers"), json } };
    request("PUT", m_server.endpoint(QStringLiteral("/api/read-markers")), &body, context, std::move(done));
}

} // namespace bb
