#include "commands.h"
#include "config.h"
#include "console.h"
#include "paths.h"
#include "servicehost.h"

#include "quitonsignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bb {

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

    if (!parser.isSet(QStringLiteral("headless")))
        err() << Cli::tr("bellboard: the window is not part of this build yet; running headless.")
              << Qt::endl;

    ServiceHost host;
    if (!host.start(loaded.config, paths.databaseFile(), &error))
        return fail(error);
    out() << Cli::tr("Bellboard is listening on %1 and storing events in %2")
                     .arg(host.url(), paths.databaseFile())
          << Qt::endl;

    quitApplicationOnTerminationSignals();
    return QCoreApplication::exec();
}

} // namespace bb
