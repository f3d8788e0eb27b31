#include "commands.h"
#include "app/config/config.h"
#include "app/config/configeditor.h"
#include "console.h"
#include "app/demofeed.h"
#include "app/config/paths.h"
#include "app/servicehost.h"
#include "app/storelocation.h"
#include "app/singleinstance.h"
#include "app/windowmodule.h"
#include "app/modules.h"

#include "app/chatopssetup.h"
#include "quitonsignal.h"
#include "chatops/alertcommands.h"
#include "chatops/chatops.h"
#include "chatops/slackposter.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace bb {

namespace {

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

} // namespace

int runSoundProcessCommand(const QStringList &)
{
    QString error;
    const int status = serveSoundRequestsFromModule(&error);
    if (status < 0)
        qWarning().noquote() << "bellboard: the sound module cannot be loaded:" << error;
    return status < 0 ? 1 : status;
}

int runServeCommand(const QStringList &arguments, WindowModule *windowModule, const QString &whyNoWindow)
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
                            .arg(parser.positionalArguments().first()),
                    2);

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
                            .arg(parser.value(QStringLiteral("listen")))
                            .arg(kDefaultPort),
                    2);

    if (parser.isSet(QStringLiteral("slack-api-url"))) {
        if (!isWebUrl(parser.value(QStringLiteral("slack-api-url"))))
            return fail(Cli::tr("--slack-api-url: '%1' is not an http:// or https:// URL")
                                .arg(parser.value(QStringLiteral("slack-api-url"))),
                        2);
        loaded.config.slack.apiUrl = parser.value(QStringLiteral("slack-api-url"));
    }

    // main() loaded the window module (and made its QApplication) only when a window is wanted
    // and it can show.
    const bool window = windowModule != nullptr;
    if (!whyNoWindow.isEmpty())
        err() << whyNoWindow << Qt::endl;

    QStringList wall;
    for (const QString &name : parser.value(QStringLiteral("wall")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        wall << name.trimmed();
    if (parser.isSet(QStringLiteral("wall")) && wall.isEmpty())
        return fail(Cli::tr("--wall: name the channels to show, such as --wall user-behavior,financials"), 2);

    // A second `bellboard` with a window hands over to the first: it shows its window (or the
    // wall). The first listens before it starts serving, so a quick second start cannot miss
    // it; requests wait in the socket until the event loop runs, when the window exists.
    ServiceHost host;
    // This very binary, so the build folder, `cmake --install` and the package all find it.
    host.setSoundProcessCommand({ QCoreApplication::applicationFilePath(), QLatin1String(kSoundProcessCommand) });
    std::unique_ptr<ServeWindow> serveWindow;
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
        const bool listening = single->listen([&serveWindow](const QStringList &channels) {
            return serveWindow->handOver(channels);
        },
                                              &problem);
        if (!listening)
            err() << "bellboard: " << problem << Qt::endl;
    }

    QString storeLocation;
    if (!resolveStoreLocation(paths, loaded.config, &storeLocation, &error)
        || !host.start(loaded.config, storeLocation, &error, paths.dataDir))
        return fail(error);
    host.followConfig(paths.configFile);
    out() << Cli::tr("Bellboard is listening on %1 and storing events in %2")
                     .arg(host.url(), storeLocation)
          << Qt::endl;

    // Only a window shows a wall; headless, --wall has nothing to check.
    if (window && parser.isSet(QStringLiteral("wall"))) {
        const QString unknown = windowModule->unknownChannelsError(wall, host.store()->channels());
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

    if (window) {
        WindowSetup setup;
        setup.host = &host;
        setup.chatops = &chatops;
        setup.config = &loaded.config;
        setup.fileConfig = &fileConfig;
        setup.configProblems = loaded.errors;
        setup.paths = paths;
        setup.pathArguments = pathArguments(parser, paths);
        setup.wall = wall;
        serveWindow = windowModule->open(setup);
    }

    for (const QString &problem : configureChatOps(&chatops, loaded.config))
        err() << "bellboard: " << problem << Cli::tr(" (the command is left out)") << Qt::endl;

    quitApplicationOnTerminationSignals();
    return QCoreApplication::exec();
}

} // namespace bb
