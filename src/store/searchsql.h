#pragma once

#include "core/searchquery.h"

#include <QString>
#include <QVariantList>

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
SqlStatement searchIdsSql(const SearchQuery &query, qint64 beforeId, int limit);

// The FTS5 MATCH expression for the query's words and phrases (ANDed) minus its excluded
// words, or an empty string when it has no positive text term. Every term is a quoted
// FTS5 string, so user text can never be read as FTS5 syntax (AND, NEAR(, *, ", -, ^).
// A free word ending in '*' is a prefix search ("pay*"); nothing else is a prefix, not
// even the last word: the query language promises whole words (searchquery.h).
// Terms without any letter or digit are ignored: the tokenizer finds nothing in them.
QString ftsMatchExpression(const SearchQuery &query);

} // namespace bb
