#include "emoji.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>

// Resources compiled into a static library must be registered by name before first use,
// and Q_INIT_RESOURCE must be expanded outside any namespace.
static void initEmojiResource()
{
    Q_INIT_RESOURCE(emoji);
}

namespace bb {

namespace {

constexpr qsizetype kLongestShortcode = 80; // the longest in emoji-datasource 16 is 72
constexpr int kFirstSkinTone = 2;           // Slack's tones are skin-tone-2 … skin-tone-6
constexpr int kSkinToneCount = 5;

struct EmojiEntry
{
    QString emoji;
    std::array<QString, kSkinToneCount> tones;
};

struct EmojiTable
{
    QList<EmojiEntry> entries;
    QHash<QString, qsizetype> indexByName;
};

QString fromCodePoints(QStringView dashSeparatedHex)
{
    QString result;
    for (QStringView hex : dashSeparatedHex.split(u'-', Qt::SkipEmptyParts)) {
        bool ok = false;
        const char32_t codePoint = hex.toUInt(&ok, 16);
        if (ok)
            result += QString::fromUcs4(&codePoint, 1);
    }
    return result;
}

EmojiTable loadTable()
{
    initEmojiResource();
    EmojiTable table;
    QFile file(QStringLiteral(":/bellboard/emoji/shortcodes.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QString content = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(content).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const auto columns = line.split(u'\t');
        if (columns.size() < 2)
            continue;
        EmojiEntry entry;
        entry.emoji = fromCodePoints(columns[1]);
        if (columns.size() > 2) {
            const auto tones = columns[2].split(u' ', Qt::SkipEmptyParts);
            for (int i = 0; i < kSkinToneCount && i < tones.size(); ++i)
                entry.tones[i] = fromCodePoints(tones[i]);
        }
        table.entries.append(entry);
        for (QStringView name : columns[0].split(u','))
            table.indexByName.insert(name.toString(), table.entries.size() - 1);
    }
    return table;
}

// Loaded on first use; C++11 guarantees a function-local static is initialised once,
// even when several threads render at the same time.
const EmojiTable &emojiTable()
{
    static const EmojiTable table = loadTable();
    return table;
}

bool isShortcodeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'+'
        || u == u'-' || (u >= u'A' && u <= u'Z');
}

QString lookUp(QStringView name, int skinTone)
{
    const EmojiTable &table = emojiTable();
    const auto found = table.indexByName.constFind(name.toString().toLower());
    if (found == table.indexByName.cend())
        return {};
    const EmojiEntry &entry = table.entries.at(*found);
    const int toneIndex = skinTone - kFirstSkinTone;
    if (toneIndex >= 0 && toneIndex < kSkinToneCount && !entry.tones[toneIndex].isEmpty())
        return entry.tones[toneIndex];
    return entry.emoji;
}

// "thumbsup::skin-tone-3" → tone 3; 0 when the text names no tone.
int skinToneOf(QStringView modifier)
{
    static const QString prefix = QStringLiteral("skin-tone-");
    if (!modifier.startsWith(prefix) || modifier.size() != prefix.size() + 1)
        return 0;
    const int tone = modifier.back().digitValue();
    return tone >= kFirstSkinTone && tone < kFirstSkinTone + kSkinToneCount ? tone : 0;
}

} // namespace

QString emojiForShortcode(const QString &name)
{
    QStringView code(name);
    if (code.size() >= 2 && code.startsWith(u':') && code.endsWith(u':'))
        code = code.mid(1, code.size() - 2);
    const qsizetype toneSeparator = code.indexOf(QLatin1String("::"));
    if (toneSeparator < 0)
        return lookUp(code, 0);
    const int tone = skinToneOf(code.mid(toneSeparator + 2));
    return tone ? lookUp(code.left(toneSeparator), tone) : QString();
}

ShortcodeMatch matchEmojiShortcode(QStringView text, qsizetype pos)
{
    if (pos >= text.size() || text[pos] != u':')
        return {};
    qsizetype end = pos + 1;
    while (end < text.size() && end - pos <= kLongestShortcode && isShortcodeChar(text[end]))
        ++end;
    if (end == pos + 1 || end >= text.size() || text[end] != u':')
        return {};
    const QStringView name = text.mid(pos + 1, end - pos - 1);
    // An optional "::skin-tone-N" after the name.
    const QStringView rest = text.mid(end);
    static const QString tonePrefix = QStringLiteral("::skin-tone-");
    if (rest.startsWith(tonePrefix) && rest.size() >= tonePrefix.size() + 2
        && rest[tonePrefix.size() + 1] == u':') {
        const int tone = skinToneOf(rest.mid(2, tonePrefix.size() - 2 + 1));
        const QString emoji = tone ? lookUp(name, tone) : QString();
        if (!emoji.isEmpty())
            return { end - pos + tonePrefix.size() + 2, emoji };
    }
    const QString emoji = lookUp(name, 0);
    if (emoji.isEmpty())
        return {};
    return { end - pos + 1, emoji };
}

QString replaceEmojiShortcodes(const QString &plainText)
{
    if (!plainText.contains(u':'))
        return plainText;
    QString result;
    result.reserve(plainText.size());
    const QStringView text(plainText);
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u':') {
            const ShortcodeMatch match = matchEmojiShortcode(text, i);
            if (match.length > 0) {
                result += match.emoji;
                i += match.length;
                continue;
            }
        }
        result += text[i++];
    }
    return result;
}

} // namespace bb
