#pragma once

#include "core/event.h"
#include "feedthreads.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QTimer>
#include <memory>

namespace bb {

class AsyncEventReader;
class EventStore;
struct EventPage;

// A bounded window over one channel's events, oldest at row 0 and newest at the bottom.
// It is a view of the store, never a copy of it: the newest page is read through the
// AsyncEventReader, older pages on request (fetchOlder(), when the user scrolls to the top)
// until the window holds capacity() events, and live events from the store are buffered
// and inserted together once per tick (one beginInsertRows per ~50 ms, however many
// arrived), dropping the oldest rows so the window never grows past capacity().
// Thread replies are not rows of their own: they are kept with their thread's start, which
// shows how many there are, and shown indented under it while the thread is expanded. A
// reply whose start is older than the window is a row (marked as in a thread) until an
// older page brings the start, which then takes it in.
//
// Edits and deletions of stored events keep the threads right, as a user expects:
// - A deleted reply lowers its thread's count, and its row goes if the thread is expanded;
//   a thread left without replies shows none and is collapsed.
// - An edited event keeps its place: an edited reply stays in its thread, shown or hidden.
//   An edit that changes which thread a message belongs to (its thread key) moves it, as if
//   it had been deleted and had arrived again.
// - A deleted thread start that has replies: Slack keeps the replies. It never deletes such
//   a start; it edits it into a tombstone ("This message was deleted.", same ts), which the
//   mirror stores as an edit, so the start stays with its replies until Slack deletes the
//   tombstone after the last reply. An event the store does delete (delete_original, a
//   message_deleted) is gone from the store, so the window shows what reopening the channel
//   would show: the replies stay, as replies whose start is not held (the oldest one is a
//   row in its own place in time, heading the others; expanded if the thread was).
class FeedModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EventRole = Qt::UserRole + 1, // bb::Event
        EventIdRole,                  // qint64
        LevelRole,                    // int (Level)
        StartsDayRole,                // bool: first event of its local day in this window
        ReplyCountRole,               // int: replies to the thread this row starts
        LastReplyAtRole,              // qint64: ms since the epoch of the newest reply, 0 without
        ThreadExpandedRole,           // bool: the replies are shown under the row
        IsReplyRole,                  // bool: a reply shown under its thread's start
        InThreadRole,                 // bool: a reply whose thread start is not in the window
    };

    // `store` may be null (tests feed live events through addEvents()).
    FeedModel(EventStore *store, AsyncEventReader *reader, QObject *parent = nullptr);

    void setChannel(const QString &channel); // empties the window and loads the newest page
    QString channel() const { return m_channel; }

    void setCapacity(int events); // default 1000
    int capacity() const { return m_capacity; }
    void setPageSize(int events);  // default 200
    void setFlushInterval(int ms); // default 50

    bool isLoading() const { return m_newestRequest != nullptr; }
    // Older events exist in the store and the window has room for them; none in flight.
    bool canFetchOlder() const;
    void fetchOlder();

    const Event &eventAt(int row) const { return m_events.at(row); }
    // Events the window holds: rows and the replies of collapsed threads.
    int heldCount() const { return int(m_events.size()) + m_threads.hiddenReplies(); }

    // "1 reply", "3 replies" (no translation file is loaded for English, so the singular is ours).
    static QString repliesText(int replies);

    // Shows or hides the replies of the thread the event `startId` starts.
    void setThreadExpanded(qint64 startId, bool expanded);
    void toggleThread(qint64 startId);
    // The row of event `id`, expanding its thread if it is a hidden reply; -1 when not held.
    int revealRow(qint64 id);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    // Live events from the store (any channel); this channel's are inserted at the next tick.
    void addEvents(const bb::EventList &events);
    // Stored events that changed (an edited Slack message) or are gone (a deleted one).
    void replaceEvents(const bb::EventList &events);
    void removeEvents(const bb::EventList &events);

signals:
    // Rows whose event was replaced: views drop what they laid out for these ids.
    void eventsReplaced(const QList<qint64> &ids);
    void newestLoaded();        // the first page of the channel is in
    void olderLoaded(int rows); // a page of older events was put at the top
    void loadFailed(const QString &error);

private:
    // The page's request: the context of its answer, deleted to drop it (another channel).
    std::unique_ptr<QObject> requestPage(qint64 beforeId, int limit, bool newest);
    void onPage(bool newest, const EventPage &page);
    void insertOlder(const EventList &newestFirst);
    void adoptOrphans(int firstRow);
    void appendLive(EventList fresh);
    // One event where it belongs, whatever else the window holds: under its thread's start,
    // or a row in id order (taking in rows below that answer it).
    void placeEvent(const Event &event);
    // Event `id` leaves the window: a reply its thread, a start its row (see the class comment).
    void forgetEvent(qint64 id);
    void insertEventRow(int row, const Event &event);
    void removeEventRows(int first, int count);
    void threadChanged(qint64 startId);
    void startsDayChanged(int fromRow); // the first start at or after `fromRow` may (no longer) open its day
    int rowOfId(qint64 id) const;       // -1 when not in the window
    int rowForStart(qint64 id) const;   // where a start with this id goes, in id order
    bool isReplyRow(int row) const;
    void flushPending();
    void trimToCapacity(int room = 0); // drops the oldest rows until `room` more fit
    bool startsDay(int row) const;
    static qint64 dayOf(const Event &event);

    AsyncEventReader *m_reader;
    QString m_channel;
    QList<Event> m_events; // oldest first
    QList<qint64> m_days;  // each event's local day (Julian day), computed once: views ask per layout
    FeedThreads m_threads; // which held events are replies, shown or not
    qint64 m_newestId = 0; // the newest event held, a row or a hidden reply
    EventList m_pending;   // live events waiting for the next tick, oldest first
    QTimer m_flushTimer;
    std::unique_ptr<QObject> m_newestRequest; // while the channel's newest page is read
    std::unique_ptr<QObject> m_olderRequest;  // while an older page is read
    bool m_hasOlder = false;
    int m_capacity = 1000;
    int m_pageSize = 200;
};

} // namespace bb
