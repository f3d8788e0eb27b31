#pragma once

#include "channelsettingsdialog.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

namespace Ui { class MainWindow; }

namespace bb {

class AlertCenter;
class AsyncEventReader;
class ChatOps;
class ChannelListModel;
class EventStore;
class FeedModel;
class FeedView;
class WallWindow;
class WindowAlerts;
class WindowChatOps;
class WindowSearch;

// The console window: channels on the left, the open channel's feed on the right. A view
// of the store: it reads pages through its own AsyncEventReader and follows what the store
// commits; it holds no data of its own beyond the windows its models keep.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EventStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // channel name → notify mode, from the configuration ([[channels]] notify).
    void setNotifyModes(const QHash<QString, QString> &modes);
    void setStatusText(const QString &text);

    // Tray notifications, "make it rain", mutes and channel settings from the sidebar;
    // `saver` writes the settings dialog's changes to the config file.
    void setAlerts(AlertCenter *alerts, ChannelSettingsSaver saver = {});
    WindowAlerts *alerts() const { return m_alerts; }

    // Restores geometry and the open channel from the last run (QSettings), or opens
    // `fallbackChannel` / the first channel.
    void restoreState(const QString &fallbackChannel = QString());

    QString currentChannel() const;
    ChannelListModel *channelModel() const { return m_channels; }
    FeedModel *feedModel() const { return m_feed; }
    FeedView *feedView() const;
    WindowSearch *search() const { return m_search; } // Ctrl+F, user timelines

    // The composer under the feed, and the window's commands (/search, /user, /wall).
    void setChatOps(ChatOps *chatops);
    WindowChatOps *chatOps() const { return m_chatOps; }

public slots:
    void showChannel(const QString &name);
    void openQuickSwitcher();
    void selectAdjacentChannel(int step); // -1 previous, +1 next (Alt+Up / Alt+Down)
    // Wall mode (F11): `channels` as columns, full screen; leaving it shows this window.
    void showWall(const QStringList &channels);
    void leaveWall();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onChannelRowChanged();
    void updateHeader();
    void applyPaletteDetails();
    void saveState() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AsyncEventReader *m_reader;
    ChannelListModel *m_channels;
    FeedModel *m_feed;
    EventStore *m_store = nullptr; // for the wall, which reads and follows the store itself
    WallWindow *m_wall = nullptr;
    WindowSearch *m_search = nullptr;
    WindowAlerts *m_alerts = nullptr;
    WindowChatOps *m_chatOps = nullptr;
    AlertCenter *m_alertCenter = nullptr; // for walls opened later
};

} // namespace bb
