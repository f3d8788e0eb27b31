#pragma once

#include "core/event.h"
#include "store/readmarkermap.h"

#include <QHash>
#include <QObject>

class QSettings;
class QTimer;

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

    // Keeps the markers in the store too, as `user`'s (a console attached to a team server: the
    // person's unread counts follow them to another desk): start() reads them first (the larger
    // of the store's and this desk's wins), and every move is saved there, at most once a
    // second; a move at another desk while both are open arrives live (the store's
    // readMarkersMoved) and lowers this desk's counts. Before start().
    void shareThroughStore(EventStore *store, const QString &user);

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
    void onMarkersMoved(const ReadMarkerMap &markers);
    void readCount(const QString &channel, int limit);
    void onChannelsChanged(const QModelIndex &first, const QModelIndex &last, const QList<int> &roles);
    void setLastRead(const QString &channel, qint64 id);
    bool remember(const QString &channel, qint64 id); // false when not newer than the marker
    void readChannels();
    void saveShared();

    ChannelListModel *m_channels;
    AsyncEventReader *m_reader;
    QSettings *m_settings;
    bool m_started = false;
    QHash<QString, qint64> m_lastRead;
    QHash<QString, qint64> m_newest;              // the newest event seen per channel
    QHash<QString, EventList> m_liveWhileLoading; // channels whose count is being read, with what arrived meanwhile
    EventStore *m_sharedStore = nullptr;          // where the markers are also kept (shareThroughStore)
    QString m_sharedUser;
    QHash<QString, qint64> m_unsaved; // moves not yet saved in m_sharedStore
    QTimer *m_saveTimer = nullptr;
};

} // namespace bb
