#include "feedthreads.h"

#include <algorithm>

namespace bb {

QStringList FeedThreads::startKeys(const Event &event)
{
    QStringList keys;
    if (!event.senderTs.isEmpty())
        keys << event.senderTs;
    if (event.id != 0)
        keys << event.slackTs();
    // A grouping key with no parent of its own: the oldest event carrying it starts the group.
    if (!event.threadKey.isEmpty() && !keys.contains(event.threadKey))
        keys << event.threadKey;
    return keys;
}

bool FeedThreads::isReplyEvent(const Event &event)
{
    if (event.threadKey.isEmpty())
        return false;
    return event.threadKey != event.senderTs && (event.id == 0 || event.threadKey != event.slackTs());
}

void FeedThreads::clear()
{
    m_startByKey.clear();
    m_keysOfStart.clear();
    m_replies.clear();
    m_startOfReply.clear();
    m_expanded.clear();
}

void FeedThreads::addStart(const Event &start)
{
    const QStringList keys = startKeys(start);
    for (const QString &key : keys) {
        const qint64 previous = m_startByKey.value(key);
        if (previous != 0 && previous != start.id)
            m_keysOfStart[previous].removeAll(key);
        m_startByKey.insert(key, start.id);
    }
    m_keysOfStart.insert(start.id, keys);
}

qint64 FeedThreads::startFor(const Event &event) const
{
    if (event.threadKey.isEmpty())
        return 0;
    const qint64 start = m_startByKey.value(event.threadKey);
    return start == event.id ? 0 : start;
}

void FeedThreads::addReply(qint64 startId, const Event &reply)
{
    EventList &replies = m_replies[startId];
    const auto at = std::lower_bound(replies.begin(), replies.end(), reply.id,
                                     [](const Event &e, qint64 id) { return e.id < id; });
    replies.insert(at, reply);
    m_startOfReply.insert(reply.id, startId);
}

int FeedThreads::removeStart(qint64 startId)
{
    for (const QString &key : m_keysOfStart.take(startId)) {
        if (m_startByKey.value(key) == startId)
            m_startByKey.remove(key);
    }
    m_expanded.remove(startId);
    return int(takeReplies(startId).size());
}

EventList FeedThreads::takeReplies(qint64 startId)
{
    const EventList replies = m_replies.take(startId);
    for (const Event &reply : replies)
        m_startOfReply.remove(reply.id);
    return replies;
}

qint64 FeedThreads::lastReplyAtMs(qint64 startId) const
{
    const auto it = m_replies.constFind(startId);
    return it == m_replies.constEnd() || it->isEmpty() ? 0 : it->last().receivedAtMs;
}

void FeedThreads::setExpanded(qint64 startId, bool expanded)
{
    if (expanded)
        m_expanded.insert(startId);
    else
        m_expanded.remove(startId);
}

} // namespace bb
