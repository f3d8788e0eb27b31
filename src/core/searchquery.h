#pragma once

#include "level.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bb {

// A parsed search, in the one query language shared by the CLI, the HTTP API and the window:
//   free words            alice signup        (all must match, prefix match on the last word is not implied)
//   "a phrase"            "payment failed"
//   user:EMAIL|@handle    user:alice@example.com
//   in:#channel           in:#financials  (or in:financials)
//   level:info|warn|crit  level:crit      (exact level)
//   from:sender           from:s3-uploader   (sender name)
//   before:DATE after:DATE  YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time), or "today"/"yesterday"
//   -word                 excludes a word
// Several user:/in:/from: terms of the same kind are alternatives (OR); different kinds combine (AND).
struct SearchQuery
{
    QStringList words;         // lower-cased free words
    QStringList excludedWords;
    QStringList phrases;
    QStringList users;         // lower-cased
    QStringList channels;      // normalized, without '#'
    QStringList senders;
    std::optional<Level> level;
    QDateTime after;           // invalid when absent; inclusive
    QDateTime before;          // invalid when absent; exclusive

    bool hasTextTerms() const { return !words.isEmpty() || !phrases.isEmpty(); }
    bool isEmpty() const;
};

struct QueryParseResult
{
    SearchQuery query;
    QString error;             // empty on success; otherwise a sentence for the user
    bool ok() const { return error.isEmpty(); }
};

// `now` fixes what "today" means (tests pass a fixed time).
QueryParseResult parseSearchQuery(const QString &text,
                                  const QDateTime &now = QDateTime::currentDateTime());

} // namespace bb
