#pragma once

#include "core/searchquery.h"

#include <QString>
#include <QVariantList>

#include <limits>

namespace bb {

// One SQL statement with its positional parameters, in order.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// The statement that selects the ids (column "id") of events matching `query` with
// id < beforeId (0: no bound), newest first, at most `limit` of them.
//
// How it stays fast at a million events: one condition "drives" the walk, newest-first
// through an index that already has the id order, so SQLite stops after `limit` hits
// instead of sorting every match. The most selective kind drives: users, then words,
// then channels, senders, level; the rest are checked per visited row. Several values of
// the driving kind (in:a in:b) walk one index range each and merge their first pages;
// several users are one FTS5 OR over the user index, which merges by itself.
//
// `window`, when known, bounds the walk to the ids of the query's time window (after:,
// before:), so that a narrow window never walks the newer events above it.
struct IdRange
{
    qint64 first = 0;                                 // inclusive
    qint64 last = std::numeric_limits<qint64>::max(); // inclusive
};
SqlStatement searchIdsSql(const SearchQuery &query, qint64 beforeId, int limit, const IdRange &window = {});

// The statement that finds the id range of the query's time window when it holds fewer
// than `cap` events: columns count, min(id), max(id). Only for a query with after/before.
SqlStatement timeWindowSql(const SearchQuery &query, int cap);

// The FTS5 MATCH expression for the query's words and phrases (ANDed) minus its excluded
// words, or an empty string when it has no positive text term. Every term is a quoted
// FTS5 string, so user text can never be read as FTS5 syntax (AND, NEAR(, *, ", -, ^).
// A free word ending in '*' is a prefix search ("pay*"); nothing else is a prefix, not
// even the last word: the query language promises whole words (searchquery.h).
// Terms without any letter or digit are ignored: the tokenizer finds nothing in them.
QString ftsMatchExpression(const SearchQuery &query);

} // namespace bb
