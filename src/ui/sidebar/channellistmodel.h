#pragma once

#include "alerts/alertsettings.h"
#include "core/event.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bb {

class EventStore;

// The sidebar's channels, sorted by name (local ones, then the mirrored Slack channels under
// their workspace's heading), with what arrived in each since the user last
// looked at it. Channels come from the store and from committed events (a sender may
// create one); the notify mode of each comes from the configuration as plain data.
class ChannelListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // "user-behavior", without '#'
        UnreadRole,                  // int: events since the channel was last open
        UnreadLevelRole,             // int (Level): the most urgent unread event
        MutedRole,                   // bool: NotifyMode::Mute, or muted for a while
        NotifyModeRole,              // NotifyMode
        MirroredRole,                // bool: a mirrored Slack channel (listed after the local ones)
        GroupHeaderRole,             // QString: on the first mirrored row, the workspace and its state
    };

    // `store` may be null (tests feed events through addEvents()).
    explicit ChannelListModel(EventStore *store, QObject *parent = nullptr);

    // channel name → notify mode, from the config's [[channels]]; others are NotifyMode::Bold.
    void setNotifyModes(const NotifyModes &modes);

    // A mute for a while (sidebar, /mute): the channel shows as muted until it ends.
    void setMuted(const QString &name, bool muted);

    // What is unread in a channel, as counted from the store at start (ReadMarkers), with the
    // newest id that count covers: an announcement of an event up to it, arriving late, is
    // not counted a second time.
    void setUnread(const QString &name, int count, Level level, qint64 countedUpTo = 0);
    // The heading of the mirrored Slack channels: "Slack · Acme — reconnecting in 4 s".
    void setWorkspaceHeading(const QString &heading);

    // The channel the user is looking at: it never collects unread events.
    void setCurrentChannel(const QString &name);
    QString currentChannel() const { return m_current; }
    // Channels shown in the window's other panes: like the current one, they collect nothing.
    void setShownChannels(const QStringList &names);
    bool isShown(const QString &name) const { return name == m_current || m_shown.contains(name); }

    int rowOf(const QString &name) const; // -1 when unknown
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Counts events as unread (except in the current channel) and adds channels new to us.
    void addEvents(const bb::EventList &events);

private:
    struct Channel
    {
        QString name;
        int unread = 0;
        Level unreadLevel = Level::Info;
        qint64 countedUpTo = 0; // events up to this id are in `unread` already
    };
    int insertChannel(const QString &name);                               // returns its row
    static bool sortsBefore(const Channel &channel, const QString &name); // local channels, then mirrored
    int firstMirroredRow() const;
    NotifyMode notifyMode(const QString &name) const;
    bool isMuted(const QString &name) const;
    void markRead(int row);

    QList<Channel> m_channels;
    NotifyModes m_notifyModes;
    QSet<QString> m_mutedForAWhile;
    QString m_current;
    QStringList m_shown;
    QString m_workspaceHeading;
};

} // namespace bb
