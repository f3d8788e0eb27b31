#include "servicehost.h"

#include "ingest/http/httpserver.h"
#include "ingest/ingestservice.h"
#include "secrets.h"
#include "store/eventstore.h"

#include <QDir>
#include <QFileInfo>

namespace bb {

namespace {

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace

ServiceHost::ServiceHost(QObject *parent) : QObject(parent) {}

ServiceHost::~ServiceHost()
{
    // Stop taking requests before the store goes: nothing may be acknowledged after this.
    if (m_server)
        m_server->close();
    m_ingest.reset();
    m_server.reset();
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
    if (!isLoopback(config.listenAddress) && tokens.isEmpty()) {
        *error = tr("refusing to listen on %1: a non-loopback address needs an ingest token "
                    "(set one with `bellboard secret set NAME` and list NAME in [server] ingest_tokens)")
                         .arg(config.listenAddress.toString());
        return false;
    }

    QDir().mkpath(QFileInfo(databaseFile).absolutePath());
    auto store = std::make_unique<EventStore>();
    store->setDurability(config.durability);
    QString storeError;
    if (!store->open(databaseFile, &storeError)) {
        *error = tr("cannot open the event store %1: %2").arg(databaseFile, storeError);
        return false;
    }
    store->setRetention(config.retention);

    auto server = std::make_unique<HttpServer>(config.limits);
    QString listenError;
    if (!server->listen(config.listenAddress, config.listenPort, &listenError)) {
        *error = tr("cannot listen on %1:%2: %3")
                         .arg(config.listenAddress.toString()).arg(config.listenPort).arg(listenError);
        return false;
    }

    IngestSettings settings;
    settings.defaultChannel = config.defaultChannel;
    settings.autoCreateChannels = config.autoCreateChannels;
    settings.routes = config.routes;
    settings.tokens = tokens;
    m_store = std::move(store);
    m_server = std::move(server);
    settings.publicUrl = url();
    m_ingest = std::make_unique<IngestService>(m_store.get(), settings);
    m_ingest->serve(m_server.get());
    return true;
}

quint16 ServiceHost::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ServiceHost::url() const
{
    if (!m_server)
        return {};
    const QHostAddress address = m_server->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
    return QStringLiteral("http://%1:%2/").arg(host).arg(m_server->serverPort());
}

} // namespace bb
