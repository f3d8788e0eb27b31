#include "readmarkers.h"

#include "channellistmodel.h"
#include "store/asynceventreader.h"
#include "store/eventstore.h"

#include <QSettings>
#include <QTimer>
#include <algorithm>

namespace bb {

namespace {
const QString kGroup = QStringLiteral("read");
constexpr int kSaveDelayMs = 1000;  // a channel open while events stream in moves its marker often
constexpr int kRetryDelayMs = 5000; // the store or its server could not be reached
} // namespace

ReadMarkers::ReadMarkers(ChannelListModel *channels, AsyncEventReader *reader, EventStore *store,
                         QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_channels(channels)
    , m_reader(reader)
    , m_settings(settings)
{
    m_settings->beginGroup(kGroup);
    for (const QString &channel : m_settings->childKeys())
        m_lastRead.insert(channel, m_settings->value(channel).toLongLong());
    m_settings->endGroup();
    connect(channels, &ChannelListModel::dataChanged, this, &ReadMarkers::onChannelsChanged);
    if (store)
        connect(store, &EventStore::eventsCommitted, this, &ReadMarkers::onEvents, Qt::QueuedConnection);
}

void ReadMarkers::shareThroughStore(EventStore *store, const QString &user)
{
    m_sharedStore = store;
    m_sharedUser = user;
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &QTimer::timeout, this, &ReadMarkers::saveShared);
    connect(store, &EventStore::readMarkersMoved, this, &ReadMarkers::onMarkersMoved, Qt::QueuedConnection);
}

void ReadMarkers::start()
{
    if (!m_sharedStore)
        return readChannels();
    m_reader->readMarkers(m_sharedUser, this, [this](const ReadMarkerMap &markers) {
        for (auto marker = markers.constBegin(); marker != markers.constEnd(); ++marker)
            remember(marker.key(), marker.value());
        readChannels();
    });
}

void ReadMarkers::readChannels()
{
    m_started = true;
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        const QString channel = m_channels->nameAt(row);
        // A channel without a marker (first start) has read everything up to now.
        const int limit = m_lastRead.contains(channel) ? kCountLimit : 1;
        if (!m_liveWhileLoading.contains(channel))
            readCount(channel, limit);
    }
    if (m_liveWhileLoading.isEmpty())
        emit countsLoaded();
}

// The channel's newest page, to count what is newer than its marker (onPage).
void ReadMarkers::readCount(const QString &channel, int limit)
{
    m_liveWhileLoading.insert(channel, {});
    m_reader->readChannelPage(channel, 0, limit, this, [this, channel](const EventPage &page) { onPage(channel, page); });
}

void ReadMarkers::onPage(const QString &channel, const EventPage &page)
{
    Q_ASSERT(m_liveWhileLoading.contains(channel));
    const EventList live = m_liveWhileLoading.take(channel);
    if (page.error.isEmpty()) {
        const qint64 newestOnPage = page.events.isEmpty() ? 0 : page.events.first().id;
        m_newest[channel] = std::max(m_newest.value(channel), newestOnPage);
        if (!m_lastRead.contains(channel))
            setLastRead(channel, newestOnPage);
        // A channel on screen has been seen up to its newest event, including those that arrived
        // while its page was read (the list model keeps no count for it, so no change says so).
        if (m_channels->isShown(channel))
            setLastRead(channel, m_newest.value(channel));
        const qint64 marker = m_lastRead.value(channel);
        int unread = 0;
        Level level = Level::Info;
        for (const Event &event : page.events) {
            if (event.id <= marker)
                break;
            ++unread;
            level = std::max(level, event.level);
        }
        if (unread > 0 && unread == page.events.size() && page.hasMore)
            ++unread; // more than the limit: "999+"
        // Live events the page could not hold yet (committed after it was read).
        qint64 counted = newestOnPage;
        for (const Event &event : live) {
            counted = std::max(counted, event.id);
            if (event.id > newestOnPage && event.id > marker) {
                ++unread;
                level = std::max(level, event.level);
            }
        }
        m_channels->setUnread(channel, unread, level, counted);
    }
    if (m_liveWhileLoading.isEmpty())
        emit countsLoaded();
}

void ReadMarkers::onEvents(const EventList &events)
{
    for (const Event &event : events) {
        m_newest[event.channel] = std::max(m_newest.value(event.channel), event.id);
        const auto loading = m_liveWhileLoading.find(event.channel);
        if (loading != m_liveWhileLoading.end())
            loading->append(event);
        else if (m_channels->isShown(event.channel))
            setLastRead(event.channel, event.id);
    }
}

// The person read further at another desk: this desk's markers follow, forward only, and the
// counts of those channels drop to what is newer than the new markers. Nothing becomes
// unread: a marker this desk has passed already changes nothing.
void ReadMarkers::onMarkersMoved(const ReadMarkerMap &markers)
{
    for (auto marker = markers.constBegin(); marker != markers.constEnd(); ++marker) {
        const QString &channel = marker.key();
        // Before start(), or while the channel's count is read, that count uses the new marker.
        if (!remember(channel, marker.value()) || !m_started || m_liveWhileLoading.contains(channel))
            continue;
        const qint64 newest = m_newest.value(channel);
        if (marker.value() >= newest)
            m_channels->setUnread(channel, 0, Level::Info, std::max(newest, marker.value()));
        else
            readCount(channel, kCountLimit);
    }
}

// An unread count back to zero means the user has seen the channel up to its newest event.
void ReadMarkers::onChannelsChanged(const QModelIndex &first, const QModelIndex &last, const QList<int> &roles)
{
    if (!roles.isEmpty() && !roles.contains(ChannelListModel::UnreadRole))
        return;
    for (int row = first.row(); row <= last.row(); ++row) {
        const QModelIndex index = m_channels->index(row);
        const QString channel = index.data(ChannelListModel::NameRole).toString();
        if (index.data(ChannelListModel::UnreadRole).toInt() == 0 && m_newest.contains(channel)
            && !m_liveWhileLoading.contains(channel))
            setLastRead(channel, m_newest.value(channel));
    }
}

void ReadMarkers::setLastRead(const QString &channel, qint64 id)
{
    if (!remember(channel, id) || !m_sharedStore)
        return;
    m_unsaved.insert(channel, id);
    if (!m_saveTimer->isActive())
        m_saveTimer->start(kSaveDelayMs);
}

bool ReadMarkers::remember(const QString &channel, qint64 id)
{
    if (m_lastRead.contains(channel) && m_lastRead.value(channel) >= id)
        return false;
    m_lastRead.insert(channel, id);
    m_settings->setValue(kGroup + QLatin1Char('/') + channel, id);
    return true;
}

// The store moves markers forward only, so an older save arriving late takes nothing back.
// A save that failed (nothing stored comes back) is tried again until it is stored, so a move
// made while the database or the team server is away reaches the person's other desks later.
void ReadMarkers::saveShared()
{
    const ReadMarkerMap sending = std::exchange(m_unsaved, {});
    m_sharedStore->setReadMarkers(m_sharedUser, sending, this, [this, sending](const ReadMarkerMap &stored) {
        if (!stored.isEmpty() || sending.isEmpty())
            return;
        for (auto it = sending.constBegin(); it != sending.constEnd(); ++it) {
            if (m_unsaved.value(it.key(), -1) < it.value()) // a newer move waits already
                m_unsaved.insert(it.key(), it.value());
        }
        if (!m_saveTimer->isActive())
            m_saveTimer->start(kRetryDelayMs);
    });
}

} // namespace bb
