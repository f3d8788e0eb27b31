#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace bb {

// What a channel does when an event arrives.
enum class NotifyMode {
    Ring,      // sound, desktop notification, unread (bold)
    Bold,      // unread marker only
    Mute,      // nothing at all
    Celebrate, // sound plus a "make it rain" animation, for good news (#financials)
};

std::optional<NotifyMode> parseNotifyMode(const QString &text);
QString notifyModeName(NotifyMode mode);
QStringList notifyModeNames();                  // "ring", "bold", "mute", "celebrate": for errors and settings
using NotifyModes = QHash<QString, NotifyMode>; // channel name → its notify mode

// A channel's alert settings, as bellboard.toml's [[channels]] gives them.
struct ChannelAlertSettings
{
    NotifyMode mode = NotifyMode::Bold;
    QString sound = QStringLiteral("chime"); // a bundled name (SoundLibrary) or a WAV path
    double volume = 0.8;                     // 0..1
    std::optional<bool> escalateCrit;        // unset: AlertSettings::escalateCrit decides
    QDateTime mutedUntil;                    // invalid: not muted
};

// The five channels a new store starts with behave as the product describes even when the
// config file says nothing about them; any other channel only goes bold.
ChannelAlertSettings defaultChannelAlertSettings(const QString &channel);

// A daily span of local wall-clock time in which no sound plays, e.g. 22:00-07:00 (which
// crosses midnight). Empty: no quiet hours.
struct QuietHours
{
    QTime start;
    QTime end;

    bool isEmpty() const { return !start.isValid() || !end.isValid() || start == end; }
    bool contains(const QTime &time) const;
    // "22:00-07:00"; "" gives empty quiet hours; nullopt when the text is not a span.
    static std::optional<QuietHours> parse(const QString &text);
    QString toString() const;
};

// Everything AlertPolicy needs to decide; bellboard.toml's [alerts] table and [[channels]].
struct AlertSettings
{
    bool soundEnabled = true;    // false: never play a sound (notifications still show)
    qint64 coalesceMs = 2000;    // at most one sound per channel per this window; 0 = off
    int maxSoundsPerMinute = 20; // across all channels; 0 = no cap
    QuietHours quietHours;
    bool escalateCrit = true;                      // a crit event rings even in a bold channel
    qint64 repeatCritMs = 5 * 60 * 1000;           // an unacknowledged crit alert in a ring channel rings again this often; 0 = never
    QHash<QString, ChannelAlertSettings> channels; // by channel name; others use the defaults

    ChannelAlertSettings forChannel(const QString &channel) const;
};

// The sound an escalated crit event plays when its channel does not ring by itself.
inline QString escalationSound() { return QStringLiteral("alarm"); }

} // namespace bb
