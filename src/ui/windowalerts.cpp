#include "windowalerts.h"

#include "alerts/alertcenter.h"
#include "celebrationoverlay.h"
#include "channelalertmenu.h"
#include "channellistmodel.h"
#include "feedmodel.h"
#include "feedview.h"
#include "mainwindow.h"
#include "traynotifier.h"

#include <QListView>
#include <QMenu>

namespace bb {

WindowAlerts::WindowAlerts(MainWindow *window, QListView *channelList, AlertCenter *alerts,
                           ChannelSettingsSaver saver)
    : QObject(window),
      m_window(window),
      m_channelList(channelList),
      m_alerts(alerts),
      m_saver(std::move(saver)),
      m_tray(new TrayNotifier(alerts, this)),
      m_celebration(new CelebrationOverlay(window->feedView()))
{
    if (window->windowIcon().isNull())
        window->setWindowIcon(TrayNotifier::appIcon());
    connect(m_tray, &TrayNotifier::openEventRequested, this, &WindowAlerts::revealEvent);
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &WindowAlerts::bringWindowForward);
    connect(alerts, &AlertCenter::celebrationRequested, m_celebration, &CelebrationOverlay::celebrate);
    connect(alerts, &AlertCenter::muteChanged, this, [this](const QString &channel, const QDateTime &until) {
        m_window->channelModel()->setMuted(channel, until.isValid());
    });
    // What arrives in the channel the user is looking at is read already.
    connect(alerts, &AlertCenter::unreadChanged, this, [this](const QString &channel, int count) {
        if (count > 0 && channel == m_window->currentChannel() && m_window->isActiveWindow())
            m_alerts->markRead(channel);
    });
    connect(channelList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onChannelOpened(current.data(ChannelListModel::NameRole).toString()); });
    channelList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(channelList, &QWidget::customContextMenuRequested, this, &WindowAlerts::showChannelMenu);

    refreshNotifyModes();
    const AlertSettings settings = alerts->settings();
    for (auto channel = settings.channels.begin(); channel != settings.channels.end(); ++channel)
        window->channelModel()->setMuted(channel.key(), alerts->mutedUntil(channel.key()).isValid());
    onChannelOpened(window->currentChannel());
}

void WindowAlerts::onChannelOpened(const QString &channel)
{
    m_celebration->stop();
    m_celebration->setChannel(channel);
    if (!channel.isEmpty())
        m_alerts->markRead(channel);
}

void WindowAlerts::showChannelMenu(const QPoint &position)
{
    const QString channel = m_channelList->indexAt(position).data(ChannelListModel::NameRole).toString();
    if (channel.isEmpty())
        return;
    QMenu menu(m_channelList);
    ChannelAlertMenu::addActions(&menu, m_alerts, channel, [this, channel] { openSettings(channel); });
    menu.exec(m_channelList->viewport()->mapToGlobal(position));
}

void WindowAlerts::openSettings(const QString &channel)
{
    auto *dialog = new ChannelSettingsDialog(channel, m_alerts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver(m_saver);
    connect(dialog, &ChannelSettingsDialog::settingsApplied, this, &WindowAlerts::refreshNotifyModes);
    dialog->open();
}

// The sidebar shows each channel's mode as the running AlertCenter has it, defaults included.
void WindowAlerts::refreshNotifyModes()
{
    const ChannelListModel *channels = m_window->channelModel();
    const AlertSettings settings = m_alerts->settings();
    QHash<QString, QString> modes;
    for (auto channel = settings.channels.begin(); channel != settings.channels.end(); ++channel)
        modes.insert(channel.key(), notifyModeName(channel->mode));
    for (int row = 0; row < channels->rowCount(); ++row) {
        const QString name = channels->nameAt(row);
        if (!modes.contains(name))
            modes.insert(name, notifyModeName(settings.forChannel(name).mode));
    }
    m_window->setNotifyModes(modes);
}

void WindowAlerts::revealEvent(const QString &channel, qint64 eventId)
{
    bringWindowForward();
    m_window->showChannel(channel);
    FeedModel *feed = m_window->feedModel();
    const auto scrollToEvent = [this, feed, eventId] {
        for (int row = feed->rowCount() - 1; row >= 0; --row) {
            if (feed->eventAt(row).id == eventId) {
                m_window->feedView()->scrollTo(feed->index(row), QAbstractItemView::PositionAtCenter);
                return;
            }
        }
    };
    if (feed->isLoading())
        connect(feed, &FeedModel::newestLoaded, this, scrollToEvent, Qt::SingleShotConnection);
    else
        scrollToEvent();
}

void WindowAlerts::bringWindowForward()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace bb
