#include "servicehost.h"

#include "alerts/alertcenter.h"
#include "alerts/soundplayer.h"
#include "chatops/responseurlservice.h"
#include "ingest/http/httpserver.h"
#include "ingest/ingestservice.h"
#include "secrets.h"
#include "store/eventstore.h"

#include <QDir>
#include <QFileInfo>

namespace bb {

namespace {

QString urlFor(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
    return QStringLiteral("http://%1:%2/").arg(host).arg(port);
}

} // namespace

ServiceHost::ServiceHost(QObject *parent)
    : QObject(parent), m_responseUrls(std::make_unique<ResponseUrlService>())
{
    m_ingestThread.setObjectName(QStringLiteral("ingest"));
}

ServiceHost::~ServiceHost()
{
    // Stop taking requests before the store goes: nothing may be acknowledged after this.
    stopListening();
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

bool ServiceHost::start(const Config &config, const QString &databaseFile, QString *error)
{
    QHash<QString, QString> tokens;
    if (!resolveTokens(config, &tokens, error))
        return false;
    if (!config.listenAddress.isLoopback() && tokens.isEmpty()) {
        *error = tr("refusing to listen on %1: a non-loopback address needs an ingest token "
                    "(set one with `bellboard secret set NAME` and list NAME in [server] ingest_tokens)")
                         .arg(config.listenAddress.toString());
        return false;
    }

    QDir().mkpath(QFileInfo(databaseFile).absolutePath());
    auto store = std::make_unique<EventStore>();
    store->setDurability(config.durability);
    QStringList configuredChannels;
    for (const ChannelSettings &channel : config.channels)
        configuredChannels << channel.name;
    store->setConfiguredChannels(configuredChannels);
    QString storeError;
    if (!store->open(databaseFile, &storeError)) {
        *error = tr("cannot open the event store %1: %2").arg(databaseFile, storeError);
        return false;
    }
    store->setRetention(config.retention);
    m_store = std::move(store);
    startAlerts(config);

    if (!startListening(config, tokens, error)) {
        delete m_alerts;
        m_alerts = nullptr;
        m_store.reset();
        return false;
    }
    return true;
}

// Alerts run headless too (an office screen may have speakers but no window), on this
// thread: the sound player's effects belong to the thread that runs the event loop.
void ServiceHost::startAlerts(const Config &config)
{
    const AlertSettings settings = alertSettings(config, QDateTime::currentDateTime());
    SoundPlayer *player = settings.soundEnabled ? new SoundPlayer : nullptr;
    m_alerts = new AlertCenter(settings, player, this);
    if (player)
        player->setParent(m_alerts);
    m_alerts->watch(m_store.get());
}

// The server and the API are created, used and destroyed on the ingest thread: their
// sockets and timers belong to that thread's event loop.
bool ServiceHost::startListening(const Config &config, const QHash<QString, QString> &tokens, QString *error)
{
    m_ingestThread.start();
    m_ingestContext = new QObject;
    m_ingestContext->moveToThread(&m_ingestThread);

    bool listening = false;
    QString listenError;
    QMetaObject::invokeMethod(m_ingestContext, [&] {
        auto *server = new HttpServer(config.limits, m_ingestContext);
        if (!server->listen(config.listenAddress, config.listenPort, &listenError))
            return;
        m_port = server->serverPort();
        m_url = urlFor(server->serverAddress(), m_port);
        IngestSettings settings;
        settings.defaultChannel = config.defaultChannel;
        settings.autoCreateChannels = config.autoCreateChannels;
        settings.routes = config.routes;
        settings.tokens = tokens;
        settings.publicUrl = m_url;
        ResponseUrlService *responseUrls = m_responseUrls.get();
        settings.extraRoutes << HttpRoute{ QLatin1String(ResponseUrlService::kPathPrefix),
                                           [responseUrls](const HttpRequest &request, HttpResponder respond) {
                                               responseUrls->handle(request, respond);
                                           } };
        responseUrls->setBaseUrl(m_url);
        auto *ingest = new IngestService(m_store.get(), settings, m_ingestContext);
        ingest->serve(server);
        listening = true;
    }, Qt::BlockingQueuedConnection);

    if (!listening) {
        *error = tr("cannot listen on %1:%2: %3")
                         .arg(config.listenAddress.toString()).arg(config.listenPort).arg(listenError);
        stopListening();
    }
    return listening;
}

void ServiceHost::stopListening()
{
    if (!m_ingestContext)
        return;
    // Deleting the context on its own thread closes the listener and every connection there.
    QMetaObject::invokeMethod(m_ingestContext, [this] { delete m_ingestContext; }, Qt::BlockingQueuedConnection);
    m_ingestContext = nullptr;
    m_ingestThread.quit();
    m_ingestThread.wait();
}

} // namespace bb
