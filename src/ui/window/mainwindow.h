#pragma once

#include "ui/dialogs/channelsettingsdialog.h"
#include "ui/dialogs/preferencesdialog.h"

#include "core/walltile.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>
#include <memory>

class QSettings;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace bb {

class AlertCenter;
class AsyncEventReader;
class ChannelSettingsStore;
class ChatOps;
class ChannelListModel;
class ChannelPane;
class EventStore;
class FeedModel;
class FeedView;
class PaneArea;
class ReadMarkers;
class SenderIcons;
class StoreStatusBanner;
class WallWindow;
class WindowAlerts;
class WindowChatOps;
class WindowSearch;
class WindowSlack;
class SlackMirror;
struct SlackTokens;

// The console window: channels on the left, one or more channel feeds side by side on the
// right (PaneArea); the sidebar, shortcuts and search act on the focused pane. A view of
// the store: it reads pages through its own AsyncEventReader and follows what the store
// commits; it holds no data of its own beyond the windows its models keep.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EventStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // channel name → notify mode, from the configuration ([[channels]] notify).
    void setNotifyModes(const NotifyModes &modes);
    void setStatusText(const QString &text);
    // [window] remote_images: sender icons from icon_url, fetched in the background and kept
    // in `cacheDir`. Off unless called.
    void enableRemoteImages(const QString &cacheDir);
    SenderIcons *senderIcons() const { return m_icons; }

    // Tray notifications, "make it rain", mutes and channel settings from the sidebar; the
    // settings dialog saves in `settingsStore` (the config file). Neither is owned; both
    // outlive the window.
    void setAlerts(AlertCenter *alerts, ChannelSettingsStore *settingsStore = nullptr);
    WindowAlerts *alerts() const { return m_alerts; }

    // File → Preferences edits `current` through `saver` (bellboard.toml, autostart). Without
    // a saver the menu entry is disabled.
    void setPreferences(const Preferences &current, PreferencesSaver saver);

    // A broken config never stops Bellboard: this says, without blocking the window, which
    // values of `path` could not be used (their defaults are in effect). Nothing for no problems.
    QMessageBox *showConfigProblems(const QString &path, const QStringList &problems);

    // The Slack workspace in the sidebar (heading and state over the mirrored channels of
    // `mirror`, may be null) and the "Connect Slack workspace…" dialog, whose stored tokens
    // slack() announces by WindowSlack::tokensSaved.
    void setSlack(SlackMirror *mirror, const QUrl &apiUrl);
    WindowSlack *slack() const { return m_slack; }

    // Restores geometry, the panes and their channels from the last run (QSettings), or
    // opens `fallbackChannel` / the first channel; the focused pane's composer takes the
    // keyboard focus, so typing works at once.
    void restoreState(const QString &fallbackChannel = QString());

    QString currentChannel() const; // the focused pane's
    ChannelListModel *channelModel() const { return m_channels; }
    ReadMarkers *readMarkers() const { return m_readMarkers; }
    FeedModel *feedModel() const; // the focused pane's
    FeedView *feedView() const;   // the focused pane's
    PaneArea *paneArea() const { return m_panes; }
    ChannelPane *focusedPane() const;
    AsyncEventReader *reader() const { return m_reader; }
    WindowSearch *search() const { return m_search; }                  // Ctrl+F, user timelines
    StoreStatusBanner *statusBanner() const { return m_statusBanner; } // "Disconnected from …"
    WallWindow *wall() const { return m_wall; }                        // null unless in wall mode

    // A composer at the bottom of every pane, and the window's commands (/search, /user, /wall).
    void setChatOps(ChatOps *chatops);
    WindowChatOps *chatOps() const { return m_chatOps; }

public slots:
    void showChannel(const QString &name); // in the focused pane
    // Opens `channel` (a pane showing it, else the focused pane) with event `id` selected,
    // reading older pages until the feed holds it; the pane reports eventRevealed/revealFailed.
    void revealEvent(const QString &channel, qint64 id);
    void openQuickSwitcher();
    PreferencesDialog *openPreferences();
    void selectAdjacentChannel(int step); // -1 previous, +1 next (Alt+Up / Alt+Down)
    // Wall mode (F11): `channels` as columns, full screen; leaving it shows this window.
    void showWall(const QStringList &channels);
    void leaveWall();
    // The numbers above the wall's columns ([[wall.tiles]]; defaultWallTiles() until set).
    void setWallTiles(const QList<WallTileSpec> &tiles) { m_wallTiles = tiles; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onChannelRowChanged();
    void onFocusedPaneChanged(ChannelPane *pane);
    void focusInput();
    void setUpPane(ChannelPane *pane);
    std::optional<NotifyMode> notifyModeOf(const QString &channel) const; // nullopt: not listed
    void updateHeader();
    void applyPaletteDetails();
    void saveState() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AsyncEventReader *m_reader;
    ChannelListModel *m_channels;
    PaneArea *m_panes;
    StoreStatusBanner *m_statusBanner = nullptr;
    EventStore *m_store = nullptr; // for the wall, which reads and follows the store itself
    WallWindow *m_wall = nullptr;
    QList<WallTileSpec> m_wallTiles = defaultWallTiles();
    WindowSearch *m_search = nullptr;
    WindowAlerts *m_alerts = nullptr;
    WindowSlack *m_slack = nullptr;
    WindowChatOps *m_chatOps = nullptr;
    AlertCenter *m_alertCenter = nullptr;      // for walls opened later
    std::unique_ptr<QSettings> m_readSettings; // where m_readMarkers keeps the markers
    ReadMarkers *m_readMarkers = nullptr;
    SenderIcons *m_icons = nullptr;
    Preferences m_preferences;
    PreferencesSaver m_preferencesSaver;
};

} // namespace bb
