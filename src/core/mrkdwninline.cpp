#include "mrkdwninline.h"

#include "emoji.h"
#include "mrkdwn.h"
#include "richtextwriter.h"
#include "safetext.h"

#include <QUrl>

#include <array>
#include <vector>

namespace bb {

namespace {

constexpr qsizetype kLongestControlSequence = 8192;
constexpr std::array<char16_t, 3> kStyleDelimiters{ u'*', u'_', u'~' };

enum class AtomKind {
    Char,      // a typed character, possibly a style delimiter
    Literal,   // a decoded entity (&lt; &gt; &amp;): never markup
    Code,      // `inline code`
    Link,      // a safe link: url + text
    Mention,   // @user, #channel, @group: text
    Broadcast, // @here, @channel, @everyone: text
    Text,      // resolved text without markup (emoji, a date's fallback, an unsafe link's label)
};

struct Atom
{
    AtomKind kind;
    QChar ch;
    QString text;
    QUrl url;
};

bool startsWithCaseless(QStringView text, qsizetype pos, QLatin1String prefix)
{
    return text.mid(pos, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// "U123|name" → name, or id when there is no label.
QString labelOr(QStringView id, QStringView label)
{
    return decodeSlackEntities(label.isEmpty() ? id : label);
}

Atom controlSequenceAtom(QStringView inner)
{
    const qsizetype bar = inner.indexOf(u'|');
    const QStringView target = bar < 0 ? inner : inner.left(bar);
    const QStringView label = bar < 0 ? QStringView() : inner.mid(bar + 1);

    if (target.startsWith(u'@')) {
        QString name = labelOr(target.mid(1), label);
        if (!name.startsWith(u'@'))
            name.prepend(u'@');
        return { AtomKind::Mention, {}, name, {} };
    }
    if (target.startsWith(u'#'))
        return { AtomKind::Mention, {}, QLatin1Char('#') + labelOr(target.mid(1), label), {} };
    if (target.startsWith(u'!')) {
        const QStringView command = target.mid(1).split(u'^').first();
        if (command == QLatin1String("here") || command == QLatin1String("channel")
            || command == QLatin1String("everyone"))
            return { AtomKind::Broadcast, {}, QLatin1Char('@') + command.toString(), {} };
        if (command == QLatin1String("subteam")) {
            QString name = labelOr(target.mid(target.indexOf(u'^') + 1), label);
            if (!name.startsWith(u'@'))
                name.prepend(u'@');
            return { AtomKind::Mention, {}, name, {} };
        }
        // <!date^…|fallback> and any other command: only the sender's fallback text.
        return { AtomKind::Text, {}, decodeSlackEntities(label), {} };
    }
    const QString url = decodeSlackEntities(target);
    const QUrl safe = safeLinkUrl(url);
    const QString shown = label.isEmpty() ? url : decodeSlackEntities(label);
    if (safe.isValid())
        return { AtomKind::Link, {}, shown, safe };
    return { AtomKind::Text, {}, shown, {} };
}

class LineRenderer
{
public:
    LineRenderer(RichTextWriter &out, bool styles)
        : m_out(out)
        , m_styles(styles) {}

    void render(QStringView line)
    {
        tokenize(line);
        if (m_styles)
            findClosers();
        writeRange(0, qsizetype(m_atoms.size()));
        flushText();
    }

private:
    void tokenize(QStringView line)
    {
        m_atoms.reserve(size_t(line.size()));
        for (qsizetype i = 0; i < line.size();) {
            const QChar c = line[i];
            if (c == u'<' && controlSequence(line, i))
                continue;
            if (c == u'`' && m_styles && codeSpan(line, i))
                continue;
            if (c == u'&' && entity(line, i))
                continue;
            if (c == u':' && emoji(line, i))
                continue;
            if ((c == u'h' || c == u'H') && bareLink(line, i))
                continue;
            m_atoms.push_back({ AtomKind::Char, c, {}, {} });
            ++i;
        }
    }

    bool controlSequence(QStringView line, qsizetype &i)
    {
        const qsizetype close = line.indexOf(u'>', i + 1);
        if (close < 0 || close - i > kLongestControlSequence || close == i + 1)
            return false;
        const QStringView inner = line.mid(i + 1, close - i - 1);
        if (inner.contains(u'<'))
            return false;
        m_atoms.push_back(controlSequenceAtom(inner));
        i = close + 1;
        return true;
    }

    bool codeSpan(QStringView line, qsizetype &i)
    {
        const qsizetype close = line.indexOf(u'`', i + 1);
        if (close < 0 || close == i + 1)
            return false;
        m_atoms.push_back({ AtomKind::Code, {}, decodeSlackEntities(line.mid(i + 1, close - i - 1)), {} });
        i = close + 1;
        return true;
    }

    bool entity(QStringView line, qsizetype &i)
    {
        static const std::array<std::pair<QLatin1String, char16_t>, 3> entities{ {
                { QLatin1String("&lt;"), u'<' },
                { QLatin1String("&gt;"), u'>' },
                { QLatin1String("&amp;"), u'&' },
        } };
        for (const auto &[name, character] : entities) {
            if (line.mid(i, name.size()) == name) {
                m_atoms.push_back({ AtomKind::Literal, QChar(character), {}, {} });
                i += name.size();
                return true;
            }
        }
        return false;
    }

    bool emoji(QStringView line, qsizetype &i)
    {
        const ShortcodeMatch match = matchEmojiShortcode(line, i);
        if (match.length == 0)
            return false;
        m_atoms.push_back({ AtomKind::Text, {}, match.emoji, {} });
        i += match.length;
        return true;
    }

    // A URL typed without <…>, as scripts often send: linked like Slack's client does.
    bool bareLink(QStringView line, qsizetype &i)
    {
        if (!startsWithCaseless(line, i, QLatin1String("http://"))
            && !startsWithCaseless(line, i, QLatin1String("https://")))
            return false;
        if (!m_atoms.empty() && isWordChar(m_atoms.back()))
            return false;
        qsizetype end = i;
        while (end < line.size() && !line[end].isSpace() && line[end] != u'<' && line[end] != u'>'
               && !startsWithCaseless(line, end, QLatin1String("&lt;"))
               && !startsWithCaseless(line, end, QLatin1String("&gt;")))
            ++end;
        while (end > i && QStringView(u".,;:!?)]'\"*_~").contains(line[end - 1]))
            --end;
        const QString url = decodeSlackEntities(line.mid(i, end - i));
        const QUrl safe = safeLinkUrl(url);
        if (!safe.isValid())
            return false;
        m_atoms.push_back({ AtomKind::Link, {}, url, safe });
        i = end;
        return true;
    }

    static bool isCharacter(const Atom &atom)
    {
        return atom.kind == AtomKind::Char || atom.kind == AtomKind::Literal;
    }
    static bool isWordChar(const Atom &atom)
    {
        return isCharacter(atom) && atom.ch.isLetterOrNumber();
    }
    static bool isSpace(const Atom &atom) { return isCharacter(atom) && atom.ch.isSpace(); }

    static int delimiterIndex(const Atom &atom)
    {
        if (atom.kind != AtomKind::Char)
            return -1;
        for (size_t d = 0; d < kStyleDelimiters.size(); ++d) {
            if (atom.ch == kStyleDelimiters[d])
                return int(d);
        }
        return -1;
    }

    bool canOpen(qsizetype i) const
    {
        const qsizetype n = qsizetype(m_atoms.size());
        return (i == 0 || !isWordChar(m_atoms[size_t(i - 1)])) && i + 1 < n
            && !isSpace(m_atoms[size_t(i + 1)]);
    }

    bool canClose(qsizetype i) const
    {
        const qsizetype n = qsizetype(m_atoms.size());
        return i > 0 && !isSpace(m_atoms[size_t(i - 1)])
            && (i + 1 == n || !isWordChar(m_atoms[size_t(i + 1)]));
    }

    // For each delimiter, the first position at or after k that can close it: one pass from
    // the right, so that matching stays linear even on hostile input.
    void findClosers()
    {
        const qsizetype n = qsizetype(m_atoms.size());
        for (auto &closers : m_nextCloser)
            closers.assign(size_t(n + 2), n);
        for (qsizetype k = n - 1; k >= 0; --k) {
            for (size_t d = 0; d < kStyleDelimiters.size(); ++d)
                m_nextCloser[d][size_t(k)] = m_nextCloser[d][size_t(k + 1)];
            const int d = delimiterIndex(m_atoms[size_t(k)]);
            if (d >= 0 && canClose(k))
                m_nextCloser[size_t(d)][size_t(k)] = k;
        }
    }

    // A delimiter's own kind never nests inside itself (its closer is the first one), so
    // the recursion is at most three styles deep.
    void writeRange(qsizetype begin, qsizetype end)
    {
        static const std::array<const char16_t *, 3> openTags{ u"<b>", u"<i>", u"<s>" };
        static const std::array<const char16_t *, 3> closeTags{ u"</b>", u"</i>", u"</s>" };
        for (qsizetype i = begin; i < end; ++i) {
            const Atom &atom = m_atoms[size_t(i)];
            const int d = m_styles ? delimiterIndex(atom) : -1;
            if (d >= 0 && i + 2 <= end && canOpen(i)) {
                const qsizetype close = m_nextCloser[size_t(d)][size_t(i + 2)];
                if (close < end) {
                    flushText();
                    m_out.markup(openTags[size_t(d)]);
                    writeRange(i + 1, close);
                    flushText();
                    m_out.markup(closeTags[size_t(d)]);
                    i = close;
                    continue;
                }
            }
            writeAtom(atom);
        }
    }

    void writeAtom(const Atom &atom)
    {
        switch (atom.kind) {
        case AtomKind::Char:
        case AtomKind::Literal:
            m_pending += atom.ch;
            return;
        case AtomKind::Text:
            m_pending += atom.text;
            return;
        default:
            break;
        }
        flushText();
        switch (atom.kind) {
        case AtomKind::Code:
            m_out.markup(u"<code>");
            m_out.text(atom.text);
            m_out.markup(u"</code>");
            break;
        case AtomKind::Link:
            m_out.link(atom.url, atom.text);
            break;
        case AtomKind::Mention:
            m_out.markup(u"<span class=\"mention\" style=\"font-weight:600\">");
            m_out.text(atom.text);
            m_out.markup(u"</span>");
            break;
        case AtomKind::Broadcast:
            m_out.markup(u"<span class=\"broadcast\" style=\"font-weight:600; "
                         u"background-color:#fff0b3; color:#1d1c1d\">");
            m_out.text(atom.text);
            m_out.markup(u"</span>");
            break;
        default:
            break;
        }
    }

    void flushText()
    {
        if (!m_pending.isEmpty()) {
            m_out.text(m_pending);
            m_pending.clear();
        }
    }

    RichTextWriter &m_out;
    bool m_styles;
    std::vector<Atom> m_atoms;
    std::array<std::vector<qsizetype>, 3> m_nextCloser;
    QString m_pending;
};

} // namespace

void writeMrkdwnLine(RichTextWriter &out, QStringView line, bool styles)
{
    LineRenderer(out, styles).render(line);
}

} // namespace bb
