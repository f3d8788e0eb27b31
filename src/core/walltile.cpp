#include "walltile.h"

#include <QCoreApplication>

namespace bb {

QList<WallTileSpec> defaultWallTiles()
{
    // The demo feed and the README's first example send "New user registration! …" to
    // #user-behavior; Stripe-style payments go to #financials.
    return {
        { QLatin1String(QT_TRANSLATE_NOOP("bb::WallTiles", "Sign-ups today")),
          QStringLiteral(R"(in:#user-behavior "new user registration" today)"), TileComparison::Yesterday, false, true },
        { QLatin1String(QT_TRANSLATE_NOOP("bb::WallTiles", "Revenue today")), QStringLiteral("in:#financials today"),
          TileComparison::None, true, true },
        { QLatin1String(QT_TRANSLATE_NOOP("bb::WallTiles", "Errors today")),
          QStringLiteral("in:#critical-server-errors level:crit today"), TileComparison::Yesterday, false, true },
    };
}

QString WallTileSpec::displayTitle() const
{
    // The defaults are made before the window's translator is installed (they are the config's
    // defaults), so they are translated here, when shown.
    return builtIn ? QCoreApplication::translate("bb::WallTiles", title.toUtf8().constData()) : title;
}

std::optional<TileComparison> tileComparisonFromName(const QString &name)
{
    if (name == QLatin1String("yesterday"))
        return TileComparison::Yesterday;
    if (name == QLatin1String("last_week"))
        return TileComparison::LastWeek;
    return std::nullopt;
}

std::optional<SearchQuery> comparisonQuery(const SearchQuery &query, TileComparison comparison, const QDateTime &now)
{
    if (comparison == TileComparison::None || !query.after.isValid())
        return std::nullopt;
    // Calendar days in local time: across a DST change "yesterday at 14:05" is still 14:05.
    const int days = comparison == TileComparison::Yesterday ? 1 : 7;
    SearchQuery earlier = query;
    earlier.after = query.after.toLocalTime().addDays(-days);
    const QDateTime nowThen = now.toLocalTime().addDays(-days);
    const QDateTime beforeThen = query.before.isValid() ? query.before.toLocalTime().addDays(-days) : QDateTime();
    earlier.before = beforeThen.isValid() && beforeThen < nowThen ? beforeThen : nowThen;
    return earlier;
}

std::optional<qint64> percentChange(qint64 now, qint64 before)
{
    if (before == 0)
        return std::nullopt;
    const qint64 difference = now - before;
    const qint64 magnitude = (std::abs(difference) * 200 + std::abs(before)) / (2 * std::abs(before));
    return difference < 0 ? -magnitude : magnitude;
}

} // namespace bb
