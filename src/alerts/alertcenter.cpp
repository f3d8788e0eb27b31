#include "alertcenter.h"

#include "alertrepeater.h"
#include "alertsound.h"
#include "store/eventstore.h"

#include <QTimer>

namespace bb {

namespace {

// Timers are re-armed at least this often, so a clock change or a suspend cannot push an
// expiry far into the future.
constexpr qint64 kLongestTimerMs = 60 * 60 * 1000;

int msUntil(qint64 whenMs)
{
    return int(qBound<qint64>(0, whenMs - QDateTime::currentMSecsSinceEpoch(), kLongestTimerMs));
}

} // namespace

AlertCenter::AlertCenter(const AlertSettings &settings, AlertSound *player, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_windowTimer(new QTimer(this))
    , m_muteTimer(new QTimer(this))
    , m_repeater(new AlertRepeater(this))
{
    connect(m_repeater, &AlertRepeater::repeatDue, this,
            [this](const QString &channel, const QString &sound, double volume) { repeat(channel, sound, volume); });
    connect(m_repeater, &AlertRepeater::acknowledged, this, &AlertCenter::acknowledged);
    connect(m_repeater, &AlertRepeater::ringingChanged, this, &AlertCenter::ringingChanged);
    m_windowTimer->setSingleShot(true);
    m_muteTimer->setSingleShot(true);
    connect(m_windowTimer, &QTimer::timeout, this, &AlertCenter::closeWindows);
    connect(m_muteTimer, &QTimer::timeout, this, &AlertCenter::scheduleMuteExpiry);
    setSettings(settings);
}

void AlertCenter::watch(EventStore *store)
{
    connect(store, &EventStore::eventsCommitted, this, &AlertCenter::handleEvents, Qt::QueuedConnection);
    connect(
            store, &EventStore::eventsChanged, this,
            [this](const EventList &events) {
                for (const Event &event : events)
                    m_repeater->handleAcknowledged(event);
            },
            Qt::QueuedConnection);
    connect(store, &EventStore::statusChanged, this, &AlertCenter::handleStoreStatus, Qt::QueuedConnection);
}

void AlertCenter::handleStoreStatus(const StoreStatus &status)
{
    if (!status.available || status.catchingUp) {
        // A catch-up cut short by another disconnection goes on counting after the next one.
        m_catchingUp = m_catchingUp || status.catchingUp;
        return;
    }
    m_catchingUp = false;
    const QDateTime now = QDateTime::currentDateTime();
    bool rang = false;
    for (auto missed = m_missed.constBegin(); missed != m_missed.constEnd(); ++missed) {
        AlertDecision decision = m_policy.decideMissed(missed.key(), missed->count, missed->lastEventId, now);
        // Once for the whole absence, not once per channel.
        decision.playSound = decision.playSound && !rang;
        rang = rang || decision.playSound;
        apply(decision);
    }
    m_missed.clear();
}

void AlertCenter::setSettings(const AlertSettings &settings)
{
    m_policy.setSettings(settings);
    m_repeater->setInterval(settings.repeatCritMs);
    const QDateTime now = QDateTime::currentDateTime();
    for (auto channel = settings.channels.begin(); channel != settings.channels.end(); ++channel) {
        if (m_policy.isMuted(channel.key(), now))
            m_muted.insert(channel.key(), m_policy.mutedUntil(channel.key()));
        if (m_player && channel->mode != NotifyMode::Mute)
            m_player->preload(channel->sound);
    }
    if (m_player && settings.escalateCrit)
        m_player->preload(escalationSound());
    scheduleMuteExpiry();
}

void AlertCenter::handleEvents(const EventList &events)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const AlertDecision &summary : m_policy.closeWindows(now))
        apply(summary);
    for (const Event &event : events) {
        if (AlertRepeater::isAcknowledgement(event)) {
            m_repeater->handleAcknowledgement(event);
            continue;
        }
        if (isOwnConsoleEvent(event))
            continue;
        if (m_catchingUp) {
            Missed &missed = m_missed[event.channel];
            ++missed.count;
            missed.lastEventId = event.id;
            // A crit alert nobody took while this console was away rings again until someone
            // does, like any: after the summary, at the repeat interval.
            const ChannelAlertSettings channel = m_policy.settings().forChannel(event.channel);
            if (event.level == Level::Crit && channel.mode == NotifyMode::Ring && !event.acknowledgement.isValid()
                && !m_policy.isMuted(event.channel, now))
                m_repeater->track(event, channel.sound, channel.volume);
            continue;
        }
        const AlertDecision decision = m_policy.decide(event, now);
        apply(decision);
        const ChannelAlertSettings channel = m_policy.settings().forChannel(event.channel);
        if (event.level == Level::Crit && channel.mode == NotifyMode::Ring
            && decision.silenced != AlertDecision::Silenced::Muted)
            m_repeater->track(event, decision.sound.isEmpty() ? channel.sound : decision.sound,
                              decision.playSound ? decision.volume : channel.volume);
    }
    scheduleWindowClose();
}

