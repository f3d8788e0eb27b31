#include "feedmodel.h"

#include "core/messagehtml.h"
#include "store/asynceventreader.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace bb {

FeedModel::FeedModel(EventStore *store, AsyncEventReader *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &FeedModel::flushPending);
    if (store) {
        connect(store, &EventStore::eventsCommitted, this, &FeedModel::addEvents, Qt::QueuedConnection);
        connect(store, &EventStore::eventsChanged, this, &FeedModel::replaceEvents, Qt::QueuedConnection);
        connect(store, &EventStore::eventsRemoved, this, &FeedModel::removeEvents, Qt::QueuedConnection);
    }
}

void FeedModel::setChannel(const QString &channel)
{
    beginResetModel();
    m_channel = channel;
    m_events.clear();
    m_days.clear();
    m_threads.clear();
    m_newestId = 0;
    m_pending.clear();
    m_hasOlder = false;
    m_olderRequest.reset(); // answers for the channel we leave are dropped
    m_newestRequest = channel.isEmpty() ? nullptr : requestPage(0, m_pageSize, true);
    endResetModel();
}

void FeedModel::setCapacity(int events)
{
    m_capacity = qMax(1, events);
    trimToCapacity();
}

void FeedModel::setPageSize(int events)
{
    m_pageSize = qBound(1, events, 1000);
}

void FeedModel::setFlushInterval(int ms)
{
    m_flushTimer.setInterval(ms);
}

bool FeedModel::canFetchOlder() const
{
    return m_hasOlder && !m_olderRequest && !m_newestRequest && heldCount() < m_capacity;
}

void FeedModel::fetchOlder()
{
    if (!canFetchOlder() || m_events.isEmpty())
        return;
    const int room = m_capacity - heldCount();
    m_olderRequest = requestPage(m_events.first().id, qMin(m_pageSize, room), false);
}

std::unique_ptr<QObject> FeedModel::requestPage(qint64 beforeId, int limit, bool newest)
{
    auto request = std::make_unique<QObject>();
    m_reader->readChannelPage(m_channel, beforeId, limit, request.get(),
                              [this, newest](const EventPage &page) { onPage(newest, page); });
    return request;
}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // What a screen reader says and copy takes; the delegate paints the rich form.
        QString text = event.senderName + QLatin1String(": ") + eventPlainText(event);
        if (const int replies = m_threads.replyCount(event.id))
            text += QLatin1String(" (") + repliesText(replies) + QLatin1Char(')');
        if (event.acknowledgement.isValid()) // as the row's header shows it
            //: %1 is the person who acknowledged the event, as a screen reader says the row
            text += QLatin1String(" (") + tr("acknowledged by %1").arg(event.acknowledgement.by) + QLatin1Char(')');
        return text;
    }
    case EventRole:
        return QVariant::fromValue(event);
    case EventIdRole:
        return event.id;
    case LevelRole:
        return int(event.level);
    case StartsDayRole:
        return startsDay(index.row());
    case ReplyCountRole:
        return m_threads.replyCount(event.id);
    case LastReplyAtRole:
        return m_threads.lastReplyAtMs(event.id);
    case ThreadExpandedRole:
        return m_threads.isExpanded(event.id);
    case IsReplyRole:
        return isReplyRow(index.row());
    case InThreadRole: // a start of its own (a grouping key) says so with its reply count
        return !isReplyRow(index.row()) && FeedThreads::isReplyEvent(event) && m_threads.replyCount(event.id) == 0;
    }
    return {};
}

QString FeedModel::repliesText(int replies)
{
    return replies == 1 ? tr("1 reply") : tr("%n replies", nullptr, replies);
}

qint64 FeedModel::dayOf(const Event &event)
{
    return QDateTime::fromMSecsSinceEpoch(event.receivedAtMs).date().toJulianDay();
}

bool FeedModel::isReplyRow(int row) const
{
    return m_threads.startOfReply(m_events.at(row).id) != 0;
}

// Replies shown under their start never open a day: the separator belongs to the feed's
// own order, which the starts keep.
bool FeedModel::startsDay(int row) const
{
    if (isReplyRow(row))
        return false;
    int previous = row - 1;
    while (previous >= 0 && isReplyRow(previous))
        --previous;
    return previous < 0 || m_days.at(row) != m_days.at(previous);
}

