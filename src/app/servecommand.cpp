#include "commands.h"
#include "config.h"
#include "configeditor.h"
#include "console.h"
#include "demofeed.h"
#include "paths.h"
#include "preferencessaver.h"
#include "servicehost.h"
#include "singleinstance.h"

#include "chatopssetup.h"
#include "quitonsignal.h"
#include "alerts/alertcommands.h"
#include "chatops/chatops.h"
#include "chatops/slackposter.h"
#include "store/eventreader.h"
#include "store/eventstore.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/windowslack.h"
#include "ui/wallwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <memory>

namespace bb {

namespace {

QHash<QString, QString> notifyModes(const Config &config)
{
    QHash<QString, QString> modes;
    for (const ChannelSettings &channel : config.channels)
        modes.insert(channel.name, channel.notify);
    return modes;
}

// --data-dir and --config as given, for the autostart entry to start the same instance.
QStringList pathArguments(const QCommandLineParser &parser, const AppPaths &paths)
{
    QStringList arguments;
    if (parser.isSet(QStringLiteral("data-dir")))
        arguments << QStringLiteral("--data-dir") << paths.dataDir;
    if (parser.isSet(QStringLiteral("config")))
        arguments << QStringLiteral("--config") << paths.configFile;
    return arguments;
}

void bringForward(MainWindow *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

int runServeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Bellboard: a monitoring console for the events your applications post.\n\n"
                   "Subcommands: send, run, search, secret, slack (see `bellboard SUBCOMMAND --help`)."));
    parser.addHelpOption();
    parser.addVersionOption();
    addPathOptions(parser);
    parser.addOption({ QStringLiteral("headless"),
                       Cli::tr("Run everything but the window.") });
    parser.addOption({ QStringLiteral("listen"),
                       Cli::tr("Listen on <addr:port> instead of the configured address (default 127.0.0.1:%1).")
                               .arg(kDefaultPort),
                       QStringLiteral("addr:port") });
    parser.addOption({ QStringLiteral("demo"),
                       Cli::tr("Fill the channels with a realistic live stream of sample events.") });
    parser.addOption({ QStringLiteral("slack-api-url"),
                       Cli::tr("Slack's Web API at <url> instead of [slack] api_url (an enterprise proxy, tests)."),
                       QStringLiteral("url") });
    parser.addOption({ QStringLiteral("wall"),
                       Cli::tr("Full-screen wall mode showing <channels> (comma-separated)."),
                       QStringLiteral("channels") });
    processArguments(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        return fail(Cli::tr("unknown subcommand '%1' (send, run, search, secret, slack)")
                            .arg(parser.positionalArguments().first()), 2);

    const AppPaths paths = AppPaths::fromOptions(parser);
    QString error;
    if (!ensureConfigFile(paths.configFile, &error))
        err() << "bellboard: " << error << Qt::endl;
    ConfigLoadResult loaded = loadConfig(paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Cli::tr(" (using the default)") << Qt::endl;

    const Config fileConfig = loaded.config; // what Preferences edit, without --listen's override
    if (parser.isSet(QStringLiteral("listen"))
        && !parseListenAddress(parser.value(QStringLiteral("listen")), &loaded.config.listenAddress,
                               &loaded.config.listenPort))
        return fail(Cli::tr("--listen: '%1' is not an address such as 127.0.0.1:%2")
                            .arg(parser.value(QStringLiteral("listen"))).arg(kDefaultPort), 2);

    if (parser.isSet(QStringLiteral("slack-api-url"))) {
        if (!isWebUrl(parser.value(QStringLiteral("slack-api-url"))))
            return fail(Cli::tr("--slack-api-url: '%1' is not an http:// or https:// URL")
                                .arg(parser.value(QStringLiteral("slack-api-url"))), 2);
        loaded.config.slack.apiUrl = parser.value(QStringLiteral("slack-api-url"));
    }

    // main() made a QApplication only when a window is wanted and a display exists.
    const bool window = qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
    if (!window && !parser.isSet(QStringLiteral("headless")))
        err() << Cli::tr("bellboard: no display found (DISPLAY and WAYLAND_DISPLAY are not set); running headless.")
              << Qt::endl;

    QStringList wall;
    for (const QString &name : parser.value(QStringLiteral("wall")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        wall << name.trimmed();
    if (parser.isSet(QStringLiteral("wall")) && wall.isEmpty())
        return fail(Cli::tr("--wall: name the channels to show, such as --wall user-behavior,financials"), 2);

    // A second `bellboard` with a window hands over to the first: it shows its window (or the
    // wall). The first listens before it starts serving, so a quick second start cannot miss
    // it; requests wait in the socket until the event loop runs, when the window exists.
    ServiceHost host;
    std::unique_ptr<MainWindow> mainWindow;
    std::unique_ptr<SingleInstance> single;
    if (window) {
        single = std::make_unique<SingleInstance>(paths.dataDir);
        QString answer;
        if (single->forwardToRunning(wall, &answer)) {
            if (!answer.isEmpty())
                return fail(answer, 2);
            out() << Cli::tr("Bellboard is already running; its window was brought forward.") << Qt::endl;
            return 0;
        }
        QString problem;
        const bool listening = single->listen([&mainWindow, &host](const QStringList &channels) {
            if (channels.isEmpty()) {
                bringForward(mainWindow.get());
                return QString();
            }
            const QString unknown = WallWindow::unknownChannelsError(channels, host.store()->channels());
            if (!unknown.isEmpty())
                return QStringLiteral("--wall: ") + unknown;
            mainWindow->showWall(channels);
            return QString();
        }, &problem);
        if (!listening)
            err() << "bellboard: " << problem << Qt::endl;
    }

    if (!host.start(loaded.config, paths.databaseFile(), &error))
        return fail(error);
    host.followConfig(paths.configFile);
    out() << Cli::tr("Bellboard is listening on %1 and storing events in %2")
                     .arg(host.url(), paths.databaseFile())
          << Qt::endl;

    if (parser.isSet(QStringLiteral("wall"))) {
        const QString unknown = WallWindow::unknownChannelsError(wall, host.store()->channels());
        if (!unknown.isEmpty())
            return fail(QStringLiteral("--wall: ") + unknown, 2);
    }

    // The composer's commands: built-ins first, so a configured command cannot take their names.
    ChatOps chatops(host.store());
    chatops.setResponseUrls(host.responseUrls());
    // In a mirrored Slack channel the composer's messages go to Slack.
    std::unique_ptr<SlackPoster> slackPoster;
    if (host.slack()) {
        slackPoster = std::make_unique<SlackPoster>(host.slack());
        slackPoster->serve(&chatops);
    }
    const auto saveChannel = [editor = ConfigEditor(paths.configFile)](
            const QString &channel, const ChannelAlertSettings &settings, QString *error) {
        return editor.saveChannel(channel, settings, error);
    };
    if (host.alerts())
        registerAlertCommands(&chatops, host.alerts(), saveChannel);

    std::unique_ptr<DemoFeed> demo;
    if (parser.isSet(QStringLiteral("demo"))) {
        demo = std::make_unique<DemoFeed>(host.store());
        // An empty store first gets some history (read once at start-up, before any window).
        if (EventReader(host.store()->databasePath()).totalCount() == 0)
            demo->backfill(180, 30);
        demo->start();
    }

    std::unique_ptr<ThemeFollower> theme;
    if (window) {
        theme = std::make_unique<ThemeFollower>(parseTheme(loaded.config.theme).value_or(Theme::System));
        mainWindow = std::make_unique<MainWindow>(host.store());
        mainWindow->setNotifyModes(notifyModes(loaded.config));
        if (loaded.config.remoteImages)
            mainWindow->enableRemoteImages(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                                           + QStringLiteral("/bellboard/icons"));
        if (host.alerts()) {
            mainWindow->setAlerts(host.alerts(), saveChannel);
        }
        const Autostart autostart(pathArguments(parser, paths));
        const Preferences preferences = preferencesFrom(fileConfig, autostart);
        EventStore *store = host.store();
        mainWindow->setPreferences(preferences, preferencesSaver(ConfigEditor(paths.configFile), autostart, preferences,
                                                                 [store](const Preferences &saved) {
            store->setRetention({ saved.retentionDays, saved.retentionEvents });
        }));
        mainWindow->setSlack(host.slack(), QUrl(loaded.config.slack.apiUrl), [&host](const SlackTokens &tokens) {
            host.restartSlack(tokens);
        });
        // The window's channel picker edits the file like `bellboard slack mirror`; the host
        // follows the file, so the mirror picks the change up.
        mainWindow->slack()->setMirrorChoice([file = paths.configFile] { return loadConfig(file).config.slack.mirror; },
                                             [editor = ConfigEditor(paths.configFile)](const QStringList &channels) {
            QString error;
            return editor.saveSlackMirror(channels, &error) ? QString() : error;
        });
        mainWindow->setChatOps(&chatops);
        mainWindow->setStatusText(Cli::tr("Listening on %1").arg(host.url()));
        mainWindow->restoreState(wall.isEmpty() ? QStringLiteral("user-behavior") : wall.first());
        if (!wall.isEmpty()) {
            // Only the wall shows; leaving it (Esc, F11) brings up the normal window.
            mainWindow->showWall(wall);
        } else {
            mainWindow->show();
        }
        mainWindow->showConfigProblems(paths.configFile, loaded.errors);
    }

    for (const QString &problem : configureChatOps(&chatops, loaded.config))
        err() << "bellboard: " << problem << Cli::tr(" (the command is left out)") << Qt::endl;

    quitApplicationOnTerminationSignals();
    return QCoreApplication::exec();
}

} // namespace bb
