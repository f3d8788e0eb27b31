#pragma once

#include "alertpolicy.h"
#include "alertrepeater.h"
#include "core/event.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>

class QTimer;

namespace bb {

class AlertSound;
class EventStore;
struct StoreStatus;

// Turns committed events into alerts: asks AlertPolicy what each deserves, plays the sounds
// through an AlertSound (SoundPlayer, from the sound module), and tells the window (which
// draws popups, bold channels and the "make it rain" animation) through signals. Lives on the
// thread that owns the player (the GUI thread, or the main thread when headless).
class AlertCenter : public QObject
{
    Q_OBJECT
public:
    // `player` may be null: no sound at all (notifications and unread marks still work).
    explicit AlertCenter(const AlertSettings &settings, AlertSound *player, QObject *parent = nullptr);

    // Reacts to every batch `store` commits (queued: the store announces from its own thread).
    void watch(EventStore *store);

    AlertSettings settings() const { return m_policy.settings(); }
    void setSettings(const AlertSettings &settings); // the settings dialog's "apply"

    // The sidebar's and /mute's mutes. muteChanged() reports them, and an unmute on expiry.
    void mute(const QString &channel, const QDateTime &until);
    void mute(const QString &channel, AlertPolicy::MuteSpan span);
    void unmute(const QString &channel);
    QDateTime mutedUntil(const QString &channel) const;

    int unreadCount(const QString &channel) const { return m_unread.value(channel); }
    void markRead(const QString &channel);

    // The settings dialog's "test" button: plays `sound` (bundled name or WAV path) at `volume`
    // regardless of modes, mutes and quiet hours. False with the reason in *why when it cannot.
    bool testSound(const QString &sound, double volume, QString *why = nullptr);

    AlertSound *player() const { return m_player; }

    // Crit alerts of ring channels ring again until acknowledged (AlertRepeater): the
    // newest one still waiting in `channel`, 0 when none.
    qint64 awaitingAcknowledgement(const QString &channel) const;
    bool isAwaitingAcknowledgement(qint64 eventId) const;
    AlertRepeater::Ringing ringing() const; // crit alerts repeating until acknowledged
    // Events this console wrote itself (composer posts, command output and answers, acks) never alert.
    static bool isOwnConsoleEvent(const Event &event);

    // The store's reachability (a console attached to a team server): events announced while
    // it catches up arrived while this console was away; they ring once, as a summary per
    // channel ("37 new in #user-behavior while disconnected"), when the catch-up ends.
    void handleStoreStatus(const StoreStatus &status);

public slots:
    void handleEvents(const bb::EventList &events);

signals:
    // A desktop notification; it replaces an earlier one of the same channel still showing
    // (a burst first shows its first event, then "12 new in #user-behavior").
    void notificationRequested(const QString &channel, const QString &text, qint64 eventId);
    void celebrationRequested(const QString &channel);
    void unreadChanged(const QString &channel, int count);
    void soundRequested(const QString &channel, const QString &sound); // the policy let one through
    void muteChanged(const QString &channel, const QDateTime &until);  // invalid: unmuted
    void acknowledged(const QString &channel, qint64 eventId, const QString &by);
    void ringingChanged(); // ringing() changed: an alert began repeating, or was acknowledged

private:
    void apply(const AlertDecision &decision);
    void closeWindows();
    void scheduleWindowClose();
    void scheduleMuteExpiry();
    void repeat(const QString &channel, const QString &sound, double volume);

    AlertPolicy m_policy;
    AlertSound *m_player;
    QHash<QString, int> m_unread;
    QHash<QString, QDateTime> m_muted; // channels muted now, to announce when each mute ends
    QTimer *m_windowTimer;
    QTimer *m_muteTimer;
    AlertRepeater *m_repeater;
    bool m_catchingUp = false;
    struct Missed
    {
        int count = 0;
        qint64 lastEventId = 0;
    };
    QMap<QString, Missed> m_missed; // by channel, while catching up (sorted: one order for the summary)
};

} // namespace bb