int FeedModel::rowOfId(qint64 id) const
{
    for (int row = int(m_events.size()) - 1; row >= 0; --row) {
        if (m_events.at(row).id == id)
            return row;
    }
    return -1;
}

void FeedModel::onPage(bool newest, const EventPage &page)
{
    (newest ? m_newestRequest : m_olderRequest).reset();
    if (!page.error.isEmpty()) {
        emit loadFailed(page.error);
        return;
    }
    m_hasOlder = page.hasMore;
    if (!page.events.isEmpty())
        insertOlder(page.events);
    if (newest) {
        emit newestLoaded();
        flushPending(); // live events that raced the first page, minus those it already held
    } else if (!page.events.isEmpty()) {
        emit olderLoaded(int(page.events.size()));
    }
}

// A page older than every held event goes on top. Its replies join starts on the same
// page; rows below that answered a thread this page starts are taken in by it.
void FeedModel::insertOlder(const EventList &newestFirst)
{
    m_newestId = qMax(m_newestId, newestFirst.first().id);
    QSet<qint64> pageStarts;
    QList<Event> rows;
    rows.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        const qint64 start = FeedThreads::isReplyEvent(*it) ? m_threads.startFor(*it) : 0;
        if (pageStarts.contains(start)) {
            m_threads.addReply(start, *it);
            continue;
        }
        m_threads.addStart(*it);
        pageStarts.insert(it->id);
        rows.append(*it);
    }
    const int count = int(rows.size());
    beginInsertRows({}, 0, count - 1);
    QList<qint64> days;
    days.reserve(count + m_days.size());
    for (const Event &event : rows)
        days << dayOf(event);
    days.append(m_days);
    m_days = std::move(days);
    rows.append(m_events);
    m_events = std::move(rows);
    endInsertRows();
    if (m_events.size() > count) // the old first row may no longer start its day
        emit dataChanged(index(count), index(count), { StartsDayRole });
    adoptOrphans(count);
}

// Rows from `firstRow` on that were replies without their start in the window, and whose
// start is now held, become that start's replies (with any replies they had gathered).
void FeedModel::adoptOrphans(int firstRow)
{
    QList<qint64> orphans;
    for (int row = firstRow; row < m_events.size(); ++row) {
        const Event &event = m_events.at(row);
        if (!isReplyRow(row) && FeedThreads::isReplyEvent(event) && m_threads.startFor(event) != 0)
            orphans << event.id;
    }
    // Found again by id: taking one in may move the rows of an expanded thread above the others.
    for (const qint64 id : std::as_const(orphans)) {
        const int row = rowOfId(id);
        const qint64 start = row < 0 ? 0 : m_threads.startFor(m_events.at(row));
        if (start == 0)
            continue;
        const Event orphan = m_events.at(row);
        // An expanded start shows its replies again afterwards, the newcomers in their place.
        const bool reshow = m_threads.isExpanded(start);
        setThreadExpanded(start, false); // its rows are above: the orphan's row moves up
        removeEventRows(rowOfId(id), 1 + m_threads.shownReplies(id));
        const EventList gathered = m_threads.takeReplies(id);
        m_threads.removeStart(id);
        m_threads.addReply(start, orphan);
        for (const Event &reply : gathered)
            m_threads.addReply(start, reply);
        threadChanged(start);
        if (reshow)
            setThreadExpanded(start, true);
    }
}

void FeedModel::removeEventRows(int first, int count)
{
    beginRemoveRows({}, first, first + count - 1);
    m_events.erase(m_events.begin() + first, m_events.begin() + first + count);
    m_days.erase(m_days.begin() + first, m_days.begin() + first + count);
    endRemoveRows();
    startsDayChanged(first);
}

void FeedModel::insertEventRow(int row, const Event &event)
{
    beginInsertRows({}, row, row);
    m_events.insert(row, event);
    m_days.insert(row, dayOf(event));
    endInsertRows();
}

