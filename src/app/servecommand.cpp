#include "commands.h"
#include "config.h"
#include "configeditor.h"
#include "console.h"
#include "demofeed.h"
#include "paths.h"
#include "servicehost.h"

#include "chatopssetup.h"
#include "quitonsignal.h"
#include "alerts/alertcommands.h"
#include "chatops/chatops.h"
#include "store/eventreader.h"
#include "ui/mainwindow.h"
#include "ui/wallwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
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

} // namespace

int runServeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Bellboard: a monitoring console for the events your applications post.\n\n"
                   "Subcommands: send, run, search, secret (see `bellboard SUBCOMMAND --help`)."));
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
    parser.addOption({ QStringLiteral("wall"),
                       Cli::tr("Full-screen wall mode showing <channels> (comma-separated)."),
                       QStringLiteral("channels") });
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        return fail(Cli::tr("unknown subcommand '%1' (send, run, search, secret)")
                            .arg(parser.positionalArguments().first()), 2);

    const AppPaths paths = AppPaths::fromOptions(parser);
    QString error;
    if (!writeDefaultConfigIfMissing(paths.configFile, &error))
        err() << "bellboard: " << error << Qt::endl;
    ConfigLoadResult loaded = loadConfig(paths.configFile);
    for (const QString &problem : loaded.errors)
        err() << "bellboard: " << problem << Cli::tr(" (using the default)") << Qt::endl;

    if (parser.isSet(QStringLiteral("listen"))
        && !parseListenAddress(parser.value(QStringLiteral("listen")), &loaded.config.listenAddress,
                               &loaded.config.listenPort))
        return fail(Cli::tr("--listen: '%1' is not an address such as 127.0.0.1:%2")
                            .arg(parser.value(QStringLiteral("listen"))).arg(kDefaultPort), 2);

    // main() made a QApplication only when a window is wanted and a display exists.
    const bool window = qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
    if (!window && !parser.isSet(QStringLiteral("headless")))
        err() << Cli::tr("bellboard: no display found (DISPLAY and WAYLAND_DISPLAY are not set); running headless.")
              << Qt::endl;

    ServiceHost host;
    if (!host.start(loaded.config, paths.databaseFile(), &error))
        return fail(error);
    out() << Cli::tr("Bellboard is listening on %1 and storing events in %2")
                     .arg(host.url(), paths.databaseFile())
          << Qt::endl;

    QStringList wall;
    for (const QString &name : parser.value(QStringLiteral("wall")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        wall << name.trimmed();
    if (parser.isSet(QStringLiteral("wall"))) {
        if (wall.isEmpty())
            return fail(Cli::tr("--wall: name the channels to show, such as --wall user-behavior,financials"), 2);
        const QString unknown = WallWindow::unknownChannelsError(wall, host.store()->channels());
        if (!unknown.isEmpty())
            return fail(QStringLiteral("--wall: ") + unknown, 2);
    }

    // The composer's commands: built-ins first, so a configured command cannot take their names.
    ChatOps chatops(host.store());
    chatops.setResponseUrls(host.responseUrls());
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

    std::unique_ptr<MainWindow> mainWindow;
    if (window) {
        mainWindow = std::make_unique<MainWindow>(host.store());
        mainWindow->setNotifyModes(notifyModes(loaded.config));
        if (host.alerts()) {
            mainWindow->setAlerts(host.alerts(), saveChannel);
        }
        mainWindow->setChatOps(&chatops);
        mainWindow->setStatusText(Cli::tr("Listening on %1").arg(host.url()));
        mainWindow->restoreState(wall.isEmpty() ? QStringLiteral("user-behavior") : wall.first());
        if (!wall.isEmpty()) {
            // Only the wall shows; leaving it (Esc, F11) brings up the normal window.
            mainWindow->showWall(wall);
        } else {
            mainWindow->show();
        }
    }

    for (const QString &problem : configureChatOps(&chatops, loaded.config))
        err() << "bellboard: " << problem << Cli::tr(" (the command is left out)") << Qt::endl;

    quitApplicationOnTerminationSignals();
    return QCoreApplication::exec();
}

} // namespace bb
