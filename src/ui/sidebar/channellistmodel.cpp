#include "channellistmodel.h"

#include "slack/slackmessage.h"
#include "store/eventstore.h"

#include <algorithm>

namespace bb {

ChannelListModel::ChannelListModel(EventStore *store, QObject *parent)
    : QAbstractListModel(parent)
{
    if (!store)
        return;
    for (const QString &name : store->channels())
        m_channels.append({ name });
    std::stable_sort(m_channels.begin(), m_channels.end(),
                     [](const Channel &a, const Channel &b) { return sortsBefore(a, b.name); });
    // The store announces from its own thread: queued, so counting happens on ours.
    connect(store, &EventStore::eventsCommitted, this, &ChannelListModel::addEvents,
            Qt::QueuedConnection);
}

void ChannelListModel::setNotifyModes(const NotifyModes &modes)
{
    m_notifyModes = modes;
    if (!m_channels.isEmpty())
        emit dataChanged(index(0), index(int(m_channels.size()) - 1), { MutedRole, NotifyModeRole });
}

void ChannelListModel::setCurrentChannel(const QString &name)
{
    m_current = name;
    const int row = rowOf(name);
    if (row >= 0)
        markRead(row);
}

void ChannelListModel::setShownChannels(const QStringList &names)
{
    m_shown = names;
    for (const QString &name : names) {
        const int row = rowOf(name);
        if (row >= 0)
            markRead(row);
    }
}

int ChannelListModel::rowOf(const QString &name) const
{
    const auto it = std::lower_bound(m_channels.cbegin(), m_channels.cend(), name, &ChannelListModel::sortsBefore);
    return it != m_channels.cend() && it->name == name ? int(it - m_channels.cbegin()) : -1;
}

QString ChannelListModel::nameAt(int row) const
{
    return row >= 0 && row < m_channels.size() ? m_channels.at(row).name : QString();
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Channel &channel = m_channels.at(index.row());
    const bool mirrored = isMirroredChannel(channel.name);
    // A mirrored channel shows its Slack name; the heading above says where it lives.
    const QString shown = QLatin1Char('#') + (mirrored ? channel.name.mid(channel.name.indexOf(QLatin1Char('.')) + 1) : channel.name);
    switch (role) {
    case Qt::DisplayRole:
        return shown;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString text = shown;
        if (mirrored)
            text += QLatin1String(", ") + tr("mirrored from Slack");
        if (channel.unread > 0)
            text += QLatin1String(", ") + tr("%n unread", nullptr, channel.unread);
        if (isMuted(channel.name))
            text += QLatin1String(", ") + tr("muted");
        return text;
    }
    case NameRole:
        return channel.name;
    case UnreadRole:
        return channel.unread;
    case UnreadLevelRole:
        return int(channel.unreadLevel);
    case MutedRole:
        return isMuted(channel.name);
    case NotifyModeRole:
        return QVariant::fromValue(notifyMode(channel.name));
    case MirroredRole:
        return mirrored;
    case GroupHeaderRole:
        return mirrored && index.row() == firstMirroredRow()
                     ? (m_workspaceHeading.isEmpty() ? tr("Slack") : m_workspaceHeading)
                     : QString();
    }
    return {};
}

QHash<int, QByteArray> ChannelListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(UnreadRole, "unread");
    names.insert(UnreadLevelRole, "unreadLevel");
    names.insert(MutedRole, "muted");
    names.insert(NotifyModeRole, "notifyMode");
    names.insert(MirroredRole, "mirrored");
    names.insert(GroupHeaderRole, "groupHeader");
    return names;
}

void ChannelListModel::addEvents(const EventList &events)
{
    // One dataChanged per touched row, not one per event: a burst stays cheap.
    QList<int> touched;
    for (const Event &event : events) {
        int row = rowOf(event.channel);
        if (row < 0)
            row = insertChannel(event.channel);
        if (event.channel == m_current || m_shown.contains(event.channel))
            continue;
        Channel &channel = m_channels[row];
        if (event.id != 0 && event.id <= channel.countedUpTo)
            continue;
        channel.unread += 1;
        channel.unreadLevel = std::max(channel.unreadLevel, event.level);
        if (!touched.contains(row))
            touched << row;
    }
    for (const int row : touched)
        emit dataChanged(index(row), index(row), { UnreadRole, UnreadLevelRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
}

int ChannelListModel::insertChannel(const QString &name)
{
    const auto it = std::lower_bound(m_channels.begin(), m_channels.end(), name, &ChannelListModel::sortsBefore);
    const int row = int(it - m_channels.begin());
    const int headingRow = firstMirroredRow();
    beginInsertRows({}, row, row);
    m_channels.insert(row, { name });
    endInsertRows();
    // The heading moves to a new first mirrored row: the old first row loses it.
    if (isMirroredChannel(name) && headingRow >= 0 && row <= headingRow)
        emit dataChanged(index(headingRow + 1), index(headingRow + 1), { GroupHeaderRole, Qt::SizeHintRole });
    return row;
}

bool ChannelListModel::sortsBefore(const Channel &channel, const QString &name)
{
    const bool mirrored = isMirroredChannel(channel.name);
    if (mirrored != isMirroredChannel(name))
        return !mirrored;
    return channel.name < name;
}

int ChannelListModel::firstMirroredRow() const
{
    const auto it = std::find_if(m_channels.cbegin(), m_channels.cend(),
                                 [](const Channel &c) { return isMirroredChannel(c.name); });
    return it == m_channels.cend() ? -1 : int(it - m_channels.cbegin());
}

void ChannelListModel::setWorkspaceHeading(const QString &heading)
{
    if (heading == m_workspaceHeading)
        return;
    m_workspaceHeading = heading;
    const int row = firstMirroredRow();
    if (row >= 0)
        emit dataChanged(index(row), index(row), { GroupHeaderRole, Qt::SizeHintRole });
}

NotifyMode ChannelListModel::notifyMode(const QString &name) const
{
    return m_notifyModes.value(name, NotifyMode::Bold);
}

bool ChannelListModel::isMuted(const QString &name) const
{
    return notifyMode(name) == NotifyMode::Mute || m_mutedForAWhile.contains(name);
}

void ChannelListModel::setMuted(const QString &name, bool muted)
{
    const bool changed = muted ? !m_mutedForAWhile.contains(name) : m_mutedForAWhile.contains(name);
    if (muted)
        m_mutedForAWhile.insert(name);
    else
        m_mutedForAWhile.remove(name);
    const int row = rowOf(name);
    if (changed && row >= 0)
        emit dataChanged(index(row), index(row), { Qt::AccessibleTextRole, MutedRole });
}

void ChannelListModel::setUnread(const QString &name, int count, Level level, qint64 countedUpTo)
{
    const int row = rowOf(name);
    if (row < 0 || name == m_current || m_shown.contains(name))
        return;
    Channel &channel = m_channels[row];
    channel.countedUpTo = std::max(channel.countedUpTo, countedUpTo);
    channel.unread = count;
    channel.unreadLevel = count > 0 ? level : Level::Info;
    emit dataChanged(index(row), index(row), { UnreadRole, UnreadLevelRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
}

void ChannelListModel::markRead(int row)
{
    Channel &channel = m_channels[row];
    if (channel.unread == 0)
        return;
    channel.unread = 0;
    channel.unreadLevel = Level::Info;
    emit dataChanged(index(row), index(row), { UnreadRole, UnreadLevelRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
}

} // namespace bb