void FeedModel::startsDayChanged(int fromRow)
{
    int row = fromRow;
    while (row < m_events.size() && isReplyRow(row))
        ++row;
    if (row < m_events.size())
        emit dataChanged(index(row), index(row), { StartsDayRole });
}

void FeedModel::threadChanged(qint64 startId)
{
    const int row = rowOfId(startId);
    if (row >= 0)
        emit dataChanged(index(row), index(row),
                         { ReplyCountRole, LastReplyAtRole, ThreadExpandedRole, Qt::AccessibleTextRole });
}

void FeedModel::setThreadExpanded(qint64 startId, bool expanded)
{
    const int row = rowOfId(startId);
    const int replies = m_threads.replyCount(startId);
    if (row < 0 || isReplyRow(row) || replies == 0 || m_threads.isExpanded(startId) == expanded)
        return;
    if (expanded) {
        const EventList shown = m_threads.replies(startId);
        beginInsertRows({}, row + 1, row + replies);
        m_threads.setExpanded(startId, true);
        for (int i = 0; i < replies; ++i) {
            m_events.insert(row + 1 + i, shown.at(i));
            m_days.insert(row + 1 + i, dayOf(shown.at(i)));
        }
        endInsertRows();
    } else {
        m_threads.setExpanded(startId, false);
        removeEventRows(row + 1, replies);
    }
    threadChanged(startId);
}

void FeedModel::toggleThread(qint64 startId)
{
    setThreadExpanded(startId, !m_threads.isExpanded(startId));
}

int FeedModel::revealRow(qint64 id)
{
    const int row = rowOfId(id);
    if (row >= 0)
        return row;
    const qint64 start = m_threads.startOfReply(id);
    if (start == 0)
        return -1;
    setThreadExpanded(start, true);
    return rowOfId(id);
}

