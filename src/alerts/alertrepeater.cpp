#include "alertrepeater.h"

#include <QSet>
#include <QTimer>

namespace bb {

AlertRepeater::AlertRepeater(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AlertRepeater::tick);
}

void AlertRepeater::setInterval(qint64 intervalMs)
{
    m_intervalMs = qMax<qint64>(0, intervalMs);
    if (m_intervalMs == 0)
        m_waiting.clear();
    schedule();
}

void AlertRepeater::track(const Event &event, const QString &sound, double volume)
{
    if (m_intervalMs == 0 || event.id == 0 || sound.isEmpty())
        return;
    m_waiting.insert(event.id, Waiting{ event.channel, sound, volume,
                                        QDateTime::currentMSecsSinceEpoch() + m_intervalMs });
    schedule();
}

bool AlertRepeater::isAcknowledgement(const Event &event)
{
    return event.source == ackSource() && !event.threadKey.isEmpty();
}

bool AlertRepeater::handleAcknowledgement(const Event &event)
{
    if (!isAcknowledgement(event))
        return false;
    const qint64 id = event.threadKey.toLongLong();
    const auto it = m_waiting.find(id);
    // Only an ack in the alert's own channel counts: a stray threadKey cannot silence another.
    if (it == m_waiting.end() || it->channel != event.channel)
        return false;
    m_waiting.erase(it);
    emit acknowledged(event.channel, id, event.senderName);
    schedule();
    return true;
}

bool AlertRepeater::handleAcknowledged(const Event &event)
{
    if (!event.acknowledgement.isValid())
        return false;
    const auto it = m_waiting.find(event.id);
    if (it == m_waiting.end())
        return false;
    m_waiting.erase(it);
    emit acknowledged(event.channel, event.id, event.acknowledgement.by);
    schedule();
    return true;
}

qint64 AlertRepeater::newestWaiting(const QString &channel) const
{
    for (auto it = m_waiting.end(); it != m_waiting.begin();) {
        --it;
        if (it->channel == channel)
            return it.key();
    }
    return 0;
}

AlertRepeater::Ringing AlertRepeater::ringing() const
{
    if (m_waiting.isEmpty())
        return {};
    return { int(m_waiting.size()), m_waiting.last().channel, m_waiting.lastKey() };
}

void AlertRepeater::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> rung;
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->nextMs > now)
            continue;
        it->nextMs = now + m_intervalMs;
        if (!rung.contains(it->channel)) {
            rung.insert(it->channel);
            emit repeatDue(it->channel, it->sound, it->volume, it.key());
        }
    }
    schedule();
}

void AlertRepeater::schedule()
{
    const Ringing now = ringing();
    if (now.count != m_announcedCount || now.newestId != m_announcedNewest) {
        m_announcedCount = now.count;
        m_announcedNewest = now.newestId;
        emit ringingChanged();
    }
    qint64 next = -1;
    for (const Waiting &waiting : std::as_const(m_waiting)) {
        if (next < 0 || waiting.nextMs < next)
            next = waiting.nextMs;
    }
    if (next < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(qBound<qint64>(0, next - QDateTime::currentMSecsSinceEpoch(), qint64(60) * 60 * 1000)));
}

} // namespace bb
