// `bellboard` without a subcommand: parses the command line and the config file, then hands
// over to a ServeSession, which owns everything that runs.
#include "commands.h"
#include "app/config/config.h"
#include "app/config/paths.h"
#include "app/modules.h"
#include "app/servesession.h"
#include "console.h"
#include "quitonsignal.h"
#include "remotecli.h"
#include "serverwait.h"
#include "remote/certificatepin.h"

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
            "Subcommands: send, run, search, secret, slack, remote, store (see `bellboard SUBCOMMAND --help`)."));
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
    parser.addOption({ QStringLiteral("connect"),
                       Cli::tr("Open the window attached to the Bellboard server at <url> for this run (log in "
                               "first: bellboard remote login URL); [remote] server does it for every run."),
                       QStringLiteral("url") });
    parser.addOption({ QStringLiteral("certificate-sha256"),
                       Cli::tr("With --connect: trust the server's certificate when its SHA-256 fingerprint is <hex> "
                               "(a self-signed server other than [remote] server)."),
                       QStringLiteral("hex") });
    parser.addOption({ QStringLiteral("wall"),
                       Cli::tr("Full-screen wall mode showing <channels> (comma-separated)."),
                       QStringLiteral("channels") });
    processArguments(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        return fail(Cli::tr("unknown subcommand '%1' (send, run, search, secret, slack, remote, store)")
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
    // and it can show. --connect asks for nothing but a window, so without one it is refused
    // rather than run as a local server the user did not ask for.
    if (!whyNoWindow.isEmpty() && parser.isSet(QStringLiteral("connect")))
        return fail(Cli::tr("--connect opens a window attached to a server, and none can open here: %1").arg(whyNoWindow), 2);

    QStringList wall;
    for (const QString &name : parser.value(QStringLiteral("wall")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        wall << name.trimmed();
    if (parser.isSet(QStringLiteral("wall")) && wall.isEmpty())
        return fail(Cli::tr("--wall: name the channels to show, such as --wall user-behavior,financials"), 2);

    // A console attached to a team server: --connect, or [remote] server for a window started
    // without --data-dir (as `search` and `send` choose). Never the server itself (--headless).
    const bool headless = parser.isSet(QStringLiteral("headless"));
    if (headless && parser.isSet(QStringLiteral("connect")))
        return fail(Cli::tr("--connect attaches a window to a server: it does not go with --headless"), 2);
    QUrl attachTo;
    if (parser.isSet(QStringLiteral("connect"))) {
        attachTo = parseServerUrl(parser.value(QStringLiteral("connect")));
        if (!attachTo.isValid())
            return fail(Cli::tr("--connect: '%1' is not an http:// or https:// URL").arg(parser.value(QStringLiteral("connect"))), 2);
    } else if (!headless && windowModule && !parser.isSet(QStringLiteral("data-dir"))) {
        attachTo = parseServerUrl(loaded.config.remote.server);
    }
    QString givenPin;
    if (parser.isSet(QStringLiteral("certificate-sha256"))) {
        givenPin = normalizedSha256(parser.value(QStringLiteral("certificate-sha256")));
        if (givenPin.isEmpty())
            return fail(Cli::tr("--certificate-sha256: '%1' is not a SHA-256 fingerprint (64 hex digits)")
                                .arg(parser.value(QStringLiteral("certificate-sha256"))),
                        2);
        if (!parser.isSet(QStringLiteral("connect")) || attachTo.scheme() != QLatin1String("https"))
            return fail(Cli::tr("--certificate-sha256 goes with --connect to an https:// server"), 2);
    }

    ServeOptions options;
    if (attachTo.isValid()) {
        RemoteServer server;
        if (!remoteServerAt(attachTo, loaded.config, &server, &error))
            return fail(error, 2);
        if (!givenPin.isEmpty())
            server.certificateSha256 = givenPin;
        options.remote = server;
    }
    if (!whyNoWindow.isEmpty()) // said once the arguments are known to be good
        err() << "bellboard: " << Cli::tr("%1; running headless.").arg(whyNoWindow) << Qt::endl;
    options.paths = paths;
    options.pathArguments = pathArguments(parser, paths);
    options.config = loaded.config;
    options.fileConfig = fileConfig;
    options.configProblems = loaded.errors;
    options.wall = wall;
    options.demo = parser.isSet(QStringLiteral("demo"));
    // The signal handler goes first: from the listener's first answer on, SIGTERM is a clean quit.
    quitApplicationOnTerminationSignals();
    // Parsed: the session owns the rest, and goes before the application object (main()'s).
    std::unique_ptr<ServeSession> session;
    if (!options.remote) {
        session = std::make_unique<ServeSession>(std::move(options), windowModule);
        if (const std::optional<int> status = session->start())
            return *status;
        // A signal during start() (its nested event loops) quit nothing: no loop was running.
        if (terminationSignalled())
            return 0;
        return QCoreApplication::exec();
    }
    // A console waits for its server when it cannot be reached yet, then starts as above.
    ServerWait wait(*options.remote);
    QObject::connect(&wait, &ServerWait::refused, &wait, [](const QString &sentence) {
        err() << "bellboard: " << sentence << Qt::endl;
        QCoreApplication::exit(1);
    });
    QObject::connect(&wait, &ServerWait::answered, &wait, [&] {
        session = std::make_unique<ServeSession>(std::move(options), windowModule);
        if (const std::optional<int> status = session->start())
            QCoreApplication::exit(*status);
        else if (terminationSignalled())
            QCoreApplication::exit(0);
    });
    wait.start();
    const int status = QCoreApplication::exec();
    session.reset(); // before the wait whose signal made it, and before the application object
    return status;
}

} // namespace bb
