#include "traynotifier.h"

#include "alerts/alertcenter.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace bb {

namespace {

constexpr int kMessageMs = 8000;
constexpr int kMessageChars = 200;

} // namespace

TrayNotifier::TrayNotifier(AlertCenter *alerts, QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        static bool told = false;
        if (!told)
            qInfo().noquote() << "bellboard:" << tr("no system tray here, so no desktop notifications; channels still go bold");
        told = true;
        return;
    }
    m_tray = new QSystemTrayIcon(appIcon(), this);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openShownMessage);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(alerts, &AlertCenter::notificationRequested, this, &TrayNotifier::notify);
    connect(alerts, &AlertCenter::unreadChanged, this, &TrayNotifier::setUnread);
    // The tray owns no widgets; the menu is deleted with this object.
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Show Bellboard"), this, &TrayNotifier::showWindowRequested);
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_tray->setContextMenu(menu);
    updateCount();
    m_tray->show();
}

QIcon TrayNotifier::appIcon()
{
    initUiResources();
    return QIcon(QStringLiteral(":/bellboard/ui/bellboard.svg"));
}

void TrayNotifier::notify(const QString &channel, const QString &text, qint64 eventId)
{
    m_latest.insert(channel, Message{ channel, text, eventId });
    m_shownChannel = channel;
    if (m_tray) {
        QString body = text;
        if (body.size() > kMessageChars)
            body = body.left(kMessageChars - 1) + QChar(0x2026);
        m_tray->showMessage(tr("#%1").arg(channel), body, appIcon(), kMessageMs);
    }
}

void TrayNotifier::openShownMessage()
{
    if (const std::optional<Message> message = shownMessage())
        emit openEventRequested(message->channel, message->eventId);
}

// Read channels forget their message: clicking an old popup later opens nothing stale.
void TrayNotifier::setUnread(const QString &channel, int count)
{
    if (count > 0) {
        m_unread.insert(channel, count);
    } else {
        m_unread.remove(channel);
        m_latest.remove(channel);
    }
    updateCount();
}

std::optional<TrayNotifier::Message> TrayNotifier::messageFor(const QString &channel) const
{
    const auto found = m_latest.find(channel);
    return found == m_latest.end() ? std::nullopt : std::optional<Message>(*found);
}

std::optional<TrayNotifier::Message> TrayNotifier::shownMessage() const
{
    return messageFor(m_shownChannel);
}

int TrayNotifier::totalUnread() const
{
    int total = 0;
    for (const int count : m_unread)
        total += count;
    return total;
}

QString TrayNotifier::toolTip() const
{
    const int unread = totalUnread();
    return unread == 0 ? tr("Bellboard") : tr("Bellboard: %n unread", nullptr, unread);
}

QIcon TrayNotifier::iconWithCount(int count)
{
    if (count <= 0)
        return appIcon();
    QIcon icon;
    // Drawn at the sizes trays ask for, so the number stays sharp at each.
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = appIcon().pixmap(size, size);
        pixmap.setDevicePixelRatio(1.0);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const qreal badge = size * (text.size() > 1 ? 0.62 : 0.5);
        const QRectF area(size - badge * (text.size() > 2 ? 1.3 : 1.0), size - badge, badge * (text.size() > 2 ? 1.3 : 1.0), badge);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd0, 0x21, 0x2f));
        painter.drawRoundedRect(area, badge / 2, badge / 2);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(badge * (text.size() > 1 ? 0.6 : 0.75))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(area, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayNotifier::updateCount()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(toolTip());
    const int count = totalUnread();
    if (count != m_shownCount)
        m_tray->setIcon(iconWithCount(count));
    m_shownCount = count;
}

} // namespace bb
