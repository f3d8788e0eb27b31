#pragma once

#include "level.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bb {

// A parsed search, in the one query language shared by the CLI, the HTTP API and the window.
// Terms are separated by spaces; double quotes group words ("a phrase", user:"x y").
//   free words            alice signup        (all must match; lower-cased; prefix match is not implied)
//   "a phrase"            "payment failed"    (lower-cased)
//   user:EMAIL|@handle    user:alice@example.com, user:@carol (user:carol means @carol)
//   in:#channel           in:#financials  (or in:financials)
//   level:info|warn|crit  level:crit      (exact level; at most once)
//   from:sender           from:s3-uploader   (sender name, as written)
//   before:DATE after:DATE  YYYY-MM-DD (local midnight) or YYYY-MM-DDTHH:MM[:SS] (local time),
//                         or "today"/"yesterday" (midnight starting that day);
//                         after: is inclusive, before: exclusive; repeated, the narrowest wins
//   today, yesterday      that local day: today is after:today, yesterday is
//                         after:yesterday before:today ("today" in quotes is a word)
//   -word, -"a phrase"    excludes a word or phrase
// Only these six keys are keys: "http://x" or "12:30" are free words. A key with an empty
// value, an unknown level, a bad date, a bad channel name or an unterminated quote is an
// error sentence, never a silently different search.
// Several user:/in:/from: terms of the same kind are alternatives (OR); different kinds combine (AND).
struct SearchQuery
{
    QStringList words;         // lower-cased free words
    QStringList excludedWords; // lower-cased; an excluded phrase is one entry containing spaces
    QStringList phrases;       // lower-cased
    QStringList users;         // in normalizeUser() form: "alice@example.com", "@carol"
    QStringList channels;      // normalized, without '#'
    QStringList senders;
    std::optional<Level> level;
    QDateTime after;  // invalid when absent; inclusive
    QDateTime before; // invalid when absent; exclusive

    bool hasTextTerms() const { return !words.isEmpty() || !phrases.isEmpty(); }
    bool isEmpty() const;
};

struct QueryParseResult
{
    SearchQuery query;
    QString error; // empty on success; otherwise a sentence for the user
    bool ok() const { return error.isEmpty(); }
};

// `now` fixes what "today" means (tests pass a fixed time).
QueryParseResult parseSearchQuery(const QString &text,
                                  const QDateTime &now = QDateTime::currentDateTime());

// The query written back in the language, so that parseSearchQuery gives the same query (times
// to the second, in this machine's local time): how an attached console asks its server.
QString searchQueryText(const SearchQuery &query);

} // namespace bb
