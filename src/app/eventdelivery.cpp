#include "eventdelivery.h"

#include "ingest/decoders/payloaddecoders.h"
#include "ingest/decoders/sendernaming.h"
#include "secrets/secrets.h"
#include "storelocation.h"
#include "store/storebackend.h"
#include "store/eventstore.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace bb {

namespace {

constexpr int kRequestTimeoutMs = 15'000;

HttpRequest plainTextRequest(const OutgoingEvent &event)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/c/") + event.channel;
    request.target = request.path.toUtf8();
    request.body = event.text.toUtf8();
    request.headers.insert("content-type", "text/plain; charset=utf-8");
    // An event sent without a sender name goes by the client's name: "bellboard", not Qt's default.
    request.headers.insert("user-agent", "bellboard");
    const auto setHeader = [&](const QByteArray &name, const QString &value) {
        if (!value.isEmpty())
            request.headers.insert(name, value.toUtf8());
    };
    setHeader("x-title", event.title);
    setHeader("x-user", event.user);
    setHeader("x-level", event.level);
    setHeader("x-username", event.username);
    return request;
}

QUrl instanceUrl(const Config &config, const QString &channel)
{
    // A wildcard listener is reached through loopback from this machine.
    QHostAddress address = config.listenAddress;
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(config.listenPort);
    url.setPath(QStringLiteral("/c/") + channel);
    return url;
}

DeliveryResult storeDirectly(const HttpRequest &request, const Config &config, const QString &databaseFile)
{
    DeliveryResult result;
    DecodeContext context;
    context.urlChannel = request.path.mid(3);
    context.defaultChannel = config.defaultChannel;
    context.source = QStringLiteral("cli");
    context.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    DecodeResult decoded = decodePlainText(request, context);
    if (!decoded.ok()) {
        result.error = QString::fromLatin1(decoded.error) + QStringLiteral(": ") + decoded.detail;
        return result;
    }
    nameUnnamedSenders(&decoded.events, request); // as the server would have
    if (storeEngineOf(databaseFile) == StoreEngine::Sqlite)
        QDir().mkpath(QFileInfo(databaseFile).absolutePath());
    EventStore store;
    if (!store.open(databaseFile, &result.error))
        return result;
    if (!config.autoCreateChannels && !store.hasChannel(decoded.events.first().channel)) {
        result.error = QStringLiteral("channel_not_found: channel '%1' does not exist").arg(decoded.events.first().channel);
        return result;
    }
    const AppendResult appended = store.append(decoded.events).result();
    result.ok = appended.ok;
    result.error = appended.error;
    result.storedDirectly = true;
    return result;
}

} // namespace

QString directStoreLocation(const AppPaths &paths, const Config &config)
{
    QString location;
    QString ignored;
    resolveStoreLocation(paths, config, &location, &ignored);
    return location;
}

DeliveryResult deliverEvent(const OutgoingEvent &event, const Config &config, const QString &databaseFile)
{
    const HttpRequest request = plainTextRequest(event);

    QNetworkRequest post(instanceUrl(config, event.channel));
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        post.setRawHeader(it.key(), it.value());
    if (!config.ingestTokenNames.isEmpty()) {
        const SecretLookup token = readSecret(config.ingestTokenNames.first());
        if (token.ok())
            post.setRawHeader("Authorization", "Bearer " + token.value.toUtf8());
    }
    post.setTransferTimeout(kRequestTimeoutMs);

    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(post, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();

    if (reply->error() == QNetworkReply::ConnectionRefusedError)
        return storeDirectly(request, config, databaseFile);

    DeliveryResult result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        result.ok = true;
        return result;
    }
    const QByteArray body = reply->readAll().trimmed();
    const QByteArray detail = reply->rawHeader("X-Bellboard-Error");
    result.error = status == 0 ? reply->errorString()
                               : QStringLiteral("HTTP %1 %2%3").arg(status).arg(QString::fromUtf8(body), detail.isEmpty() ? QString() : QStringLiteral(": ") + QString::fromUtf8(detail));
    return result;
}

} // namespace bb
