#include "remotestorebackend.h"

#include "remotejson.h"

#include "core/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

// An event as chat.postMessage takes it (the server decodes it as any Web API post).
QJsonObject postBody(const Event &event)
{
    QJsonObject body{ { QStringLiteral("channel"), event.channel },
                      { QStringLiteral("text"), event.text },
                      { QStringLiteral("mrkdwn"), event.mrkdwn },
                      { QStringLiteral("level"), levelName(event.level) } };
    if (!event.title.isEmpty())
        body.insert(QStringLiteral("title"), event.title);
    if (!event.threadKey.isEmpty())
        body.insert(QStringLiteral("thread_ts"), event.threadKey);
    if (!event.users.isEmpty())
        body.insert(QStringLiteral("users"), QJsonArray::fromStringList(event.users));
    if (!event.attachmentsJson.isEmpty())
        body.insert(QStringLiteral("attachments"), QJsonDocument::fromJson(event.attachmentsJson).array());
    if (!event.blocksJson.isEmpty())
        body.insert(QStringLiteral("blocks"), QJsonDocument::fromJson(event.blocksJson).array());
    return body;
}

} // namespace

RemoteStoreBackend::RemoteStoreBackend(const RemoteServer &server, const RemoteStreamTimings &timings,
                                       StreamNotices *notices)
    : m_server(server)
    , m_timings(timings)
    , m_notices(notices)
{
}

RemoteStoreBackend::~RemoteStoreBackend()
{
    m_feed.reset(); // no handler runs once the store that gave them is going
}

bool RemoteStoreBackend::succeeded(const RemoteReply &reply, QString *error)
{
    m_unavailable = reply.outcome == RemoteReply::Outcome::Unreachable;
    if (reply.ok())
        return true;
    *error = reply.message(m_server.url);
    return false;
}

bool RemoteStoreBackend::open(const QString &, EventStore::Durability, const QStringList &, QStringList *channels,
                              QString *error)
{
    m_call = std::make_unique<RemoteCall>(m_server, m_timings.requestTimeoutMs);
    // The token first: a refused one is the sentence to show, not a failed channel list.
    if (!succeeded(m_call->get(QStringLiteral("/api/whoami")), error))
        return false;
    const RemoteReply listed = m_call->get(QStringLiteral("/api/channels"));
    if (!succeeded(listed, error))
        return false;
    channels->clear();
    for (const auto &[name, count] : remotejson::channelCounts(listed.body))
        *channels << name;
    channels->sort();
    QUrlQuery newest;
    newest.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    const RemoteReply page = m_call->get(QStringLiteral("/api/events"), newest);
    if (!succeeded(page, error))
        return false;
    const EventList events = remotejson::events(page.body);
    m_newestAtOpen = events.isEmpty() ? 0 : events.first().id;
    return true;
}

bool RemoteStoreBackend::insert(EventList *events, QString *error)
{
    for (Event &event : *events) {
        const RemoteReply reply = m_call->send("POST", QStringLiteral("/api/chat.postMessage"), postBody(event));
        if (!succeeded(reply, error))
            return false;
        const std::optional<Event> stored = eventFromJson(reply.body.value(QStringLiteral("event")).toObject());
        if (!stored) {
            *error = tr("the server stored the post but did not say its id: is it an older Bellboard?");
            return false;
        }
        event = *stored;
    }
    return true;
}

bool RemoteStoreBackend::applyExternal(const ExternalBatch &, ExternalResult *, QString *error)
{
    *error = tr("a console attached to a server mirrors nothing itself: the server runs the Slack mirror");
    return false;
}

bool RemoteStoreBackend::findEvent(qint64 id, Event *event, QString *error)
{
    const RemoteReply reply = m_call->get(QStringLiteral("/api/events/%1").arg(id));
    if (reply.status == 404) {
        *event = Event();
        return true;
    }
    if (!succeeded(reply, error))
        return false;
    *event = eventFromJson(reply.body.value(QStringLiteral("event")).toObject()).value_or(Event());
    return true;
}

bool RemoteStoreBackend::updateEvent(const Event &, EventList *, QString *error)
{
    *error = tr("a console attached to a server cannot edit stored events");
    return false;
}

bool RemoteStoreBackend::removeEvent(const Event &, EventList *, QString *error)
{
    *error = tr("a console attached to a server cannot delete stored events");
    return false;
}

bool RemoteStoreBackend::acknowledge(qint64 eventId, const Acknowledgement &, Acknowledgement *winner, QString *error)
{
    const RemoteReply reply = m_call->send("POST", QStringLiteral("/api/events/%1/ack").arg(eventId), QJsonObject());
    if (!succeeded(reply, error))
        return false;
    *winner = eventFromJson(reply.body.value(QStringLiteral("event")).toObject()).value_or(Event()).acknowledgement;
    return true;
}

bool RemoteStoreBackend::markRead(const QString &, const QString &channel, qint64 lastReadId, qint64, qint64 *current,
                                  QString *error)
{
    QJsonObject body{ { QStringLiteral("markers"), QJsonObject{ { channel, lastReadId } } } };
    if (m_feed && !m_feed->streamId().isEmpty()) // this desk's own stream needs no news of it
        body.insert(QStringLiteral("stream"), m_feed->streamId());
    const RemoteReply reply = m_call->send("PUT", QStringLiteral("/api/read-markers"), body);
    if (!succeeded(reply, error))
        return false;
    *current = remotejson::readMarkers(reply.body).value(channel, lastReadId);
    return true;
}

bool RemoteStoreBackend::readCursor(const QString &, QString *value, QString *)
{
    value->clear(); // the server's producers keep their cursors there
    return true;
}

bool RemoteStoreBackend::readMarkers(const QString &, QList<QPair<QString, qint64>> *markers, QString *error)
{
    const RemoteReply reply = m_call->get(QStringLiteral("/api/read-markers"));
    if (!succeeded(reply, error))
        return false;
    const ReadMarkerMap map = remotejson::readMarkers(reply.body);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        markers->append({ it.key(), it.value() });
    return true;
}

void RemoteStoreBackend::followOtherWriters(OtherWriters handlers)
{
    m_feed = std::make_unique<RemoteFeed>(m_server, m_timings, std::move(handlers), m_newestAtOpen, m_notices);
}

} // namespace bb
