#include "ingeststats.h"

#include <QDateTime>

namespace bb {

namespace {

QJsonObject toJsonObject(const QHash<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

void IngestStats::countAccepted(const QString &channel, int events)
{
    m_received += events;
    m_perChannel[channel] += events;
}

void IngestStats::countRejected(const QString &reason)
{
    ++m_requestsRejected;
    ++m_rejectedByReason[reason];
}

QJsonObject IngestStats::toJson() const
{
    const qint64 uptimeMs = m_uptime.elapsed();
    return QJsonObject{
        { QStringLiteral("received"), m_received },
        { QStringLiteral("rejected"), m_requestsRejected },
        { QStringLiteral("rejected_by_reason"), toJsonObject(m_rejectedByReason) },
        { QStringLiteral("channels"), toJsonObject(m_perChannel) },
        { QStringLiteral("uptime_seconds"), uptimeMs / 1000 },
        { QStringLiteral("started_at"),
          QDateTime::currentDateTimeUtc().addMSecs(-uptimeMs).toString(Qt::ISODate) },
    };
}

} // namespace bb
