#pragma once

#include "ui/dialogs/channelsettingsdialog.h"

#include <QObject>

class QLabel;
class QPushButton;
class QListView;

namespace bb {

class AlertCenter;
class CelebrationOverlay;
class MainWindow;
class TrayNotifier;

// The window's side of alerts: tray notifications that open their event, "make it rain"
// over the feed, the sidebar's mute marks and its context menu (mute, unmute, channel
// settings), marking a channel read when the user looks at it, and whether sound works (a
// mark in the status bar while it does not, and for a while after it comes back).
class WindowAlerts : public QObject
{
    Q_OBJECT
public:
    // `channelList` is the window's sidebar; the settings dialog saves in `settingsStore` (not
    // owned, may be null: nothing is saved).
    WindowAlerts(MainWindow *window, QListView *channelList, AlertCenter *alerts, ChannelSettingsStore *settingsStore);

    TrayNotifier *tray() const { return m_tray; }
    CelebrationOverlay *celebration() const;            // over the focused pane
    QLabel *soundState() const { return m_soundState; } // in the status bar; hidden while sound works
    // In the status bar while crit alerts repeat until acknowledged: how many, and a click shows
    // the newest (where /ack or its Acknowledge action stops them). Hidden when none rings.
    QPushButton *ringingAlerts() const { return m_ringing; }

public slots:
    void openSettings(const QString &channel);
    void revealEvent(const QString &channel, qint64 eventId);

private:
    void onChannelOpened(const QString &channel);
    void showChannelMenu(const QPoint &position);
    void refreshNotifyModes();
    void bringWindowForward();
    void showSoundState(bool available, const QString &message);
    void showRinging();

    MainWindow *m_window;
    QListView *m_channelList;
    AlertCenter *m_alerts;
    ChannelSettingsStore *m_settingsStore;
    TrayNotifier *m_tray;
    QLabel *m_soundState;
    QPushButton *m_ringing;
};

} // namespace bb
