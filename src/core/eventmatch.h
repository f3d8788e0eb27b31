#pragma once

#include "event.h"
#include "searchquery.h"

#include <QString>
#include <QStringList>

namespace bb {

// Whether `event` matches `query` as the store's search would find it (searchsql.h), decided
// in memory: for counting live events without asking the store again (the wall's tiles).
// Words and phrases are matched the way the full-text index tokenizes (FTS5's unicode61 with
// diacritics removed): runs of letters and digits, case-folded, in the title, the text, the
// sender's name and the readable text of attachments and blocks; a phrase within one of them.
bool eventMatches(const SearchQuery &query, const Event &event);

// The strings a person reads in an event's Slack attachments and blocks (titles, texts, field
// values; not colours, image URLs or ids), joined by spaces: what the index stores for them.
QString eventAttachmentText(const Event &event);

// `text` split as the full-text index splits it: lower case, without diacritics.
QStringList searchTokens(const QString &text);

} // namespace bb
