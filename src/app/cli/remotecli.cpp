#include "remotecli.h"

#include "console.h"

#include "secrets/secrets.h"

#include <QCommandLineParser>

namespace bb {

void addServerOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("server"),
                       Cli::tr("Use the Bellboard server at <url> (log in first: bellboard remote login URL) instead of "
                               "this machine's store; [remote] server is used when neither --server nor --data-dir is given."),
                       QStringLiteral("url") });
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool remoteServerFor(const QCommandLineParser &parser, const Config &config, std::optional<RemoteServer> *server,
                     QString *error)
{
    server->reset();
    QUrl url;
    if (parser.isSet(QStringLiteral("server"))) {
        url = parseServerUrl(parser.value(QStringLiteral("server")));
        if (!url.isValid()) {
            *error = Cli::tr("--server: '%1' is not an http:// or https:// URL").arg(parser.value(QStringLiteral("server")));
            return false;
        }
    } else if (!config.remote.server.isEmpty() && !parser.isSet(QStringLiteral("data-dir"))) {
        url = parseServerUrl(config.remote.server);
    }
    if (!url.isValid())
        return true; // the local store
    RemoteServer result;
    if (!remoteServerAt(url, config, &result, error))
        return false;
    *server = result;
    return true;
}

bool remoteServerAt(const QUrl &url, const Config &config, RemoteServer *server, QString *error)
{
    const QUrl attached = parseServerUrl(config.remote.server);
    const bool isAttached = attached.isValid() && sameServer(url, attached);
    const SecretLookup token = readSecret(QString::fromLatin1(kRemoteTokenSecret));
    if (!token.ok()) {
        *error = token.missing ? Cli::tr("not logged in to %1: run bellboard remote login %1 first").arg(url.toString())
                               : token.error;
        return false;
    }
    if (!isAttached && !token.fromEnvironment) {
        *error = Cli::tr("not logged in to %1 (the keychain's token is for %2): run bellboard remote login %1 first")
                         .arg(url.toString(), attached.isValid() ? attached.toString() : Cli::tr("no server"));
        return false;
    }
    server->url = url;
    server->token = token.value;
    server->certificateSha256 = isAttached ? config.remote.certificateSha256 : QString();
    return true;
}

} // namespace bb
