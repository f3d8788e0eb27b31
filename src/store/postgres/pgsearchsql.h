#pragma once

#include "core/searchquery.h"
#include "store/searchsql.h"

namespace bb {

// The PostgreSQL form of searchIdsSql (searchsql.h): ids (column "id") of events matching
// `query` with id < beforeId (0: no bound), newest first, at most `limit`, with $1, $2…
// parameters (a negative `limit`: all of them). Words and phrases go through the GIN-indexed tsvector (each word a
// phraseto_tsquery, so user text is never tsquery syntax; "pay*" a prefix), users through
// event_users, channels, senders, level and dates through the events' own indexes.
// `window`, when known, bounds the id walk to the query's time window (see below).
SqlStatement postgresSearchIdsSql(const SearchQuery &query, qint64 beforeId, int limit, const IdRange &window = {});

// The time window (after:, before:) as an id range, found before the search so that its id
// walk never visits the events outside it (a walk down the primary key that filters on time
// passes every newer event first). Only for a query with after: or before:.
//
// A narrow window: columns count, min(id), max(id) of at most `cap` of its events, read from
// the receive time index (with the ids in it since schema 3); a count under `cap` is the
// whole window, and its ids are exact.
SqlStatement postgresWindowIdsSql(const SearchQuery &query, int cap);

// A wide window: the newest block of kPostgresIdBlock ids holding an event in the window
// (column block; NULL: none does), found by walking the blocks down from the newest on the
// events_id_block index (schema 3), one index probe per block. Every event above that block
// is outside the window whatever its time, so ids that do not follow time (a backfill, Slack's
// own times) only widen the range, never lose a match.
constexpr qint64 kPostgresIdBlock = 4096;
SqlStatement postgresNewestWindowBlockSql(const SearchQuery &query);

} // namespace bb
