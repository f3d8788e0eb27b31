#include "remoteserver.h"

#include <QNetworkRequest>

namespace bb {

QUrl RemoteServer::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl result = url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.setPath(base + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QUrl RemoteServer::streamUrl(qint64 sinceId) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(sinceId));
    QUrl stream = endpoint(QStringLiteral("/api/stream"), query);
    stream.setScheme(isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    return stream;
}

QNetworkRequest RemoteServer::request(const QUrl &target) const
{
    QNetworkRequest request(target);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("User-Agent", "bellboard");
    if (isSecure())
        tls().configure(&request);
    return request;
}

QUrl parseServerUrl(const QString &text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.contains(QLatin1String("://")) || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace bb
