#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace bb {

// Sender icons given as an image address (icon_url), fetched in the background only when
// the user enabled remote images ([window] remote_images). Painting asks for an icon and
// gets it from the cache or nothing (the emoji or initial is drawn meanwhile); the fetch
// starts later from the event loop, never inside a paint or a body's layout. Only http and
// https, at most maxBytes per image (refused from Content-Length, or cut off while
// reading), decoded into a small square; a memory cache of decoded icons and Qt's disk
// cache for the bytes (at most 20 MiB) so a restart does not fetch again.
class SenderIcons : public QObject
{
    Q_OBJECT
public:
    // `cacheDir` empty: no disk cache.
    explicit SenderIcons(const QString &cacheDir = QString(), QObject *parent = nullptr);

    static constexpr qint64 kMaxBytes = 256 * 1024;
    static constexpr int kIconPixels = 96; // decoded size: a 2x avatar, whatever was sent

    // The icon for `url` if it is in, else a null pixmap; a usable url not yet fetched is
    // queued. Cheap: call it from paint.
    QPixmap icon(const QString &url);
    // What the fetches came to (tests, the status bar): url → error text.
    QHash<QString, QString> failures() const { return m_failures; }

signals:
    void iconReady(const QString &url);

private:
    void startQueued();
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QCache<QString, QPixmap> m_icons;
    QSet<QString> m_queued; // asked for, fetch not started yet
    QSet<QString> m_inFlight;
    QHash<QString, QString> m_failures; // never asked again this run
};

} // namespace bb
