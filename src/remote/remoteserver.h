#pragma once

#include "certificatepin.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkRequest;

namespace bb {

// The server a console is attached to: where it is, the person's token, and the pinned
// certificate ([remote] in the config, the token from the keychain). Plain data, handed down
// by the app layer.
struct RemoteServer
{
    QUrl url; // "https://host:2355"
    QString token;
    QString certificateSha256; // empty: the system CAs decide

    bool isSecure() const { return url.scheme() == QLatin1String("https"); }
    PinnedTls tls() const { return PinnedTls(certificateSha256); }
    // <url><path>?<query>, keeping a path prefix the server URL may have (a reverse proxy's).
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    // ws(s)://…/api/stream?since=<id>. The token goes in the handshake's Authorization header
    // (request()), never in the URL, where logs and proxies would keep it.
    QUrl streamUrl(qint64 sinceId) const;
    // A request with the token (Authorization: Bearer) and the pinned TLS configuration.
    QNetworkRequest request(const QUrl &url) const;
};

// "https://host:2355" as a person types it (a trailing '/' or a missing scheme forgiven only
// as far as that goes); an invalid QUrl when it is not an http:// or https:// URL with a host.
QUrl parseServerUrl(const QString &text);

} // namespace bb
