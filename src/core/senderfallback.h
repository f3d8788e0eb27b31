#pragma once

#include <QByteArray>
#include <QString>

namespace bb {

// The name an event goes by when its sender gave none: where it came from, so that a first
// `curl -d …` reads as "curl" rather than as a failure. Decided once at ingest and stored
// (Event::senderName with Event::senderNameIsFallback), so the feed, search, export, the
// read API and the CLI agree.

// The HTTP client's product name from a User-Agent, short and safe to show: lower case,
// no version, letters, digits and ".-_" only, at most 24 characters ("curl/7.88.1" → "curl",
// "Python-urllib/3.11" → "python-urllib", Node's fetch "undici" → "node"). Browsers
// ("Mozilla/5.0 …") are "browser". Empty when nothing usable is there.
QString clientNameFromUserAgent(const QByteArray &userAgent);

// The name an event's source gives it: the token's name when one was used
// ("webhook:deploy" → "deploy"), else the route ("webhook", "plain", "cli", …).
QString senderNameFromSource(const QString &source);

} // namespace bb