bool AlertCenter::isOwnConsoleEvent(const Event &event)
{
    return event.source == QLatin1String("composer") || event.source == QLatin1String("command")
        || event.source.startsWith(QLatin1String("command:")) || event.source == AlertRepeater::ackSource();
}

qint64 AlertCenter::awaitingAcknowledgement(const QString &channel) const
{
    return m_repeater->newestWaiting(channel);
}

AlertRepeater::Ringing AlertCenter::ringing() const
{
    return m_repeater->ringing();
}

bool AlertCenter::isAwaitingAcknowledgement(qint64 eventId) const
{
    return m_repeater->isWaiting(eventId);
}

// A repeat obeys mutes, quiet hours and [alerts] sound = false like a first alert; it is
// not subject to coalescing or the per-minute cap (it is the one alert nobody answered).
void AlertCenter::repeat(const QString &channel, const QString &sound, double volume)
{
    const QDateTime now = QDateTime::currentDateTime();
    const AlertSettings &settings = m_policy.settings();
    if (!settings.soundEnabled || m_policy.isMuted(channel, now) || settings.quietHours.contains(now.time()))
        return;
    emit soundRequested(channel, sound);
    if (m_player)
        m_player->play(sound, volume);
}

void AlertCenter::apply(const AlertDecision &decision)
{
    if (decision.playSound) {
        emit soundRequested(decision.channel, decision.sound);
        if (m_player)
            m_player->play(decision.sound, decision.volume);
    }
    if (decision.markUnread) {
        const int count = m_unread[decision.channel] += decision.coalescedCount;
        emit unreadChanged(decision.channel, count);
    }
    if (decision.notify)
        emit notificationRequested(decision.channel, decision.notificationText, decision.eventId);
    if (decision.celebrate)
        emit celebrationRequested(decision.channel);
}

void AlertCenter::closeWindows()
{
    for (const AlertDecision &summary : m_policy.closeWindows(QDateTime::currentDateTime()))
        apply(summary);
    scheduleWindowClose();
}

void AlertCenter::scheduleWindowClose()
{
    if (const std::optional<qint64> next = m_policy.nextWindowCloseMs())
        m_windowTimer->start(msUntil(*next));
    else
        m_windowTimer->stop();
}

void AlertCenter::mute(const QString &channel, const QDateTime &until)
{
    m_policy.mute(channel, until);
    m_muted.insert(channel, until);
    emit muteChanged(channel, until);
    scheduleMuteExpiry();
}

void AlertCenter::mute(const QString &channel, AlertPolicy::MuteSpan span)
{
    mute(channel, AlertPolicy::muteEnd(span, QDateTime::currentDateTime()));
}

void AlertCenter::unmute(const QString &channel)
{
    m_policy.unmute(channel);
    if (m_muted.remove(channel))
        emit muteChanged(channel, QDateTime());
    scheduleMuteExpiry();
}

QDateTime AlertCenter::mutedUntil(const QString &channel) const
{
    return m_policy.isMuted(channel, QDateTime::currentDateTime()) ? m_policy.mutedUntil(channel) : QDateTime();
}

// Announces the mutes that ended, then waits for the next one to end.
void AlertCenter::scheduleMuteExpiry()
{
    const QDateTime now = QDateTime::currentDateTime();
    std::optional<qint64> next;
    for (auto muted = m_muted.begin(); muted != m_muted.end();) {
        if (!m_policy.isMuted(muted.key(), now)) {
            const QString channel = muted.key();
            muted = m_muted.erase(muted);
            emit muteChanged(channel, QDateTime());
            continue;
        }
        const qint64 endMs = muted->toMSecsSinceEpoch();
        if (!next || endMs < *next)
            next = endMs;
        ++muted;
    }
    if (next)
        m_muteTimer->start(msUntil(*next));
    else
        m_muteTimer->stop();
}

void AlertCenter::markRead(const QString &channel)
{
    if (m_unread.remove(channel))
        emit unreadChanged(channel, 0);
}

bool AlertCenter::testSound(const QString &sound, double volume, QString *why)
{
    if (!m_player) {
        if (why)
            *why = tr("sound is turned off ([alerts] sound = false)");
        return false;
    }
    return m_player->play(sound, volume, why);
}

} // namespace bb
