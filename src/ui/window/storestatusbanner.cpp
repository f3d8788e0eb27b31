#include "storestatusbanner.h"

#include "store/eventstore.h"
#include "store/storebackend.h"

#include <QDateTime>
#include <QUrl>

namespace bb {

namespace {

QString hostOf(const QString &location)
{
    const QUrl url(location);
    if (url.host().isEmpty())
        return location;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

StoreStatusBanner::StoreStatusBanner(EventStore *store, QWidget *parent)
    : QLabel(parent)
    , m_host(hostOf(store->databasePath()))
    , m_database(storeEngineOf(store->databasePath()) != StoreEngine::Remote)
{
    setObjectName(QStringLiteral("storeStatusBanner"));
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setMargin(6);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // the login command can be copied
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0xa8));
    warning.setColor(QPalette::WindowText, QColor(0x4a, 0x35, 0x00));
    setPalette(warning);
    setAccessibleName(tr("Connection to the server"));
    hide();
    connect(store, &EventStore::statusChanged, this, &StoreStatusBanner::showStatus, Qt::QueuedConnection);
}

void StoreStatusBanner::showStatus(const StoreStatus &status)
{
    if (status.available) {
        hide();
        return;
    }
    const QString at = QDateTime::fromMSecsSinceEpoch(status.nextRetryMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const bool retrying = !status.gaveUp && status.nextRetryMs > 0;
    if (m_database) {
        setText(retrying ? tr("Store unavailable (%1): %2 — retrying at %3").arg(m_host, status.reason, at)
                         : tr("Store unavailable (%1): %2").arg(m_host, status.reason));
    } else {
        setText(retrying ? tr("Disconnected from %1: %2 — retrying at %3").arg(m_host, status.reason, at)
                         : tr("Disconnected from %1: %2").arg(m_host, status.reason));
    }
    setAccessibleDescription(text()); // the name says what the line is about, this what it says
    show();
}

} // namespace bb
