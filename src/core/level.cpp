#include "level.h"

namespace bb {

std::optional<Level> parseLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("info") || t == QLatin1String("notice"))
        return Level::Info;
    if (t == QLatin1String("warn") || t == QLatin1String("warning"))
        return Level::Warn;
    if (t == QLatin1String("crit") || t == QLatin1String("critical") || t == QLatin1String("error"))
        return Level::Crit;
    return std::nullopt;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Warn: return QStringLiteral("warn");
    case Level::Crit: return QStringLiteral("crit");
    case Level::Info: break;
    }
    return QStringLiteral("info");
}

} // namespace bb
