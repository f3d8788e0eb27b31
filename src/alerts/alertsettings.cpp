#include "alertsettings.h"

#include <QRegularExpression>

namespace bb {

namespace {

struct ModeName
{
    NotifyMode mode;
    const char *name;
};
constexpr ModeName kModeNames[] = { { NotifyMode::Ring, "ring" }, { NotifyMode::Bold, "bold" }, { NotifyMode::Mute, "mute" }, { NotifyMode::Celebrate, "celebrate" } };

} // namespace

std::optional<NotifyMode> parseNotifyMode(const QString &text)
{
    for (const ModeName &entry : kModeNames) {
        if (text.trimmed().compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.mode;
    }
    return std::nullopt;
}

QString notifyModeName(NotifyMode mode)
{
    for (const ModeName &entry : kModeNames) {
        if (entry.mode == mode)
            return QLatin1String(entry.name);
    }
    return {};
}

QStringList notifyModeNames()
{
    QStringList names;
    for (const ModeName &entry : kModeNames)
        names << QLatin1String(entry.name);
    return names;
}

ChannelAlertSettings defaultChannelAlertSettings(const QString &channel)
{
    ChannelAlertSettings settings;
    if (channel == QLatin1String("critical-server-errors")) {
        settings.mode = NotifyMode::Ring;
        settings.sound = QStringLiteral("alarm");
    } else if (channel == QLatin1String("non-critical-server-errors")) {
        settings.mode = NotifyMode::Bold;
        settings.sound = QStringLiteral("alarm");
    } else if (channel == QLatin1String("financials")) {
        settings.mode = NotifyMode::Celebrate;
        settings.sound = QStringLiteral("cash-register");
    } else if (channel == QLatin1String("user-behavior")) {
        settings.mode = NotifyMode::Ring;
        settings.sound = QStringLiteral("service-bell");
    } else if (channel == QLatin1String("application-stats")) {
        settings.mode = NotifyMode::Bold;
        settings.sound = QStringLiteral("soft-pop");
    }
    return settings;
}

bool QuietHours::contains(const QTime &time) const
{
    if (isEmpty())
        return false;
    if (start < end)
        return start <= time && time < end;
    return time >= start || time < end; // crosses midnight
}

std::optional<QuietHours> QuietHours::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QuietHours{};
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QuietHours hours{ QTime::fromString(match.captured(1), QStringLiteral("H:mm")),
                      QTime::fromString(match.captured(2), QStringLiteral("H:mm")) };
    if (!hours.start.isValid() || !hours.end.isValid())
        return std::nullopt;
    return hours;
}

QString QuietHours::toString() const
{
    if (isEmpty())
        return {};
    return start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + end.toString(QStringLiteral("HH:mm"));
}

ChannelAlertSettings AlertSettings::forChannel(const QString &channel) const
{
    return channels.value(channel, defaultChannelAlertSettings(channel));
}

} // namespace bb
