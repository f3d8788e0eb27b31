#pragma once

#include "searchquery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bb {

// What a tile's number is compared with: the same span one day or one week earlier, up to
// the same time of day ("▲ 12% vs yesterday" at 14:05 compares today 00:00–14:05 with
// yesterday 00:00–14:05).
enum class TileComparison {
    None,
    Yesterday,
    LastWeek,
};

// One number on the wall ([[wall.tiles]] in the config): how many events match `query`, or,
// with `sumAmounts`, the sum of their amounts per currency.
struct WallTileSpec
{
    QString title;
    QString query; // the query language (searchquery.h), usually with a time term such as "today"
    TileComparison comparison = TileComparison::None;
    bool sumAmounts = false;
    bool builtIn = false; // one of defaultWallTiles(): its title is translated where it is shown

    // The title as a person reads it: a built-in tile's in the window's language.
    QString displayTitle() const;

    friend bool operator==(const WallTileSpec &a, const WallTileSpec &b)
    {
        return a.title == b.title && a.query == b.query && a.comparison == b.comparison
            && a.sumAmounts == b.sumAmounts;
    }
};

// The tiles of a wall whose config names none: sign-ups, revenue and critical errors today,
// from the seed channels (defaultChannelNames()).
QList<WallTileSpec> defaultWallTiles();

// "yesterday", "last_week" (the config's words); nullopt for anything else.
std::optional<TileComparison> tileComparisonFromName(const QString &name);

// The query for the span `comparison` looks back to: `query` with its time window moved back
// one day or one week and ending no later than `now` moved back the same. Nullopt when the
// query has no start (after:, today, yesterday, a date) to move, or comparison is None.
std::optional<SearchQuery> comparisonQuery(const SearchQuery &query, TileComparison comparison, const QDateTime &now);

// The change from `before` to `now` in whole percent, rounded half away from zero
// (12 → 15 is 25); nullopt when `before` is 0 (no percentage of nothing).
std::optional<qint64> percentChange(qint64 now, qint64 before);

} // namespace bb
