#include "remotereadbackend.h"

#include "remotejson.h"

#include "core/eventjson.h"

#include <QJsonArray>

namespace bb {

namespace {

// The server's largest page (ApiService): a longer one is read as several.
constexpr int kMaxPage = 500;

// Percent-encoded first: QUrlQuery would leave '+' and '&' inside a value ambiguous.
void addItem(QUrlQuery *query, const QString &key, const QString &value)
{
    query->addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace

RemoteReadBackend::RemoteReadBackend(const RemoteServer &server)
    : m_server(server)
{
}

RemoteReadBackend::~RemoteReadBackend() = default;

bool RemoteReadBackend::open(QString *error)
{
    m_call = std::make_unique<RemoteCall>(m_server);
    const RemoteReply reply = m_call->get(QStringLiteral("/api/whoami"));
    if (reply.ok())
        return true;
    if (error)
        *error = reply.message(m_server.url);
    m_call.reset();
    return false;
}

EventPage RemoteReadBackend::page(const QUrlQuery &query)
{
    EventPage page;
    const RemoteReply reply = m_call->get(QStringLiteral("/api/events"), query);
    if (!reply.ok()) {
        page.error = reply.message(m_server.url);
        return page;
    }
    page.events = remotejson::events(reply.body);
    page.hasMore = reply.body.value(QStringLiteral("has_more")).toBool();
    return page;
}

EventPage RemoteReadBackend::search(const SearchQuery &query, qint64 beforeId, int limit)
{
    QUrlQuery items;
    addItem(&items, QStringLiteral("q"), searchQueryText(query));
    if (beforeId > 0)
        items.addQueryItem(QStringLiteral("before"), QString::number(beforeId));
    items.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, kMaxPage)));
    return page(items);
}

EventList RemoteReadBackend::load(const QList<qint64> &ids, QString *error)
{
    EventList events;
    for (const qint64 id : ids) {
        const RemoteReply reply = m_call->get(QStringLiteral("/api/events/%1").arg(id));
        if (reply.status == 404)
            continue; // missing ones are left out
        if (!reply.ok()) {
            *error = reply.message(m_server.url);
            return {};
        }
        if (const std::optional<Event> event = eventFromJson(reply.body.value(QStringLiteral("event")).toObject()))
            events << *event;
    }
    return events;
}

QList<QPair<QString, qint64>> RemoteReadBackend::countsByChannel()
{
    const RemoteReply reply = m_call->get(QStringLiteral("/api/channels"));
    if (!reply.ok()) {
        qWarning("bellboard: reading the server's channels failed: %s", qPrintable(reply.message(m_server.url)));
        return {};
    }
    return remotejson::channelCounts(reply.body);
}

EventPage RemoteReadBackend::eventsAfter(qint64 afterId, int limit)
{
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("after"), QString::number(afterId));
    items.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, kMaxPage)));
    return page(items);
}

bool RemoteReadBackend::readMarkers(const QString &, ReadMarkerMap *markers, QString *error)
{
    const RemoteReply reply = m_call->get(QStringLiteral("/api/read-markers"));
    if (!reply.ok()) {
        *error = reply.message(m_server.url);
        return false;
    }
    *markers = remotejson::readMarkers(reply.body);
    return true;
}

EventTally RemoteReadBackend::tally(const SearchQuery &query, bool sumAmounts)
{
    QUrlQuery items;
    addItem(&items, QStringLiteral("q"), searchQueryText(query));
    if (sumAmounts)
        items.addQueryItem(QStringLiteral("sum"), QStringLiteral("amount"));
    EventTally tally;
    const RemoteReply reply = m_call->get(QStringLiteral("/api/tally"), items);
    if (!reply.ok()) {
        tally.error = reply.message(m_server.url);
        return tally;
    }
    tally.count = reply.body.value(QStringLiteral("count")).toInteger();
    tally.upToId = reply.body.value(QStringLiteral("up_to_id")).toInteger();
    const QJsonObject sums = reply.body.value(QStringLiteral("sums")).toObject();
    for (auto it = sums.begin(); it != sums.end(); ++it)
        tally.sums.insert(it.key(), it.value().toInteger());
    return tally;
}

UserSummary RemoteReadBackend::userSummary(const QString &user)
{
    QUrlQuery items;
    addItem(&items, QStringLiteral("user"), user);
    UserSummary summary;
    const RemoteReply reply = m_call->get(QStringLiteral("/api/user-summary"), items);
    if (!reply.ok()) {
        summary.error = reply.message(m_server.url);
        return summary;
    }
    const QJsonObject &body = reply.body;
    summary.events = body.value(QStringLiteral("events")).toInteger();
    summary.firstSeenMs = body.value(QStringLiteral("first_seen_ms")).toInteger();
    summary.lastSeenMs = body.value(QStringLiteral("last_seen_ms")).toInteger();
    for (const QJsonValue &value : body.value(QStringLiteral("per_channel")).toArray()) {
        const QJsonObject channel = value.toObject();
        summary.perChannel.append({ channel.value(QStringLiteral("channel")).toString(),
                                    channel.value(QStringLiteral("events")).toInteger() });
    }
    summary.latestPayment = eventFromJson(body.value(QStringLiteral("latest_payment")).toObject());
    return summary;
}

} // namespace bb
