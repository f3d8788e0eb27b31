#include "sourceservice.h"

#include "ingest/sources/sourcedecoders.h"
#include "ingest/sources/sourceverification.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QFuture>

namespace bb {

SourceService::SourceService(EventStore *store, const QList<ConfiguredSource> &sources, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    for (const ConfiguredSource &source : sources) {
        m_sources.insert(source.settings.name, source);
        m_counts.insert(source.settings.name, Counts());
    }
}

QString SourceService::eventSource(const QString &name)
{
    return QStringLiteral("sources/") + name;
}

void SourceService::handle(const HttpRequest &request, const HttpResponder &respond)
{
    const QString name = request.path.mid(int(qstrlen(kPathPrefix)));
    const auto found = m_sources.constFind(name);
    if (found == m_sources.constEnd()) {
        HttpResponse response = HttpResponse::text(404, "no_service");
        response.extraHeaders.append({ QByteArrayLiteral("X-Bellboard-Error"), QByteArrayLiteral("no [[sources]] entry has this name") });
        respond(response);
        return;
    }
    const ConfiguredSource &source = *found;
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::text(405, "method_not_allowed");
        response.extraHeaders.append({ QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") });
        respond(response);
        return;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (source.secret.isEmpty()) {
        // Without a secret anyone who can reach the port could post as the service.
        if (!request.peer.isLoopback())
            return refuse(respond, name, 401, "invalid_signature",
                          QStringLiteral("source '%1' has no secret, so it accepts senders on this machine only").arg(name));
    } else {
        const SourceVerification verified = verifySourceRequest(request, source.settings, source.secret, now);
        if (!verified.ok)
            return refuse(respond, name, 401, "invalid_signature", verified.reason);
    }

    DecodeContext context;
    context.defaultChannel = source.settings.channel;
    context.source = eventSource(name);
    context.receivedAtMs = now;
    const SourceDecodeResult result = decodeSourceRequest(request, source.settings, context);
    if (!result.decoded.ok())
        return refuse(respond, name, result.decoded.error == "channel_not_found" ? 404 : 400, result.decoded.error,
                      result.decoded.detail);
    if (result.decoded.events.isEmpty()) {
        ++m_counts[name].ignored;
        respond(HttpResponse::text(200, "ok"));
        return;
    }
    store(source, result.decoded.events, result.deliveryId, respond);
}

// Answers only once the events are committed: a 2xx means they are on disk (and, with a
// delivery id, that a retry of this delivery will be recognized).
void SourceService::store(const ConfiguredSource &source, const EventList &events, const QString &deliveryId,
                          const HttpResponder &respond)
{
    const QString name = source.settings.name;
    if (deliveryId.isEmpty()) {
        m_store->append(events, this, [this, name, respond](const AppendResult &result) {
            if (!result.ok)
                return refuseUncommitted(respond, name, result.unavailable, result.error);
            m_counts[name].accepted += result.events.size();
            respond(HttpResponse::text(200, "ok"));
        });
        return;
    }
    ExternalBatch batch;
    for (qsizetype i = 0; i < events.size(); ++i) {
        ExternalChange change;
        change.source = eventSource(name);
        change.externalId = i == 0 ? deliveryId : QStringLiteral("%1#%2").arg(deliveryId).arg(i);
        change.event = events.at(i);
        batch.changes << change;
    }
    m_store->applyExternal(batch, this, [this, name, respond](const ExternalResult &result) {
        if (!result.ok)
            return refuseUncommitted(respond, name, result.unavailable, result.error);
        HttpResponse response = HttpResponse::text(200, "ok");
        if (result.added.isEmpty()) {
            ++m_counts[name].duplicates;
            response.extraHeaders.append({ QByteArrayLiteral("X-Bellboard-Delivery"), QByteArrayLiteral("duplicate") });
        } else {
            m_counts[name].accepted += result.added.size();
        }
        respond(response);
    });
}

void SourceService::refuse(const HttpResponder &respond, const QString &name, int status, const QByteArray &error,
                           const QString &detail, const QByteArray &retryAfter)
{
    ++m_counts[name].rejected[QString::fromLatin1(error)];
    HttpResponse response = HttpResponse::text(status, error);
    if (!detail.isEmpty())
        response.extraHeaders.append({ "X-Bellboard-Error", detail.toUtf8().left(500).replace('\n', ' ') });
    if (!retryAfter.isEmpty())
        response.extraHeaders.append({ QByteArrayLiteral("Retry-After"), retryAfter });
    respond(response);
}

// Nothing was committed. A database that is down or restarting is worth a retry in a second
// (the services all retry a 5xx; Retry-After says when), anything else is our fault.
void SourceService::refuseUncommitted(const HttpResponder &respond, const QString &name, bool unavailable,
                                      const QString &detail)
{
    if (unavailable)
        refuse(respond, name, 503, "store_unavailable", detail, QByteArrayLiteral("1"));
    else
        refuse(respond, name, 500, "internal_error", detail);
}

QJsonObject SourceService::statsJson() const
{
    QJsonObject sources;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        QJsonObject rejected;
        for (auto reason = it->rejected.cbegin(); reason != it->rejected.cend(); ++reason)
            rejected.insert(reason.key(), reason.value());
        sources.insert(it.key(), QJsonObject{ { QStringLiteral("accepted"), it->accepted },
                                              { QStringLiteral("duplicates"), it->duplicates },
                                              { QStringLiteral("ignored"), it->ignored },
                                              { QStringLiteral("rejected"), rejected } });
    }
    return sources;
}

} // namespace bb
