#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

class QMenu;

namespace bb {

class AlertCenter;

// The alert part of a channel's context menu in the sidebar: mute for 30 minutes, 1 hour or
// until tomorrow, unmute, and the channel's settings. Also words a mute's state the same way
// wherever it is shown.
class ChannelAlertMenu
{
    Q_DECLARE_TR_FUNCTIONS(ChannelAlertMenu)
public:
    // Adds the actions for `channel` to `menu`; "Channel settings…" calls `openSettings`.
    static void addActions(QMenu *menu, AlertCenter *alerts, const QString &channel,
                           const std::function<void()> &openSettings);

    // "Not muted", "Muted until 13:45", "Muted until tomorrow, 08:00", "Muted until Fri 27 Nov, 08:00".
    static QString muteStateText(const QDateTime &until, const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace bb
