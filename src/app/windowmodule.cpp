// The window module, libbellboard-window.so: the QApplication and the main window of
// `bellboard` as ServeSession runs it. Built only into the module (see src/app/CMakeLists.txt);
// the app, the host and the layers below come from the executable that loads it.
#include "windowmodule.h"

#include "autostart.h"
#include "app/config/config.h"
#include "app/config/configeditor.h"
#include "app/cli/console.h"
#include "app/config/preferencessaver.h"
#include "servicehost.h"

#include "alerts/alertcenter.h"
#include "chatops/chatops.h"
#include "store/eventstore.h"
#include "ui/window/mainwindow.h"
#include "ui/window/theme.h"
#include "ui/dialogs/slackchannelsdialog.h"
#include "ui/wall/wallwindow.h"
#include "ui/window/windowslack.h"

#include <QApplication>
#include <QStandardPaths>

namespace bb {

namespace {

NotifyModes notifyModes(const Config &config)
{
    NotifyModes modes;
    for (const ChannelSettings &channel : config.channels)
        modes.insert(channel.name, channel.notify);
    return modes;
}

// [slack] mirror in the config file, for the window's channel picker: it edits the file like
// `bellboard slack mirror`, and the host follows the file, so the mirror picks the change up.
class SlackMirrorFile : public SlackMirrorChoice
{
public:
    explicit SlackMirrorFile(const QString &configFile)
        : m_file(configFile)
        , m_editor(configFile)
    {
    }

    QStringList mirrored() const override { return loadConfig(m_file).config.slack.mirror; }

    QString save(const QStringList &channels) override
    {
        QString error;
        return m_editor.saveSlackMirror(channels, &error) ? QString() : error;
    }

private:
    QString m_file;
    ConfigEditor m_editor;
};

// Members in construction order: the window goes first, before what it was handed.
class Window : public ServeWindow
{
public:
    explicit Window(const WindowSetup &setup);

    QString handOver(const QStringList &channels) override;

private:
    void bringForward();

    ServiceHost *m_host;
    ThemeFollower m_theme;
    SlackMirrorFile m_slackMirror;
    std::unique_ptr<MainWindow> m_window;
};

Window::Window(const WindowSetup &setup)
    : m_host(setup.host)
    , m_theme(setup.config->theme)
    , m_slackMirror(setup.paths.configFile)
    , m_window(std::make_unique<MainWindow>(setup.host->store()))
{
    ServiceHost &host = *setup.host;
    const Config &config = *setup.config;
    const AppPaths &paths = setup.paths;
    m_window->setNotifyModes(notifyModes(config));
    if (config.remoteImages)
        m_window->enableRemoteImages(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                                     + QStringLiteral("/bellboard/icons"));
    if (host.alerts())
        m_window->setAlerts(host.alerts(), setup.channelSettings);
    const Autostart autostart(setup.pathArguments);
    const Preferences preferences = preferencesFrom(*setup.fileConfig, autostart);
    EventStore *store = host.store();
    m_window->setPreferences(preferences, preferencesSaver(ConfigEditor(paths.configFile), autostart, preferences,
                                                           [store](const Preferences &saved) {
                                                               store->setRetention({ saved.retentionDays, saved.retentionEvents });
                                                           }));
    // Attached to a team server, Slack is the server's to mirror: no workspace to connect here.
    if (!host.isAttached()) {
        m_window->setSlack(host.slack(), QUrl(config.slack.apiUrl));
        QObject::connect(m_window->slack(), &WindowSlack::tokensSaved, &host, &ServiceHost::restartSlack);
        m_window->slack()->setMirrorChoice(&m_slackMirror);
    }
    m_window->setChatOps(setup.chatops);
    m_window->setWallTiles(config.wallTiles);
    m_window->setStatusText(host.isAttached() ? Cli::tr("Attached to %1").arg(host.url())
                                              : Cli::tr("Listening on %1").arg(host.url()));
    m_window->restoreState(setup.wall.isEmpty() ? QStringLiteral("user-behavior") : setup.wall.first());
    if (!setup.wall.isEmpty()) {
        // Only the wall shows; leaving it (Esc, F11) brings up the normal window.
        m_window->showWall(setup.wall);
    } else {
        m_window->show();
    }
    m_window->showConfigProblems(paths.configFile, setup.configProblems);
}

QString Window::handOver(const QStringList &channels)
{
    if (channels.isEmpty()) {
        bringForward();
        return QString();
    }
    const QString unknown = WallWindow::unknownChannelsError(channels, m_host->store()->channels());
    if (!unknown.isEmpty())
        return QStringLiteral("--wall: ") + unknown;
    m_window->showWall(channels);
    return QString();
}

void Window::bringForward()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

class Module : public WindowModule
{
public:
    QCoreApplication *createApplication(int &argc, char **argv) override
    {
        auto *app = new QApplication(argc, argv);
        // The desktop entry's name: Wayland compositors and docks match the window to it (icon, pinning).
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.bellboard.Bellboard"));
        return app;
    }

    QString unknownChannelsError(const QStringList &wanted, const QStringList &known) const override
    {
        return WallWindow::unknownChannelsError(wanted, known);
    }

    std::unique_ptr<ServeWindow> open(const WindowSetup &setup) override { return std::make_unique<Window>(setup); }
};

} // namespace

} // namespace bb

extern "C" Q_DECL_EXPORT bb::WindowModule *bellboard_window_module()
{
    static bb::Module module;
    return &module;
}
