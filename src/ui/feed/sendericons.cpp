#include "sendericons.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QTimer>

namespace bb {

namespace {
constexpr int kMaxInFlight = 4;
constexpr qint64 kDiskCacheBytes = 20 * 1024 * 1024;
constexpr int kMemoryIcons = 500;
}

SenderIcons::SenderIcons(const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_icons(kMemoryIcons)
{
    if (!cacheDir.isEmpty()) {
        auto *cache = new QNetworkDiskCache(m_network);
        cache->setCacheDirectory(cacheDir);
        cache->setMaximumCacheSize(kDiskCacheBytes);
        m_network->setCache(cache);
    }
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setTransferTimeout(10000);
    connect(m_network, &QNetworkAccessManager::finished, this, &SenderIcons::onFinished);
}

QPixmap SenderIcons::icon(const QString &url)
{
    if (const QPixmap *cached = m_icons.object(url))
        return *cached;
    if (m_queued.contains(url) || m_inFlight.contains(url) || m_failures.contains(url))
        return {};
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
        m_failures.insert(url, tr("not an http or https address"));
        return {};
    }
    m_queued.insert(url);
    if (m_queued.size() == 1)
        QTimer::singleShot(0, this, &SenderIcons::startQueued); // out of the paint that asked
    return {};
}

void SenderIcons::startQueued()
{
    while (!m_queued.isEmpty() && m_inFlight.size() < kMaxInFlight) {
        const QString url = *m_queued.begin();
        m_queued.erase(m_queued.begin());
        QNetworkRequest request{ QUrl(url) };
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setMaximumRedirectsAllowed(3);
        QNetworkReply *reply = m_network->get(request);
        reply->setProperty("iconUrl", url);
        m_inFlight.insert(url);
        // Enforced while the bytes arrive, not after they are all in memory.
        const auto tooBig = [reply](qint64 received) {
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (received > kMaxBytes || announced > kMaxBytes) {
                reply->setProperty("tooBig", true);
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, reply, [tooBig] { tooBig(0); });
        connect(reply, &QNetworkReply::downloadProgress, reply, [tooBig](qint64 received, qint64) { tooBig(received); });
    }
}

void SenderIcons::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString url = reply->property("iconUrl").toString();
    m_inFlight.remove(url);
    QImage image;
    if (reply->property("tooBig").toBool())
        m_failures.insert(url, tr("larger than %1 KiB").arg(kMaxBytes / 1024));
    else if (reply->error() != QNetworkReply::NoError)
        m_failures.insert(url, reply->errorString());
    else if (!image.loadFromData(reply->read(kMaxBytes + 1)) || image.isNull())
        m_failures.insert(url, tr("not an image"));
    if (!image.isNull()) {
        const QImage square = image.scaled(kIconPixels, kIconPixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        m_icons.insert(url, new QPixmap(QPixmap::fromImage(square)));
        emit iconReady(url);
    }
    startQueued();
}

} // namespace bb
