#pragma once

#include "alertsettings.h"
#include "core/event.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace bb {

// What to do about one event (or, for a coalescing window that closed, about a burst).
struct AlertDecision
{
    // Why a sound the channel would have made did not play; None when it played or when the
    // channel makes no sound for this event anyway.
    enum class Silenced {
        None,
        Muted,
        Coalesced,
        QuietHours,
        GlobalCap,
        SoundOff
    };

    QString channel;
    qint64 eventId = 0;      // the event, or the last one of a burst
    bool markUnread = false; // bold the channel, count it unread
    bool playSound = false;
    QString sound; // SoundLibrary name or WAV path, when playSound
    double volume = 0;
    bool notify = false; // a desktop notification; replaces the channel's previous one
    QString notificationText;
    bool celebrate = false; // "make it rain" in the feed and on the wall
    bool escalated = false; // a crit event rang in a channel that would only go bold
    int coalescedCount = 1; // how many events this decision speaks for
    Silenced silenced = Silenced::None;
};

// The alert decision, and nothing else: no sound, no timers, no clock. Given an event, the
// settings and the time, it says what to do, keeping the little state alarm-fatigue rules
// need (open coalescing windows, recent sounds, mutes set at run time).
//
// Coalescing: the first ringing event of a channel sounds and notifies at once (latency
// matters most for the first); the channel then stays quiet for `coalesceMs`. When that
// window closes and more events came during it, closeWindows() gives one summary
// notification for the whole burst, "12 new in #user-behavior" (the count includes the
// first event), with no second sound.
class AlertPolicy
{
public:
    explicit AlertPolicy(const AlertSettings &settings = {});

    void setSettings(const AlertSettings &settings);
    const AlertSettings &settings() const { return m_settings; }

    AlertDecision decide(const Event &event, const QDateTime &now);

    // `count` events of `channel` (the newest `lastEventId`) that were stored while this console
    // was disconnected from its server, as one alert: unread, one notification ("37 new in
    // #user-behavior while disconnected") and the channel's sound, unless muted, bold only,
    // quiet hours or the per-minute cap say otherwise. No coalescing window: it is one already.
    AlertDecision decideMissed(const QString &channel, int count, qint64 lastEventId, const QDateTime &now);

    // Summaries of the bursts whose windows closed by `now` (one per channel, only for
    // windows that saw more than one event); the windows are forgotten.
    QList<AlertDecision> closeWindows(const QDateTime &now);
    // When the next open window closes (ms since the epoch), so a caller can set a timer.
    std::optional<qint64> nextWindowCloseMs() const;

    // Silences a channel completely until `until` (sidebar, /mute); overrides the config's
    // muted_until. unmute() lifts both.
    void mute(const QString &channel, const QDateTime &until);
    void unmute(const QString &channel);
    bool isMuted(const QString &channel, const QDateTime &now) const;
    QDateTime mutedUntil(const QString &channel) const; // invalid when not muted

    // The sidebar's and the config's choices: "30 minutes", "1 hour", "until tomorrow"
    // (tomorrow at 08:00 local time).
    enum class MuteSpan {
        HalfHour,
        Hour,
        UntilTomorrow
    };
    static QDateTime muteEnd(MuteSpan span, const QDateTime &now);

private:
    struct Window
    {
        qint64 closesAtMs = 0;
        int count = 0;
        qint64 lastEventId = 0;
    };
    AlertDecision summaryOf(const QString &channel, const Window &window) const;
    AlertDecision::Silenced soundBlocker(qint64 nowMs, const QDateTime &now);

    AlertSettings m_settings;
    QHash<QString, Window> m_windows;
    QList<AlertDecision> m_closedSummaries; // windows replaced before closeWindows() ran
    QList<qint64> m_recentSoundsMs;         // for the per-minute cap
    QHash<QString, QDateTime> m_mutes;      // set at run time; invalid value = unmuted
};

} // namespace bb
