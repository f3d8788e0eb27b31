#pragma once

#include "core/event.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bb {

// Which events of a feed's window are thread replies, and of which thread start. An event
// starts a thread when a later event names it in threadKey: Slack's thread_ts is the
// parent's ts (a mirrored parent's senderTs, or the ts Bellboard answered for it), and
// senders that use threadKey as a plain grouping key have the oldest event with that key
// as the start. Replies are kept here, oldest first; the model decides which are shown.
// This is the one record of the window's threads: the model changes it for every event it
// inserts, replaces and removes, and reads from it how many held events are not rows.
class FeedThreads
{
public:
    // The keys under which later events find `event` as their thread start.
    static QStringList startKeys(const Event &event);
    // True when `event` answers a thread other than one it starts itself.
    static bool isReplyEvent(const Event &event);
    // True when `edited` is found where `held` was: as the start of the same keys, and as a
    // reply to the same key (an edit of its text keeps a message in its thread).
    static bool samePlace(const Event &held, const Event &edited);

    void clear();
    // `start` is shown as a row: replies naming one of its keys attach to it. Keys already
    // taken by a newer start are taken over (an older page brought the real start).
    void addStart(const Event &start);
    // The shown thread start `event` answers, or 0.
    qint64 startFor(const Event &event) const;
    void addReply(qint64 startId, const Event &reply); // keeps the replies in id order
    // An edited reply, still in the same thread: its copy here is replaced.
    void replaceReply(const Event &reply);
    // Forgets reply `replyId`; returns its start, 0 when it was no reply. A thread left
    // without replies is collapsed (nothing is left to show under it).
    qint64 removeReply(qint64 replyId);
    // Forgets a start and its replies (trimmed off the top); returns how many replies it had.
    int removeStart(qint64 startId);
    // Takes a start's replies away (it becomes a reply of an older start itself, or it is
    // deleted); the thread is collapsed.
    EventList takeReplies(qint64 startId);

    int replyCount(qint64 startId) const { return int(m_replies.value(startId).size()); }
    const EventList replies(qint64 startId) const { return m_replies.value(startId); }
    qint64 lastReplyAtMs(qint64 startId) const;
    qint64 startOfReply(qint64 replyId) const { return m_startOfReply.value(replyId); }
    // Where reply `replyId` is among its thread's replies (0 for the oldest), -1 when no reply.
    int replyIndex(qint64 replyId) const;
    // The held copy of reply `replyId` (a default Event when it is no reply).
    Event reply(qint64 replyId) const;
    // Replies of collapsed threads: held, but no rows.
    int hiddenReplies() const { return m_hiddenReplies; }
    // Rows the replies of `startId` take under it (its replies when expanded, else none).
    int shownReplies(qint64 startId) const { return isExpanded(startId) ? replyCount(startId) : 0; }

    bool isExpanded(qint64 startId) const { return m_expanded.contains(startId); }
    void setExpanded(qint64 startId, bool expanded);

private:
    QHash<QString, qint64> m_startByKey;
    QHash<qint64, QStringList> m_keysOfStart;
    QHash<qint64, EventList> m_replies;
    QHash<qint64, qint64> m_startOfReply;
    QSet<qint64> m_expanded;
    int m_hiddenReplies = 0;
};

} // namespace bb
