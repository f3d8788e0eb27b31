#include "servicehost.h"

#include "modules.h"
#include "servercommands.h"

#include "alerts/alertcenter.h"
#include "alerts/alertsound.h"
#include "chatops/responseurlservice.h"
#include "ingest/http/httpserver.h"
#include "ingest/ingestservice.h"
#include "secrets/secrets.h"
#include "slack/slackmirror.h"
#include "slack/slackstatusfile.h"
#include "slack/slacktokens.h"
#include "store/eventstore.h"
#include "store/storebackend.h"

#include <QDebug>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFileInfo>

namespace bb {

namespace {

QString urlFor(const QHostAddress &address, quint16 port, bool tls)
{
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + listenAddressText(address, port) + QLatin1Char('/');
}

} // namespace

ServiceHost::ServiceHost(QObject *parent)
    : QObject(parent)
    , m_responseUrls(std::make_unique<ResponseUrlService>())
    , m_commands(std::make_unique<ServerCommands>())
{
    qRegisterMetaType<CommandRequest>();
    m_ingestThread.setObjectName(QStringLiteral("ingest"));
}

ServiceHost::~ServiceHost()
{
    // Stop taking requests before the store goes: nothing may be acknowledged after this.
    stopListening();
    // The mirror before the store: what it has queued still commits, nothing comes after.
    delete m_slack;
    m_slack = nullptr;
    if (!m_slackStatusDir.isEmpty())
        SlackStatusFile(m_slackStatusDir).remove();
    m_store.reset(); // commits what is queued
}

bool ServiceHost::resolveTokens(const Config &config, QHash<QString, QString> *tokens, QString *error)
{
    for (const QString &name : config.ingestTokenNames) {
        const SecretLookup secret = readSecret(name);
        if (!secret.ok()) {
            *error = tr("ingest token '%1': %2").arg(name, secret.error);
            return false;
        }
        tokens->insert(secret.value, name);
    }
    return true;
}

// A person's token is a secret like an ingest token; only its digest is kept (PersonDirectory).
bool ServiceHost::resolvePeople(const Config &config, PersonDirectory *people, QString *error)
{
    for (const UserConfig &user : config.users) {
        const SecretLookup secret = readSecret(user.tokenName);
        if (!secret.ok()) {
            *error = tr("user '%1': token '%2': %3").arg(user.name, user.tokenName, secret.error);
            return false;
        }
        people->add(secret.value, Person{ user.name, user.role });
    }
    return true;
}

// Each [[sources]] secret's value; a source without one takes only senders on this machine.
bool ServiceHost::resolveSourceSecrets(const Config &config, QList<ConfiguredSource> *sources, QString *error)
{
    for (const SourceSettings &settings : config.sources) {
        ConfiguredSource source{ settings, {} };
        if (!settings.secretName.isEmpty()) {
            const SecretLookup secret = readSecret(settings.secretName);
            if (!secret.ok()) {
                *error = tr("source '%1', secret '%2': %3").arg(settings.name, settings.secretName, secret.error);
                return false;
            }
            source.secret = secret.value.toUtf8();
        } else if (!config.listenAddress.isLoopback()) {
            qWarning().noquote() << "bellboard:"
                                 << tr("source '%1' has no secret: it accepts requests from this machine only").arg(settings.name);
        }
        *sources << source;
    }
    return true;
}

bool ServiceHost::start(const Config &config, const QString &storeLocation, QString *error, const QString &dataDir)
{
    const bool inFile = storeEngineOf(storeLocation) == StoreEngine::Sqlite;
    QHash<QString, QString> tokens;
    if (!resolveTokens(config, &tokens, error))
        return false;
    PersonDirectory people;
    if (!resolvePeople(config, &people, error))
        return false;
    if (!config.users.isEmpty() && !config.listenAddress.isLoopback() && m_tls.isNull())
        qWarning().noquote() << "bellboard:"
                             << tr("WARNING: listening on %1 with [[users]] but without TLS: people's tokens and "
                                   "every event cross the network in clear. Set [server] tls_certificate and tls_key.")
                                        .arg(config.listenAddress.toString());
    if (!config.listenAddress.isLoopback() && tokens.isEmpty()) {
        *error = tr("refusing to listen on %1: a non-loopback address needs an ingest token "
                    "(set one with `bellboard secret set NAME` and list NAME in [server] ingest_tokens)")
                         .arg(config.listenAddress.toString());
        return false;
    }
    QList<ConfiguredSource> sources;
    if (!resolveSourceSecrets(config, &sources, error))
        return false;

    if (inFile)
        QDir().mkpath(QFileInfo(storeLocation).absolutePath());
    if (!openStore(config, storeLocation, error))
        return false;
    startAlerts(config);

    if (!startListening(config, tokens, people, sources, error)) {
        delete m_alerts;
        m_alerts = nullptr;
        m_store.reset();
        return false;
    }
    startSlack(config, dataDir.isEmpty() && inFile ? QFileInfo(storeLocation).absolutePath() : dataDir);
    return true;
}

bool ServiceHost::openStore(const Config &config, const QString &storeLocation, QString *error)
{
    auto store = std::make_unique<EventStore>();
    store->setDurability(config.durability);
    QStringList configuredChannels;
    for (const ChannelSettings &channel : config.channels)
        configuredChannels << channel.name;
    store->setConfiguredChannels(configuredChannels);
    QString storeError;
    if (!store->open(storeLocation, &storeError)) {
        *error = tr("cannot open the event store %1: %2").arg(storeLocation, storeError);
        return false;
    }
    store->setRetention(config.retention);
    m_store = std::move(store);
    return true;
}

// The server listens, mirrors Slack and keeps retention; this console shows, rings by its own
// channel settings, and writes through the server (the store's remote engine).
bool ServiceHost::startAttached(const Config &config, const QString &serverLocation, QString *error)
{
    Q_ASSERT(storeEngineOf(serverLocation) == StoreEngine::Remote);
    if (!openStore(config, serverLocation, error))
        return false;
    m_url = serverLocation;
    m_attached = true;
    startAlerts(config);
    return true;
}

// A Slack problem never stops Bellboard: it is said once here, and the status (the sidebar,
// `bellboard slack status`) keeps saying it. The mirror exists even with nothing to mirror,
// so that a login or a `bellboard slack mirror` later can start it.
void ServiceHost::startSlack(const Config &config, const QString &dataDir)
{
    m_slack = new SlackMirror(m_store.get(), this);
    followLeadership();
    m_slackStatusDir = dataDir;
    QDir().mkpath(dataDir); // a PostgreSQL store's server made no file there yet
    const SlackStatusFile statusFile(dataDir);
    connect(m_slack, &SlackMirror::statusChanged, this, [statusFile](const SlackStatus &status) {
        QString error;
        if (!statusFile.write(status, &error))
            qWarning().noquote() << "bellboard:" << tr("cannot write %1: %2").arg(statusFile.path(), error);
    });
    applySlackConfig(config.slack);
}

void ServiceHost::applySlackConfig(const SlackConfig &slack)
{
    m_slackSettings.apiUrl = QUrl(slack.apiUrl);
    m_slackSettings.channels = slack.mirror;
    m_slackConfig = slack;
    slacktokens::Lookup tokens;
    if (!slack.mirror.isEmpty()) {
        // The keychain is asked only when there is something to mirror.
        tokens = slacktokens::read();
        if (!tokens.ok())
            qWarning().noquote() << "bellboard:" << tr("the Slack mirror is waiting for a login: %1").arg(tokens.error);
        else if (tokens.fromEnvironment)
            qWarning().noquote() << "bellboard:"
                                 << tr("using the Slack tokens from BELLBOARD_SECRET_SLACK_* environment variables, "
                                       "not the keychain: keep this service's environment private");
    }
    m_slackTokens = tokens.tokens;
    startSlackIfLeading();
}

void ServiceHost::restartSlack(const SlackTokens &tokens)
{
    m_slackTokens = tokens;
    startSlackIfLeading();
}

// Servers sharing one PostgreSQL database mirror Slack one at a time: the leader (the store
// decides, see EventStore::isLeader). A SQLite store's server always leads.
void ServiceHost::startSlackIfLeading()
{
    if (!m_slack)
        return;
    if (m_store->isLeader())
        m_slack->start(m_slackSettings, m_slackTokens);
    else
        m_slack->stop();
}

void ServiceHost::followLeadership()
{
    connect(m_store.get(), &EventStore::leadershipChanged, this, [this](bool leads) {
        // Said only where it can change: a SQLite store's server leads from start to end.
        if (storeEngineOf(m_store->databasePath()) == StoreEngine::Postgres)
            qInfo().noquote() << "bellboard:"
                              << (leads ? tr("this server now leads: it runs the Slack mirror and retention")
                                        : tr("this server no longer leads: another one runs the Slack mirror and retention"));
        startSlackIfLeading();
    });
    if (m_store->isLeader() && storeEngineOf(m_store->databasePath()) == StoreEngine::Postgres)
        qInfo().noquote() << "bellboard:" << tr("this server now leads: it runs the Slack mirror and retention");
}

// `bellboard slack mirror` edits the file while this runs: a changed [slack] table restarts
// the mirror with it. The editor replaces the file (QSaveFile), so the path is watched again.
void ServiceHost::followConfig(const QString &configFile)
{
    delete m_configWatcher;
    m_configWatcher = new QFileSystemWatcher(this);
    m_configWatcher->addPath(configFile);
    connect(m_configWatcher, &QFileSystemWatcher::fileChanged, this, [this, configFile] {
        if (!m_configWatcher->files().contains(configFile))
            m_configWatcher->addPath(configFile);
        const ConfigLoadResult loaded = loadConfig(configFile);
        const SlackConfig &slack = loaded.config.slack;
        if (m_slack && (slack.apiUrl != m_slackConfig.apiUrl || slack.mirror != m_slackConfig.mirror))
            applySlackConfig(slack);
    });
}

// Alerts run headless too (an office screen may have speakers but no window), on this
// thread: the sound player's effects belong to the thread that runs the event loop. The
// player comes from the sound module (Qt Multimedia), loaded only when sound is on.
void ServiceHost::startAlerts(const Config &config)
{
    const AlertSettings settings = alertSettings(config, QDateTime::currentDateTime());
    AlertSound *player = nullptr;
    if (settings.soundEnabled) {
        QString error;
        player = createAlertSound(m_soundProcessCommand, &error);
        if (!player)
            qWarning().noquote() << "bellboard:" << tr("sound is unavailable: %1").arg(error);
    }
    m_alerts = new AlertCenter(settings, player, this);
    if (player)
        player->setParent(m_alerts);
    m_alerts->watch(m_store.get());
}

// The server and the API are created, used and destroyed on the ingest thread: their
// sockets and timers belong to that thread's event loop. The same set-up as the Slack mirror's
// and the event reader's (docs/ARCHITECTURE.md, "Threads"): an object moved to the thread and
// work handed to it as queued calls; it is deleted there, with its event loop still running.
bool ServiceHost::startListening(const Config &config, const QHash<QString, QString> &tokens,
                                 const PersonDirectory &people, const QList<ConfiguredSource> &sources,
                                 QString *error)
{
    Q_ASSERT(!m_ingestContext && !m_ingestThread.isRunning());
    m_ingestContext = new QObject;
    m_ingestContext->moveToThread(&m_ingestThread);
    m_ingestThread.start();

    bool listening = false;
    QString listenError;
    QMetaObject::invokeMethod(
            m_ingestContext, [&] {
                Q_ASSERT(QThread::currentThread() == &m_ingestThread);
                auto *server = new HttpServer(config.limits, m_ingestContext);
                if (!m_tls.isNull())
                    server->useTls(m_tls);
                if (!server->listen(config.listenAddress, config.listenPort, &listenError))
                    return;
                m_port = server->serverPort();
                m_url = urlFor(server->serverAddress(), m_port, !m_tls.isNull());
                IngestSettings settings;
                settings.defaultChannel = config.defaultChannel;
                settings.autoCreateChannels = config.autoCreateChannels;
                settings.routes = config.routes;
                settings.tokens = tokens;
                settings.people = people;
                settings.publicUrl = m_url;
                ResponseUrlService *responseUrls = m_responseUrls.get();
                settings.extraRoutes << HttpRoute{ QLatin1String(ResponseUrlService::kPathPrefix),
                                                   [responseUrls](const HttpRequest &request, HttpResponder respond) {
                                                       responseUrls->handle(request, respond);
                                                   } };
                responseUrls->setBaseUrl(m_url);
                if (!sources.isEmpty()) {
                    auto *sourceService = new SourceService(m_store.get(), sources, m_ingestContext);
                    settings.extraRoutes << HttpRoute{ QLatin1String(SourceService::kPathPrefix),
                                                       [sourceService](const HttpRequest &request, HttpResponder respond) {
                                                           sourceService->handle(request, respond);
                                                       } };
                    settings.extraStats << StatsSection{ QStringLiteral("sources"),
                                                         [sourceService] { return QJsonValue(sourceService->statsJson()); } };
                }
                // /api/commands: a person's commands run by ChatOps on the GUI thread, their
                // answers for that person's console sent on its stream from here (queued both ways).
                auto *commandRoute = new CommandRoute(m_ingestContext);
                settings.personRoutes = commandRoute->routes();
                ServerCommands *commands = m_commands.get();
                connect(commandRoute, &CommandRoute::requested, commands, &ServerCommands::handle);
                connect(commands, &ServerCommands::answered, commandRoute, &CommandRoute::answer);
                auto *ingest = new IngestService(m_store.get(), settings, m_ingestContext);
                connect(commands, &ServerCommands::noticeReady, ingest,
                        [ingest](const QString &stream, const QJsonObject &message) { ingest->sendToStream(stream, message); });
                ingest->serve(server);
                listening = true;
            },
            Qt::BlockingQueuedConnection);

    if (!listening) {
        *error = tr("cannot listen on %1:%2: %3")
                         .arg(config.listenAddress.toString())
                         .arg(config.listenPort)
                         .arg(listenError);
        stopListening();
    }
    return listening;
}

void ServiceHost::stopListening()
{
    if (!m_ingestContext)
        return;
    // Deleting the context on its own thread closes the listener and every connection there.
    // While this runs the thread takes no request, so once the store has answered those already
    // sent, none is in flight: the writer never posts to a service being deleted (append checks
    // its context on the writer thread), and no answer is left to a thread that has ended.
    QMetaObject::invokeMethod(
            m_ingestContext,
            [this] {
                m_store->deliverCallbacksBeforeThreadEnds();
                delete m_ingestContext;
                m_store->deliverCallbacksBeforeThreadEnds(); // any an answer itself asked for
            },
            Qt::BlockingQueuedConnection);
    m_ingestContext = nullptr;
    m_ingestThread.quit();
    m_ingestThread.wait();
}

} // namespace bb
