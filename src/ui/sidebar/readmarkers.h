#pragma once

#include "core/event.h"

#include <QHash>
#include <QObject>

class QSettings;

namespace bb {

class AsyncEventReader;
class ChannelListModel;
class EventStore;
struct EventPage;

// Unread counts that survive a restart: the newest event the user has seen in each
// channel is kept in the window's settings ([read] in window.ini); at start each channel's
// newest page is read (asynchronously) and what is newer than its marker counts as unread.
// A channel's marker moves when its unread count goes to zero (the user opened it) and
// while it is the open channel.
class ReadMarkers : public QObject
{
    Q_OBJECT
public:
    // `settings` outlives this object; `store` may be null (tests feed events).
    ReadMarkers(ChannelListModel *channels, AsyncEventReader *reader, EventStore *store, QSettings *settings,
                QObject *parent = nullptr);

    // Reads every channel's unread events since its marker into the sidebar.
    void start();
    qint64 lastRead(const QString &channel) const { return m_lastRead.value(channel); }
    bool isLoaded() const { return m_started && m_liveWhileLoading.isEmpty(); } // countsLoaded() was emitted

    static constexpr int kCountLimit = 1000; // more than this shows as "999+"

signals:
    void countsLoaded(); // every channel's count from the store is in the sidebar

private:
    void onPage(const QString &channel, const EventPage &page);
    void onEvents(const EventList &events);
    void onChannelsChanged(const QModelIndex &first, const QModelIndex &last, const QList<int> &roles);
    void setLastRead(const QString &channel, qint64 id);

    ChannelListModel *m_channels;
    AsyncEventReader *m_reader;
    QSettings *m_settings;
    bool m_started = false;
    QHash<QString, qint64> m_lastRead;
    QHash<QString, qint64> m_newest;              // the newest event seen per channel
    QHash<QString, EventList> m_liveWhileLoading; // channels whose count is being read, with what arrived meanwhile
};

} // namespace bb
