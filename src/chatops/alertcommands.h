#pragma once

#include "alerts/alertsettings.h"

#include <QString>

namespace bb {

class AlertCenter;
class ChannelSettingsStore;
class ChatOps;

// The built-ins that act on alerts, registered into ChatOps' registry:
//   /mute [#channel] [30m|2h|1d|tomorrow]   silence a channel (default: this one, for 1 hour)
//   /unmute [#channel]
//   /ack                                     acknowledge the selected event (or the newest
//                                            crit alert still ringing here): stores an "ack"
//                                            event in its thread, which stops the repeats
//   /sound #channel NAME                     a bundled sound or a WAV path; saved in `settingsStore`
// `alerts` and `settingsStore` (null: /sound changes only the running settings) are not
// owned and must outlive `chatops`, whose registry keeps the handlers.
void registerAlertCommands(ChatOps *chatops, AlertCenter *alerts, ChannelSettingsStore *settingsStore = nullptr);

// "30m", "2h", "1d", "90s", "tomorrow" → when a mute starts now ends; invalid when not understood.
QDateTime muteEndFor(const QString &text, const QDateTime &now);

} // namespace bb
