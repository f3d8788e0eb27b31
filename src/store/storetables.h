#pragma once

#include <QList>
#include <QString>

#include <iterator>

namespace bb {

// What a store holds besides its events' rows (and the acknowledgements, which travel inside
// Event), engine-neutral: what `bellboard store copy` moves from one engine to the other.
struct ChannelRow
{
    QString name;
    qint64 createdAtMs = 0;
};

// Which stored event holds which outside message (a Slack ts, a webhook's delivery id).
struct ExternalIdRow
{
    QString source;
    QString externalId;
    qint64 eventId = 0;
};

struct CursorRow
{
    QString name;
    QString value;
};

struct ReadMarkerRow
{
    QString user;
    QString channel;
    qint64 lastReadId = 0;
    qint64 updatedAtMs = 0;
};

// The small tables, read and written whole.
struct SideTables
{
    QList<ChannelRow> channels;
    QList<CursorRow> cursors;
    QList<ReadMarkerRow> readMarkers;
};

// How many rows each table holds: the copy's check at the end.
enum class StoreTable {
    Events,
    Channels,
    Acknowledgements,
    ExternalEvents,
    SyncCursors,
    ReadMarkers
};
inline constexpr StoreTable kStoreTables[] = { StoreTable::Events, StoreTable::Channels,
                                               StoreTable::Acknowledgements, StoreTable::ExternalEvents,
                                               StoreTable::SyncCursors, StoreTable::ReadMarkers };
// The table's name in both engines' schemas (for messages).
QString storeTableName(StoreTable table);

struct StoreCounts
{
    qint64 rows[std::size(kStoreTables)] = {};
    qint64 newestId = 0;    // the newest stored event's id (0: none)
    qint64 lastIdGiven = 0; // the newest id ever given out, deleted events' included
    qint64 &operator[](StoreTable table) { return rows[int(table)]; }
    qint64 operator[](StoreTable table) const { return rows[int(table)]; }
};

} // namespace bb
