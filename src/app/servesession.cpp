#include "servesession.h"

#include "app/chatopssetup.h"
#include "app/channelsettingsfile.h"
#include "app/cli/commands.h"
#include "app/cli/console.h"
#include "app/demofeed.h"
#include "app/remotecommands.h"
#include "app/servercommands.h"
#include "app/servicehost.h"
#include "app/singleinstance.h"
#include "app/storelocation.h"
#include "app/windowmodule.h"
#include "chatops/alertcommands.h"
#include "chatops/chatops.h"
#include "chatops/slackposter.h"
#include "net/servertls.h"
#include "remote/remotecall.h"
#include "remote/remotestore.h"
#include "remote/streamnotices.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace bb {

ServeSession::ServeSession(ServeOptions options, WindowModule *windowModule)
    : m_options(std::move(options))
    , m_windowModule(windowModule)
{
}

// The members go in reverse order (see the header).
ServeSession::~ServeSession() = default;

std::optional<int> ServeSession::start()
{
    const AppPaths &paths = m_options.paths;
    const Config &config = m_options.config;

    // A second `bellboard` with a window hands over to the first: it shows its window (or the
    // wall). The first listens before it starts serving, so a quick second start cannot miss
    // it; requests wait in the socket until the event loop runs, when the window exists.
    if (m_windowModule) {
        m_single = std::make_unique<SingleInstance>(paths.dataDir);
        QString answer;
        if (m_single->forwardToRunning(m_options.wall, &answer)) {
            if (!answer.isEmpty())
                return fail(answer, 2);
            out() << Cli::tr("Bellboard is already running; its window was brought forward.") << Qt::endl;
            return 0;
        }
        QString problem;
        const bool listening = m_single->listen(
                [this](const QStringList &channels) { return m_window ? m_window->handOver(channels) : QString(); },
                &problem);
        if (!listening)
            err() << "bellboard: " << problem << Qt::endl;
    }

    m_host = std::make_unique<ServiceHost>();
    // A team server's TLS files: a file that cannot be used stops the start, as a bad
    // --listen does (serving plain HTTP instead would send tokens in clear).
    if (!config.tlsCertificate.isEmpty()) {
        QSslConfiguration tls;
        QString tlsError;
        if (!loadServerTls(config.tlsCertificate, config.tlsKey, &tls, &tlsError))
            return fail(QStringLiteral("[server] tls_certificate / tls_key: ") + tlsError, 2);
        m_host->setTls(tls);
    }
    // This very binary, so the build folder, `cmake --install` and the package all find it.
    m_host->setSoundProcessCommand({ QCoreApplication::applicationFilePath(), QLatin1String(kSoundProcessCommand) });
    QString error;
    QString storeLocation;
    if (m_options.remote) {
        // Attached to a team server: its store is the server, and nothing listens here.
        storeLocation = m_options.remote->url.toString();
        m_streamNotices = std::make_unique<StreamNotices>();
        registerRemoteStore(storeLocation, *m_options.remote, {}, m_streamNotices.get());
        if (!m_host->startAttached(config, storeLocation, &error))
            return fail(error);
        // Who this desk is on the server: the name its /ack and posts say (the server records
        // the same person from the token). One blocking call at start-up, as the store's open.
        m_personOnServer = RemoteCall(*m_options.remote).get(QStringLiteral("/api/whoami")).body.value(QStringLiteral("user")).toString();
        out() << Cli::tr("Bellboard is attached to %1 as %2").arg(storeLocation, m_personOnServer) << Qt::endl;
    } else {
        if (!resolveStoreLocation(paths, config, &storeLocation, &error)
            || !m_host->start(config, storeLocation, &error, paths.dataDir))
            return fail(error);
        m_host->followConfig(paths.configFile);
        out() << Cli::tr("Bellboard is listening on %1 and storing events in %2").arg(m_host->url(), storeLocation)
              << Qt::endl;
    }

    // Only a window shows a wall; headless, --wall has nothing to check.
    if (m_windowModule && !m_options.wall.isEmpty()) {
        const QString unknown = m_windowModule->unknownChannelsError(m_options.wall, m_host->store()->channels());
        if (!unknown.isEmpty())
            return fail(QStringLiteral("--wall: ") + unknown, 2);
    }

    // The composer's commands: built-ins first, so a configured command cannot take their names.
    m_channelSettings = std::make_unique<ChannelSettingsFile>(paths.configFile);
    m_chatops = std::make_unique<ChatOps>(m_host->store());
    m_chatops->setResponseUrls(m_host->responseUrls());
    // In a mirrored Slack channel the composer's messages go to Slack.
    if (m_host->slack()) {
        m_slackPoster = std::make_unique<SlackPoster>(m_host->slack());
        m_slackPoster->serve(m_chatops.get());
    }
    if (m_host->alerts())
        registerAlertCommands(m_chatops.get(), m_host->alerts(), m_channelSettings.get());
    // A team server runs its people's commands (POST /api/commands) through the same ChatOps.
    if (!m_options.remote)
        m_host->commands()->setChatOps(m_chatops.get());

    if (m_options.demo) {
        m_demo = std::make_unique<DemoFeed>(m_host->store());
        // An empty store first gets some history (read once at start-up, before any window).
        if (EventReader(m_host->store()->databasePath()).totalCount() == 0)
            m_demo->backfill(180, 30);
        m_demo->start();
    }

    if (m_windowModule)
        startWindow();

    // Attached, webhook and process commands are the server's (it holds their secrets): this
    // desk's own [[commands]] are not loaded, the server's are listed in beside the built-ins.
    Config chatopsConfig = config;
    if (m_options.remote)
        chatopsConfig.commands.clear();
    for (const QString &problem : configureChatOps(m_chatops.get(), chatopsConfig))
        err() << "bellboard: " << problem << Cli::tr(" (the command is left out)") << Qt::endl;
    if (!m_personOnServer.isEmpty())
        m_chatops->setUserName(m_personOnServer);
    if (m_options.remote) {
        m_remoteCommands = std::make_unique<RemoteCommands>(m_chatops.get(), *m_options.remote, m_streamNotices.get());
        QObject::connect(m_remoteCommands.get(), &RemoteCommands::loaded, m_remoteCommands.get(),
                         [](int, const QString &error) {
                             if (!error.isEmpty())
                                 err() << "bellboard: " << Cli::tr("the server's commands are unavailable: %1").arg(error) << Qt::endl;
                         });
        m_remoteCommands->load();
    }
    return std::nullopt;
}

void ServeSession::startWindow()
{
    WindowSetup setup;
    setup.host = m_host.get();
    setup.chatops = m_chatops.get();
    setup.channelSettings = m_channelSettings.get();
    setup.config = &m_options.config;
    setup.fileConfig = &m_options.fileConfig;
    setup.configProblems = m_options.configProblems;
    setup.paths = m_options.paths;
    setup.pathArguments = m_options.pathArguments;
    setup.wall = m_options.wall;
    m_window = m_windowModule->open(setup);
}

} // namespace bb
