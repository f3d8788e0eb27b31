#pragma once

#include "alerts/alertsettings.h"

#include <QString>
#include <functional>

namespace bb {

class AlertCenter;
class ChatOps;

// Saves one channel's alert settings to the config file (the app's ConfigEditor); false with
// the reason in *error. The same shape as the settings dialog's saver.
using ChannelAlertSaver =
        std::function<bool(const QString &channel, const ChannelAlertSettings &settings, QString *error)>;

// The built-ins that act on alerts, registered into ChatOps' registry:
//   /mute [#channel] [30m|2h|1d|tomorrow]   silence a channel (default: this one, for 1 hour)
//   /unmute [#channel]
//   /ack                                     acknowledge the selected event (or the newest
//                                            crit alert still ringing here): stores an "ack"
//                                            event in its thread, which stops the repeats
//   /sound #channel NAME                     a bundled sound or a WAV path; saved with `saver`
void registerAlertCommands(ChatOps *chatops, AlertCenter *alerts, ChannelAlertSaver saver = {});

// "30m", "2h", "1d", "90s", "tomorrow" → when a mute starts now ends; invalid when not understood.
QDateTime muteEndFor(const QString &text, const QDateTime &now);

} // namespace bb
