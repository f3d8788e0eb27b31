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

bool FeedThreads::samePlace(const Event &held, const Event &edited)
{
    return isReplyEvent(held) == isReplyEvent(edited) && startKeys(held) == startKeys(edited);
}

void FeedThreads::clear()
{
    m_startByKey.clear();
    m_keysOfStart.clear();
    m_replies.clear();
    m_startOfReply.clear();
    m_expanded.clear();
    m_hiddenReplies = 0;
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
    if (!isExpanded(startId))
        ++m_hiddenReplies;
}

int FeedThreads::replyIndex(qint64 replyId) const
{
    const qint64 start = startOfReply(replyId);
    if (start == 0)
        return -1;
    const EventList &replies = *m_replies.constFind(start);
    const auto at = std::lower_bound(replies.cbegin(), replies.cend(), replyId,
                                     [](const Event &e, qint64 id) { return e.id < id; });
    return int(at - replies.cbegin());
}

Event FeedThreads::reply(qint64 replyId) const
{
    const int index = replyIndex(replyId);
    return index < 0 ? Event() : m_replies.value(startOfReply(replyId)).at(index);
}

void FeedThreads::replaceReply(const Event &reply)
{
    const int index = replyIndex(reply.id);
    if (index >= 0)
        m_replies[startOfReply(reply.id)][index] = reply;
}

qint64 FeedThreads::removeReply(qint64 replyId)
{
    const int index = replyIndex(replyId);
    if (index < 0)
        return 0;
    const qint64 start = m_startOfReply.take(replyId);
    EventList &replies = m_replies[start];
    replies.removeAt(index);
    if (!isExpanded(start))
        --m_hiddenReplies;
    if (replies.isEmpty()) {
        m_replies.remove(start);
        m_expanded.remove(start);
    }
    return start;
}

int FeedThreads::removeStart(qint64 startId)
{
    for (const QString &key : m_keysOfStart.take(startId)) {
        if (m_startByKey.value(key) == startId)
            m_startByKey.remove(key);
    }
    return int(takeReplies(startId).size());
}

EventList FeedThreads::takeReplies(qint64 startId)
{
    const EventList replies = m_replies.take(startId);
    for (const Event &reply : replies)
        m_startOfReply.remove(reply.id);
    if (!m_expanded.remove(startId))
        m_hiddenReplies -= int(replies.size());
    return replies;
}

qint64 FeedThreads::lastReplyAtMs(qint64 startId) const
{
    const auto it = m_replies.constFind(startId);
    return it == m_replies.constEnd() || it->isEmpty() ? 0 : it->last().receivedAtMs;
}

void FeedThreads::setExpanded(qint64 startId, bool expanded)
{
    if (expanded == isExpanded(startId))
        return;
    if (expanded)
        m_expanded.insert(startId);
    else
        m_expanded.remove(startId);
    m_hiddenReplies += expanded ? -replyCount(startId) : replyCount(startId);
}

} // namespace bb
