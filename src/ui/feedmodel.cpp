#include "feedmodel.h"

#include "core/messagehtml.h"
#include "store/asynceventreader.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <algorithm>

namespace bb {

FeedModel::FeedModel(EventStore *store, AsyncEventReader *reader, QObject *parent)
    : QAbstractListModel(parent), m_reader(reader)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &FeedModel::flushPending);
    connect(m_reader, &AsyncEventReader::pageReady, this, &FeedModel::onPage);
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
    m_pending.clear();
    m_hasOlder = false;
    m_olderRequest = 0;
    m_newestRequest = channel.isEmpty() ? 0 : m_reader->requestChannelPage(channel, 0, m_pageSize);
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
    return m_hasOlder && m_olderRequest == 0 && m_newestRequest == 0 && m_events.size() < m_capacity;
}

void FeedModel::fetchOlder()
{
    if (!canFetchOlder() || m_events.isEmpty())
        return;
    const int room = int(m_capacity - m_events.size());
    m_olderRequest = m_reader->requestChannelPage(m_channel, m_events.first().id, qMin(m_pageSize, room));
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
    case Qt::AccessibleTextRole:
        // What a screen reader says and copy takes; the delegate paints the rich form.
        return event.senderName + QLatin1String(": ") + eventPlainText(event);
    case EventRole:
        return QVariant::fromValue(event);
    case EventIdRole:
        return event.id;
    case LevelRole:
        return int(event.level);
    case StartsDayRole:
        return startsDay(index.row());
    }
    return {};
}

qint64 FeedModel::dayOf(const Event &event)
{
    return QDateTime::fromMSecsSinceEpoch(event.receivedAtMs).date().toJulianDay();
}

bool FeedModel::startsDay(int row) const
{
    return row == 0 || m_days.at(row) != m_days.at(row - 1);
}

qint64 FeedModel::newestId() const
{
    return m_events.isEmpty() ? 0 : m_events.last().id;
}

void FeedModel::onPage(quint64 requestId, const EventPage &page)
{
    if (requestId != m_newestRequest && requestId != m_olderRequest)
        return; // an answer for a channel we have left
    const bool newest = requestId == m_newestRequest;
    (newest ? m_newestRequest : m_olderRequest) = 0;
    if (!page.error.isEmpty()) {
        emit loadFailed(page.error);
        return;
    }
    m_hasOlder = page.hasMore;
    if (page.events.isEmpty()) {
        if (newest) {
            emit newestLoaded();
            flushPending();
        }
        return;
    }
    const int count = int(page.events.size());
    beginInsertRows({}, 0, count - 1);
    QList<Event> older;
    older.reserve(count + m_events.size());
    std::copy(page.events.crbegin(), page.events.crend(), std::back_inserter(older));
    older.append(m_events);
    m_events = std::move(older);
    QList<qint64> days;
    days.reserve(m_events.size());
    for (int row = 0; row < count; ++row)
        days << dayOf(m_events.at(row));
    days.append(m_days);
    m_days = std::move(days);
    endInsertRows();
    if (m_events.size() > count) // the old first row may no longer start its day
        emit dataChanged(index(count), index(count), { StartsDayRole });
    if (newest) {
        emit newestLoaded();
        flushPending(); // live events that raced the first page, minus those it already held
    } else {
        emit olderLoaded(count);
    }
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
    const qint64 after = newestId();
    EventList fresh;
    fresh.reserve(m_pending.size());
    for (Event &event : m_pending) {
        if (event.id > after)
            fresh.append(std::move(event));
    }
    m_pending.clear();
    if (fresh.isEmpty())
        return;
    if (fresh.size() > m_capacity) {
        fresh.erase(fresh.begin(), fresh.end() - m_capacity);
        m_hasOlder = true;
    }
    // Room first, then the insert: views lay out once per tick, never past capacity.
    trimToCapacity(int(fresh.size()));
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Event &event : fresh)
        m_days << dayOf(event);
    m_events.append(fresh);
    endInsertRows();
}

void FeedModel::trimToCapacity(int room)
{
    const int excess = int(m_events.size()) + room - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_events.erase(m_events.begin(), m_events.begin() + excess);
    m_days.erase(m_days.begin(), m_days.begin() + excess);
    endRemoveRows();
    m_hasOlder = true;
    if (!m_events.isEmpty())
        emit dataChanged(index(0), index(0), { StartsDayRole }); // the new first row opens a day
}

// The window holds ids in ascending order (pages and live events both), so a search finds a row.
int FeedModel::rowOfId(qint64 id) const
{
    const auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), id,
                                     [](const Event &event, qint64 wanted) { return event.id < wanted; });
    return it != m_events.cend() && it->id == id ? int(it - m_events.cbegin()) : -1;
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
        if (row < 0)
            continue;
        m_events[row] = event;
        replaced << event.id;
        emit dataChanged(index(row), index(row));
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
        const int row = rowOfId(event.id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_events.removeAt(row);
        m_days.removeAt(row);
        endRemoveRows();
        if (row < m_events.size()) // the next row may now open its day
            emit dataChanged(index(row), index(row), { StartsDayRole });
    }
}

} // namespace bb