void FeedModel::addEvents(const EventList &events)
{
    for (const Event &event : events) {
        if (event.channel == m_channel)
            m_pending.append(event);
    }
    // Whatever would be trimmed at once is not worth keeping until the tick.
    if (m_pending.size() > m_capacity) {
        m_pending.erase(m_pending.begin(), m_pending.end() - m_capacity);
        m_hasOlder = true;
    }
    if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void FeedModel::flushPending()
{
    if (m_pending.isEmpty() || isLoading())
        return; // the first page's arrival flushes what waited for it
    EventList fresh;
    fresh.reserve(m_pending.size());
    for (Event &event : m_pending) {
        if (event.id > m_newestId)
            fresh.append(std::move(event));
    }
    m_pending.clear();
    if (fresh.isEmpty())
        return;
    if (fresh.size() > m_capacity) {
        fresh.erase(fresh.begin(), fresh.end() - m_capacity);
        m_hasOlder = true;
    }
    appendLive(std::move(fresh));
}

// Live events, oldest first: replies join their thread (a row of their own only when it is
// expanded); the rest are appended together, after making room, so views lay out once per
// tick and the window never grows past capacity.
void FeedModel::appendLive(EventList fresh)
{
    m_newestId = fresh.last().id;
    QList<Event> rows;
    rows.reserve(fresh.size());
    QList<qint64> changedThreads;
    for (Event &event : fresh) {
        const qint64 start = FeedThreads::isReplyEvent(event) ? m_threads.startFor(event) : 0;
        if (start == 0) {
            m_threads.addStart(event);
            rows.append(std::move(event));
            continue;
        }
        m_threads.addReply(start, event);
        if (m_threads.isExpanded(start))
            insertEventRow(rowOfId(start) + 1 + m_threads.replyIndex(event.id), event);
        if (!changedThreads.contains(start))
            changedThreads << start;
    }
    for (const qint64 start : changedThreads)
        threadChanged(start);
    trimToCapacity(int(rows.size()));
    if (rows.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Event &event : rows)
        m_days << dayOf(event);
    m_events.append(rows);
    endInsertRows();
}

// Drops the oldest rows, each thread start with its replies, until `room` more events fit.
void FeedModel::trimToCapacity(int room)
{
    const int excess = heldCount() + room - m_capacity;
    if (excess <= 0)
        return;
    QList<qint64> starts;
    int rows = 0;
    int dropped = 0;
    while (rows < m_events.size() && dropped < excess) {
        const qint64 id = m_events.at(rows).id;
        const int replies = m_threads.replyCount(id);
        starts << id;
        dropped += 1 + replies;
        rows += 1 + (m_threads.isExpanded(id) ? replies : 0);
    }
    beginRemoveRows({}, 0, rows - 1);
    m_events.erase(m_events.begin(), m_events.begin() + rows);
    m_days.erase(m_days.begin(), m_days.begin() + rows);
    for (const qint64 id : starts)
        m_threads.removeStart(id);
    endRemoveRows();
    m_hasOlder = true;
    if (!m_events.isEmpty())
        emit dataChanged(index(0), index(0), { StartsDayRole }); // the new first row opens a day
}

int FeedModel::rowForStart(qint64 id) const
{
    for (int row = int(m_events.size()) - 1; row >= 0; --row) {
        if (!isReplyRow(row) && m_events.at(row).id < id)
            return row + 1 + m_threads.shownReplies(m_events.at(row).id);
    }
    return 0;
}

void FeedModel::placeEvent(const Event &event)
{
    const qint64 start = FeedThreads::isReplyEvent(event) ? m_threads.startFor(event) : 0;
    if (start != 0) {
        m_threads.addReply(start, event);
        if (m_threads.isExpanded(start))
            insertEventRow(rowOfId(start) + 1 + m_threads.replyIndex(event.id), event);
        threadChanged(start);
        return;
    }
    m_threads.addStart(event);
    const int row = rowForStart(event.id);
    insertEventRow(row, event);
    startsDayChanged(row + 1);
    adoptOrphans(row + 1);
}

void FeedModel::forgetEvent(qint64 id)
{
    const int row = rowOfId(id);
    if (const qint64 start = m_threads.startOfReply(id)) {
        // The count drops first: views lay the start out again when the row goes.
        m_threads.removeReply(id);
        if (row >= 0)
            removeEventRows(row, 1);
        threadChanged(start);
        return;
    }
    if (row < 0)
        return;
    const bool expanded = m_threads.isExpanded(id);
    removeEventRows(row, 1 + m_threads.shownReplies(id));
    const EventList replies = m_threads.takeReplies(id);
    m_threads.removeStart(id);
    // The replies stay, grouped as if the window had been opened without their start.
    QList<qint64> heads;
    for (const Event &reply : replies) {
        placeEvent(reply);
        if (m_threads.startOfReply(reply.id) == 0)
            heads << reply.id;
    }
    if (expanded) {
        for (const qint64 head : std::as_const(heads))
            setThreadExpanded(head, true);
    }
}

void FeedModel::replaceEvents(const EventList &events)
{
    QList<qint64> replaced;
    for (const Event &event : events) {
        if (event.channel != m_channel)
            continue;
        for (Event &waiting : m_pending) {
            if (waiting.id == event.id)
                waiting = event;
        }
        const int row = rowOfId(event.id);
        const qint64 start = m_threads.startOfReply(event.id);
        if (row < 0 && start == 0)
            continue; // not held
        replaced << event.id;
        const Event held = row >= 0 ? m_events.at(row) : m_threads.reply(event.id);
        if (!FeedThreads::samePlace(held, event)) {
            // It now answers another thread, or starts another: it moves there.
            forgetEvent(event.id);
            placeEvent(event);
            continue;
        }
        if (start != 0) {
            m_threads.replaceReply(event); // a hidden reply shows the edit once expanded
            if (event.receivedAtMs != held.receivedAtMs)
                threadChanged(start);
        }
        if (row >= 0) {
            m_events[row] = event;
            const qint64 day = dayOf(event);
            const bool otherDay = day != m_days.at(row);
            m_days[row] = day;
            emit dataChanged(index(row), index(row));
            if (otherDay)
                startsDayChanged(row + 1);
        }
    }
    if (!replaced.isEmpty())
        emit eventsReplaced(replaced);
}

void FeedModel::removeEvents(const EventList &events)
{
    for (const Event &event : events) {
        if (event.channel != m_channel)
            continue;
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                       [&](const Event &waiting) { return waiting.id == event.id; }),
                        m_pending.end());
        forgetEvent(event.id);
    }
}

} // namespace bb
