#include "channelname.h"

namespace bb {

QString normalizeChannelName(const QString &raw)
{
    QString name = raw.trimmed();
    if (name.startsWith(QLatin1Char('#')))
        name.remove(0, 1);
    name = name.toLower();
    if (name.isEmpty() || name.size() > 80)
        return {};
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                     || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                     || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!ok)
            return {};
    }
    return name;
}

QStringList defaultChannelNames()
{
    return { QStringLiteral("critical-server-errors"), QStringLiteral("non-critical-server-errors"),
             QStringLiteral("financials"), QStringLiteral("user-behavior"),
             QStringLiteral("application-stats") };
}

} // namespace bb
