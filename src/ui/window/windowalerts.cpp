#include "windowalerts.h"

#include "alerts/alertcenter.h"
#include "alerts/alertsound.h"
#include "ui/wall/celebrationoverlay.h"
#include "ui/sidebar/channelalertmenu.h"
#include "ui/sidebar/channellistmodel.h"
#include "channelpane.h"
#include "mainwindow.h"
#include "panearea.h"
#include "traynotifier.h"
#include "ui/feed/levelcolors.h"

#include <QLabel>
#include <QPushButton>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

namespace bb {

namespace {

// How long the status bar says that sound is back.
constexpr int kSoundBackShownMs = 60 * 1000;

} // namespace

WindowAlerts::WindowAlerts(MainWindow *window, QListView *channelList, AlertCenter *alerts,
                           ChannelSettingsStore *settingsStore)
    : QObject(window)
    , m_window(window)
    , m_channelList(channelList)
    , m_alerts(alerts)
    , m_settingsStore(settingsStore)
    , m_tray(new TrayNotifier(alerts, this))
    , m_soundState(new QLabel(window))
    , m_ringing(new QPushButton(window))
{
    m_ringing->setObjectName(QStringLiteral("ringingAlerts"));
    m_ringing->setAccessibleName(tr("Alerts ringing until acknowledged")); // what it says: its description
    m_ringing->setFlat(true);
    m_ringing->setCursor(Qt::PointingHandCursor);
    m_ringing->hide();
    window->statusBar()->addPermanentWidget(m_ringing);
    connect(this, &QObject::destroyed, m_ringing, &QObject::deleteLater);
    connect(m_ringing, &QPushButton::clicked, this, [this] {
        const AlertRepeater::Ringing ringing = m_alerts->ringing();
        if (ringing.newestId)
            revealEvent(ringing.newestChannel, ringing.newestId);
    });
    connect(alerts, &AlertCenter::ringingChanged, this, &WindowAlerts::showRinging);
    showRinging();
    m_soundState->setObjectName(QStringLiteral("soundState"));
    m_soundState->hide();
    window->statusBar()->addPermanentWidget(m_soundState);
    connect(this, &QObject::destroyed, m_soundState, &QObject::deleteLater); // setAlerts() again
    // The player said so on stderr before the window existed; the window says it from now on.
    if (AlertSound *player = alerts->player()) {
        if (!player->isAvailable())
            showSoundState(false, player->availabilityMessage());
        connect(player, &AlertSound::availabilityChanged, this, &WindowAlerts::showSoundState);
    }
    if (window->windowIcon().isNull())
        window->setWindowIcon(TrayNotifier::appIcon());
    connect(m_tray, &TrayNotifier::openEventRequested, this, &WindowAlerts::revealEvent);
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &WindowAlerts::bringWindowForward);
    // Every pane showing the celebrating channel makes it rain.
    const auto celebrateIn = [alerts](ChannelPane *pane) {
        connect(alerts, &AlertCenter::celebrationRequested, pane->celebration(), &CelebrationOverlay::celebrate);
    };
    for (ChannelPane *pane : window->paneArea()->panes())
        celebrateIn(pane);
    connect(window->paneArea(), &PaneArea::paneAdded, this, celebrateIn);
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

CelebrationOverlay *WindowAlerts::celebration() const
{
    return m_window->focusedPane()->celebration();
}

void WindowAlerts::onChannelOpened(const QString &channel)
{
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
    dialog->setSettingsStore(m_settingsStore);
    connect(dialog, &ChannelSettingsDialog::settingsApplied, this, &WindowAlerts::refreshNotifyModes);
    dialog->open();
}

// The sidebar shows each channel's mode as the running AlertCenter has it, defaults included.
void WindowAlerts::refreshNotifyModes()
{
    const ChannelListModel *channels = m_window->channelModel();
    const AlertSettings settings = m_alerts->settings();
    NotifyModes modes;
    for (auto channel = settings.channels.begin(); channel != settings.channels.end(); ++channel)
        modes.insert(channel.key(), channel->mode);
    for (int row = 0; row < channels->rowCount(); ++row) {
        const QString name = channels->nameAt(row);
        if (!modes.contains(name))
            modes.insert(name, settings.forChannel(name).mode);
    }
    m_window->setNotifyModes(modes);
}

void WindowAlerts::revealEvent(const QString &channel, qint64 eventId)
{
    bringWindowForward();
    m_window->revealEvent(channel, eventId);
}

void WindowAlerts::showRinging()
{
    const AlertRepeater::Ringing ringing = m_alerts->ringing();
    m_ringing->setVisible(ringing.count > 0);
    if (ringing.count == 0)
        return;
    //: in the status bar while crit alerts repeat their sound; #%1 is the (newest) alert's channel
    m_ringing->setText(ringing.count == 1
                               ? tr("An alert in #%1 rings until someone acknowledges it").arg(ringing.newestChannel)
                               : tr("%n alerts ring until acknowledged, the newest in #%1", nullptr, ringing.count)
                                         .arg(ringing.newestChannel));
    m_ringing->setAccessibleDescription(m_ringing->text());
    m_ringing->setToolTip(tr("Show the newest: /ack or its Acknowledge action stops it for the whole team"));
    // In the crit colour, as the alerts' own rows: the one thing in the status bar that asks
    // for a person.
    const QColor crit = levelColor(Level::Crit, m_window->palette());
    m_ringing->setStyleSheet(QStringLiteral("QPushButton { color: %1; font-weight: 600; border: none; padding: 0 6px; }")
                                     .arg(crit.name()));
}

void WindowAlerts::showSoundState(bool available, const QString &message)
{
    if (available && message.isEmpty())
        return; // nothing was wrong before
    m_soundState->setText(available ? tr("Sound is back") : tr("No sound"));
    m_soundState->setToolTip(message);
    m_soundState->show();
    if (available) {
        const QPointer<AlertSound> player = m_alerts->player();
        QTimer::singleShot(kSoundBackShownMs, m_soundState, [label = m_soundState, player] {
            if (player && player->isAvailable())
                label->hide();
        });
    }
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
