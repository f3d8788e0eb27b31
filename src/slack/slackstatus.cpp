#include "slackstatus.h"

#include <QDateTime>
#include <QJsonArray>

namespace bb {

namespace {

struct PhaseName
{
    SlackStatus::Phase phase;
    const char *name;
};

constexpr PhaseName kPhaseNames[] = {
    { SlackStatus::Phase::Off, "off" },
    { SlackStatus::Phase::Connecting, "connecting" },
    { SlackStatus::Phase::Connected, "connected" },
    { SlackStatus::Phase::Reconnecting, "reconnecting" },
    { SlackStatus::Phase::TokenRevoked, "token_revoked" },
    { SlackStatus::Phase::RateLimited, "rate_limited" },
};

} // namespace

QString SlackStatus::phaseName(Phase phase)
{
    for (const PhaseName &entry : kPhaseNames) {
        if (entry.phase == phase)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("off");
}

SlackStatus::Phase SlackStatus::phaseFromName(const QString &name)
{
    for (const PhaseName &entry : kPhaseNames) {
        if (name == QLatin1String(entry.name))
            return entry.phase;
    }
    return Phase::Off;
}

QString SlackStatus::phaseText(qint64 nowMs) const
{
    const qint64 seconds = qMax<qint64>(0, (retryAtMs - nowMs + 999) / 1000);
    switch (phase) {
    case Phase::Off: return tr("not connected");
    case Phase::Connecting: return tr("connecting");
    case Phase::Connected: return tr("connected");
    case Phase::Reconnecting: return tr("reconnecting in %n s", nullptr, int(seconds));
    case Phase::TokenRevoked: return tr("token revoked");
    case Phase::RateLimited:
        return tr("rate limited until %1")
                .arg(QDateTime::fromMSecsSinceEpoch(retryAtMs).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    return {};
}

QString SlackStatus::text(qint64 nowMs) const
{
    QString line = phaseText(nowMs);
    if (phase == Phase::TokenRevoked)
        line = tr("token revoked or invalid: run `bellboard slack login` with a new token");
    if (!detail.isEmpty())
        line += QStringLiteral(" (%1)").arg(detail);
    return line;
}

QJsonObject SlackStatus::toJson() const
{
    return { { QStringLiteral("state"), phaseName(phase) },
             { QStringLiteral("retry_at_ms"), double(retryAtMs) },
             { QStringLiteral("detail"), detail },
             { QStringLiteral("team"), team },
             { QStringLiteral("channels"), QJsonArray::fromStringList(channels) },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } };
}

SlackStatus SlackStatus::fromJson(const QJsonObject &object)
{
    SlackStatus status;
    status.phase = phaseFromName(object.value(QStringLiteral("state")).toString());
    status.retryAtMs = object.value(QStringLiteral("retry_at_ms")).toInteger();
    status.detail = object.value(QStringLiteral("detail")).toString();
    status.team = object.value(QStringLiteral("team")).toString();
    for (const QJsonValue &name : object.value(QStringLiteral("channels")).toArray())
        status.channels << name.toString();
    for (const QJsonValue &problem : object.value(QStringLiteral("problems")).toArray())
        status.problems << problem.toString();
    return status;
}

bool SlackStatus::operator==(const SlackStatus &other) const
{
    return phase == other.phase && retryAtMs == other.retryAtMs && detail == other.detail && team == other.team
        && channels == other.channels && problems == other.problems;
}

} // namespace bb
