#pragma once

#include "channelsettingsdialog.h"

#include <QObject>

class QListView;

namespace bb {

class AlertCenter;
class CelebrationOverlay;
class MainWindow;
class TrayNotifier;

// The window's side of alerts: tray notifications that open their event, "make it rain"
// over the feed, the sidebar's mute marks and its context menu (mute, unmute, channel
// settings), and marking a channel read when the user looks at it.
class WindowAlerts : public QObject
{
    Q_OBJECT
public:
    // `channelList` is the window's sidebar; `saver` writes the dialog's changes to the config.
    WindowAlerts(MainWindow *window, QListView *channelList, AlertCenter *alerts, ChannelSettingsSaver saver);

    TrayNotifier *tray() const { return m_tray; }
    CelebrationOverlay *celebration() const; // over the focused pane

public slots:
    void openSettings(const QString &channel);
    void revealEvent(const QString &channel, qint64 eventId);

private:
    void onChannelOpened(const QString &channel);
    void showChannelMenu(const QPoint &position);
    void refreshNotifyModes();
    void bringWindowForward();

    MainWindow *m_window;
    QListView *m_channelList;
    AlertCenter *m_alerts;
    ChannelSettingsSaver m_saver;
    TrayNotifier *m_tray;
};

} // namespace bb
