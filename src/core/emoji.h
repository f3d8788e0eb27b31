#pragma once

#include <QString>
#include <QStringView>

namespace bb {

// Slack's emoji shortcodes, from resources/emoji/shortcodes.tsv (emoji-datasource).

// "rocket" → "🚀"; aliases ("thumbsup" and "+1"); "thumbsup::skin-tone-3" picks a skin
// tone (the plain emoji when it takes none). Surrounding colons are allowed. "" if unknown.
QString emojiForShortcode(const QString &name);

// ":rocket: go" → "🚀 go"; unknown :codes: stay as typed.
QString replaceEmojiShortcodes(const QString &plainText);

// A known ":shortcode:" (optionally "::skin-tone-N") starting at text[pos] == ':'.
struct ShortcodeMatch
{
    qsizetype length = 0; // characters consumed, 0 when there is no known shortcode here
    QString emoji;
};
ShortcodeMatch matchEmojiShortcode(QStringView text, qsizetype pos);

} // namespace bb
