#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace bb {

// Helpers for showing text that came from an untrusted sender.

// Removes characters that can disguise text: bidi embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069), invisible zero-width characters (U+200B, U+2060, U+FEFF,
// U+180E), zero-width (non-)joiners after ASCII (a joiner only does a job inside emoji and
// non-Latin scripts), and C0/C1 control characters other than newline and tab.
// Line endings become '\n'. Removed rather than shown: a visible marker would break
// emoji sequences and copy-paste, and what is left is exactly what a reader sees.
QString withoutHiddenCharacters(QStringView text);

// The URL when it may become a clickable link: http and https with a host, or mailto.
// Anything else (javascript:, file:, qrc:, data:, relative) gives an invalid QUrl.
QUrl safeLinkUrl(QStringView url);

// The URL as the value of an href/src attribute in double quotes.
QString hrefAttribute(const QUrl &url);

} // namespace bb
