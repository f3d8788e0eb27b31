// The window module, libbellboard-window.so: the QApplication and the main window of
// `bellboard` as servecommand.cpp runs it. Built only into the module (see src/app/CMakeLists.txt);
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
#include "ui/wall/wallwindow.h"
#include "ui/window/windowslack.h"

#include <QApplication>
#include <QStandardPaths>

namespace bb {

namespace {

QHash<QString, QString> notifyModes(const Config &config)
{
    QHash<QString, QString> modes;
    for (const ChannelSettings &channel : config.channels)
        modes.insert(channel.name, channel.notify);
    return modes;
}

class Window : public ServeWindow
{
public:
    explicit Window(const WindowSetup &setup);

    QString handOver(const QStringList &channels) override;

private:
    void bringForward();

    ServiceHost *m_host;
    ThemeFollower m_theme;
    std::unique_ptr<MainWindow> m_window;
};

Window::Window(const WindowSetup &setup)
    : m_host(setup.host)
    , m_theme(parseTheme(setup.config->theme).value_or(Theme::System))
    , m_window(std::make_unique<MainWindow>(setup.host->store()))
{
    ServiceHost &host = *setup.host;
    const Config &config = *setup.config;
    const AppPaths &paths = setup.paths;
    m_window->setNotifyModes(notifyModes(config));
    if (config.remoteImages)
        m_window->enableRemoteImages(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                                     + QStringLiteral("/bellboard/icons"));
    if (host.alerts()) {
        m_window->setAlerts(host.alerts(), [editor = ConfigEditor(paths.configFile)](
                                                   const QString &channel, const ChannelAlertSettings &settings, QString *error) {
            return editor.saveChannel(channel, settings, error);
        });
    }
    const Autostart autostart(setup.pathArguments);
    const Preferences preferences = preferencesFrom(*setup.fileConfig, autostart);
    EventStore *store = host.store();
    m_window->setPreferences(preferences, preferencesSaver(ConfigEditor(paths.configFile), autostart, preferences,
                                                           [store](const Preferences &saved) {
                                                               store->setRetention({ saved.retentionDays, saved.retentionEvents });
                                                           }));
    m_window->setSlack(host.slack(), QUrl(config.slack.apiUrl), [&host](const SlackTokens &tokens) {
        host.restartSlack(tokens);
    });
    // The window's channel picker edits the file like `bellboard slack mirror`; the host
    // follows the file, so the mirror picks the change up.
    m_window->slack()->setMirrorChoice([file = paths.configFile] { return loadConfig(file).config.slack.mirror; },
                                       [editor = ConfigEditor(paths.configFile)](const QStringList &channels) {
                                           QString error;
                                           return editor.saveSlackMirror(channels, &error) ? QString() : error;
                                       });
    m_window->setChatOps(setup.chatops);
    m_window->setWallTiles(config.wallTiles);
    m_window->setStatusText(Cli::tr("Listening on %1").arg(host.url()));
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
