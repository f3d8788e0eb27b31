#include "alertpolicy.h"

#include <QCoreApplication>

namespace bb {

namespace {

constexpr qint64 kCapSpanMs = 60 * 1000;
constexpr int kNotificationChars = 200;

QString notificationTextFor(const Event &event)
{
    QString text = event.title.isEmpty() ? event.text
                 : event.text.isEmpty()  ? event.title
                                         : event.title + QStringLiteral(": ") + event.text;
    text = text.simplified();
    if (text.size() > kNotificationChars)
        text = text.left(kNotificationChars - 1) + QChar(0x2026);
    return text;
}

} // namespace

AlertPolicy::AlertPolicy(const AlertSettings &settings)
    : m_settings(settings) {}

void AlertPolicy::setSettings(const AlertSettings &settings)
{
    m_settings = settings;
}

AlertDecision AlertPolicy::decide(const Event &event, const QDateTime &now)
{
    AlertDecision decision;
    decision.channel = event.channel;
    decision.eventId = event.id;
    const ChannelAlertSettings channel = m_settings.forChannel(event.channel);
    if (channel.mode == NotifyMode::Mute)
        return decision;
    if (isMuted(event.channel, now)) {
        decision.silenced = AlertDecision::Silenced::Muted;
        return decision;
    }
    decision.markUnread = true;

    const bool escalates = event.level == Level::Crit && channel.escalateCrit.value_or(m_settings.escalateCrit);
    decision.escalated = channel.mode == NotifyMode::Bold && escalates;
    if (channel.mode == NotifyMode::Bold && !decision.escalated)
        return decision;

    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto window = m_windows.find(event.channel);
    if (window != m_windows.end() && window->closesAtMs > nowMs) {
        ++window->count;
        window->lastEventId = event.id;
        decision.silenced = AlertDecision::Silenced::Coalesced;
        return decision;
    }
    if (window != m_windows.end() && window->count > 1)
        m_closedSummaries << summaryOf(event.channel, *window);
    if (m_settings.coalesceMs > 0)
        m_windows.insert(event.channel, Window{ nowMs + m_settings.coalesceMs, 1, event.id });
    else
        m_windows.remove(event.channel);

    decision.notify = true;
    decision.notificationText = notificationTextFor(event);
    decision.celebrate = channel.mode == NotifyMode::Celebrate;
    decision.silenced = soundBlocker(nowMs, now);
    if (decision.silenced == AlertDecision::Silenced::None) {
        decision.playSound = true;
        decision.sound = decision.escalated ? escalationSound() : channel.sound;
        decision.volume = qBound(0.0, channel.volume, 1.0);
        m_recentSoundsMs << nowMs;
    }
    return decision;
}

AlertDecision AlertPolicy::decideMissed(const QString &channel, int count, qint64 lastEventId, const QDateTime &now)
{
    AlertDecision decision;
    decision.channel = channel;
    decision.eventId = lastEventId;
    decision.coalescedCount = count;
    const ChannelAlertSettings settings = m_settings.forChannel(channel);
    if (settings.mode == NotifyMode::Mute)
        return decision;
    if (isMuted(channel, now)) {
        decision.silenced = AlertDecision::Silenced::Muted;
        return decision;
    }
    decision.markUnread = true;
    if (settings.mode == NotifyMode::Bold)
        return decision;
    decision.notify = true;
    decision.notificationText = QCoreApplication::translate("bb::AlertPolicy", "%n new in #%1 while disconnected", nullptr, count).arg(channel);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    decision.silenced = soundBlocker(nowMs, now);
    if (decision.silenced == AlertDecision::Silenced::None) {
        decision.playSound = true;
        decision.sound = settings.sound;
        decision.volume = qBound(0.0, settings.volume, 1.0);
        m_recentSoundsMs << nowMs;
    }
    return decision;
}

AlertDecision::Silenced AlertPolicy::soundBlocker(qint64 nowMs, const QDateTime &now)
{
    if (!m_settings.soundEnabled)
        return AlertDecision::Silenced::SoundOff;
    if (m_settings.quietHours.contains(now.time()))
        return AlertDecision::Silenced::QuietHours;
    while (!m_recentSoundsMs.isEmpty() && m_recentSoundsMs.first() <= nowMs - kCapSpanMs)
        m_recentSoundsMs.removeFirst();
    if (m_settings.maxSoundsPerMinute > 0 && m_recentSoundsMs.size() >= m_settings.maxSoundsPerMinute)
        return AlertDecision::Silenced::GlobalCap;
    return AlertDecision::Silenced::None;
}

AlertDecision AlertPolicy::summaryOf(const QString &channel, const Window &window) const
{
    AlertDecision summary;
    summary.channel = channel;
    summary.eventId = window.lastEventId;
    summary.notify = true;
    summary.coalescedCount = window.count;
    summary.notificationText = QCoreApplication::translate("bb::AlertPolicy", "%n new in #%1", nullptr, window.count)
                                       .arg(channel);
    return summary;
}

QList<AlertDecision> AlertPolicy::closeWindows(const QDateTime &now)
{
    QList<AlertDecision> summaries;
    summaries.swap(m_closedSummaries);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (auto window = m_windows.begin(); window != m_windows.end();) {
        if (window->closesAtMs > nowMs) {
            ++window;
            continue;
        }
        if (window->count > 1)
            summaries << summaryOf(window.key(), *window);
        window = m_windows.erase(window);
    }
    return summaries;
}

std::optional<qint64> AlertPolicy::nextWindowCloseMs() const
{
    std::optional<qint64> next;
    for (const Window &window : m_windows) {
        if (!next || window.closesAtMs < *next)
            next = window.closesAtMs;
    }
    return next;
}

void AlertPolicy::mute(const QString &channel, const QDateTime &until)
{
    m_mutes.insert(channel, until);
}

void AlertPolicy::unmute(const QString &channel)
{
    m_mutes.insert(channel, QDateTime());
}

QDateTime AlertPolicy::mutedUntil(const QString &channel) const
{
    return m_mutes.contains(channel) ? m_mutes.value(channel) : m_settings.forChannel(channel).mutedUntil;
}

bool AlertPolicy::isMuted(const QString &channel, const QDateTime &now) const
{
    const QDateTime until = mutedUntil(channel);
    return until.isValid() && now < until;
}

QDateTime AlertPolicy::muteEnd(MuteSpan span, const QDateTime &now)
{
    switch (span) {
    case MuteSpan::HalfHour:
        return now.addSecs(30 * 60);
    case MuteSpan::Hour:
        return now.addSecs(60 * 60);
    case MuteSpan::UntilTomorrow:
        break;
    }
    QDateTime morning = now; // keeps now's time spec (local time, or UTC in tests)
    morning.setDate(now.date().addDays(1));
    morning.setTime(QTime(8, 0));
    return morning;
}

} // namespace bb
