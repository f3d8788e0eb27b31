#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace bb {

// Counters behind GET /stats: what arrived since start, what was refused and why.
class IngestStats
{
public:
    IngestStats() { m_uptime.start(); }

    void countAccepted(const QString &channel, int events);
    void countRejected(const QString &reason);

    qint64 receivedEvents() const { return m_received; }
    QJsonObject toJson() const;

private:
    QElapsedTimer m_uptime;
    qint64 m_received = 0;
    qint64 m_requestsRejected = 0;
    QHash<QString, qint64> m_perChannel;
    QHash<QString, qint64> m_rejectedByReason;
};

} // namespace bb
