#include "channelalertmenu.h"

#include "alerts/alertcenter.h"

#include <QLocale>
#include <QMenu>

namespace bb {

void ChannelAlertMenu::addActions(QMenu *menu, AlertCenter *alerts, const QString &channel,
                                  const std::function<void()> &openSettings)
{
    const QDateTime until = alerts->mutedUntil(channel);
    if (until.isValid())
        menu->addAction(muteStateText(until))->setEnabled(false);
    const auto addMute = [&](const QString &text, AlertPolicy::MuteSpan span) {
        QObject::connect(menu->addAction(text), &QAction::triggered, alerts,
                         [alerts, channel, span] { alerts->mute(channel, span); });
    };
    addMute(tr("Mute for 30 minutes"), AlertPolicy::MuteSpan::HalfHour);
    addMute(tr("Mute for 1 hour"), AlertPolicy::MuteSpan::Hour);
    addMute(tr("Mute until tomorrow"), AlertPolicy::MuteSpan::UntilTomorrow);
    QAction *unmute = menu->addAction(tr("Unmute"));
    unmute->setEnabled(until.isValid());
    QObject::connect(unmute, &QAction::triggered, alerts, [alerts, channel] { alerts->unmute(channel); });
    menu->addSeparator();
    QObject::connect(menu->addAction(tr("Channel settings…")), &QAction::triggered, menu, openSettings);
}

QString ChannelAlertMenu::muteStateText(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid() || until <= now)
        return tr("Not muted");
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss")); // the C locale's short format has seconds
    const QString time = locale.toString(until.time(), timeFormat);
    const qint64 days = now.date().daysTo(until.date());
    if (days == 0)
        return tr("Muted until %1").arg(time);
    if (days == 1)
        return tr("Muted until tomorrow, %1").arg(time);
    return tr("Muted until %1, %2").arg(locale.toString(until.date(), QStringLiteral("ddd d MMM")), time);
}

} // namespace bb
