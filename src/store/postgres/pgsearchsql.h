#pragma once

#include "core/searchquery.h"
#include "store/searchsql.h"

namespace bb {

// The PostgreSQL form of searchIdsSql (searchsql.h): ids (column "id") of events matching
// `query` with id < beforeId (0: no bound), newest first, at most `limit`, with $1, $2…
// parameters (a negative `limit`: all of them). Words and phrases go through the GIN-indexed tsvector (each word a
// phraseto_tsquery, so user text is never tsquery syntax; "pay*" a prefix), users through
// event_users, channels, senders, level and dates through the events' own indexes.
SqlStatement postgresSearchIdsSql(const SearchQuery &query, qint64 beforeId, int limit);

} // namespace bb
