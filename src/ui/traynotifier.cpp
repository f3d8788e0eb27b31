#include "traynotifier.h"

#include "alerts/alertcenter.h"

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

TrayNotifier::TrayNotifier(AlertCenter *alerts, QObject *parent) : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        static bool told = false;
        if (!told)
            qInfo("bellboard: no system tray here, so no desktop notifications; channels still go bold");
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
    updateToolTip();
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
    updateToolTip();
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

void TrayNotifier::updateToolTip()
{
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

} // namespace bb
