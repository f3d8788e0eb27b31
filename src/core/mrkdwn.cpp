#include "mrkdwn.h"

#include "mrkdwninline.h"
#include "richtextwriter.h"
#include "safetext.h"

namespace bb {

namespace {

const QLatin1String fence("```");

enum class LineKind {
    Paragraph,
    Quote,
    ListItem
};

// "&gt; text" or "> text" (senders that do not escape): the text after the marker.
bool stripQuoteMarker(QStringView &line)
{
    for (QLatin1String marker : { QLatin1String("&gt;"), QLatin1String(">") }) {
        if (line.startsWith(marker)) {
            line = line.mid(marker.size());
            if (line.startsWith(u' '))
                line = line.mid(1);
            return true;
        }
    }
    return false;
}

bool startsBlockQuote(QStringView line)
{
    return line.startsWith(QLatin1String("&gt;&gt;&gt;")) || line.startsWith(QLatin1String(">>>"));
}

// "• ", "◦ ", "- ", "* " and "1. " / "1) ": the length of the marker, 0 for none.
qsizetype listMarkerLength(QStringView line)
{
    if (line.size() >= 2 && QStringView(u"•◦▪-*").contains(line[0]) && line[1] == u' ')
        return 2;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 3 && line[digits].isDigit())
        ++digits;
    if (digits > 0 && digits + 1 < line.size() && (line[digits] == u'.' || line[digits] == u')')
        && line[digits + 1] == u' ')
        return digits + 2;
    return 0;
}

class BlockRenderer
{
public:
    BlockRenderer(RichTextWriter &out)
        : m_out(out) {}

    void render(QStringView text)
    {
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype open = text.indexOf(fence, pos);
            const qsizetype close = open < 0 ? -1 : text.indexOf(fence, open + fence.size());
            if (close < 0) {
                writeLines(text.mid(pos));
                return;
            }
            QStringView before = text.mid(pos, open - pos);
            if (before.endsWith(u'\n'))
                before.chop(1);
            if (!before.isEmpty())
                writeLines(before);
            writeCodeBlock(text.mid(open + fence.size(), close - open - fence.size()));
            pos = close + fence.size();
            if (pos < text.size() && text[pos] == u'\n')
                ++pos;
        }
    }

private:
    void startBlock()
    {
        if (m_blocks++ > 0)
            m_out.plainOnly(u"\n");
    }

    void writeCodeBlock(QStringView code)
    {
        if (code.startsWith(u'\n'))
            code = code.mid(1);
        if (code.endsWith(u'\n'))
            code.chop(1);
        startBlock();
        m_out.markup(u"<pre>");
        m_out.text(decodeSlackEntities(code));
        m_out.markup(u"</pre>");
    }

    void writeLines(QStringView segment)
    {
        const auto lines = segment.split(u'\n');
        QList<QStringView> group;
        LineKind groupKind = LineKind::Paragraph;
        bool restIsQuote = false;
        for (QStringView line : lines) {
            LineKind kind = LineKind::Paragraph;
            if (!restIsQuote && startsBlockQuote(line)) {
                restIsQuote = true;
                line = line.mid(line.startsWith(u'>') ? 3 : 12);
                if (line.startsWith(u' '))
                    line = line.mid(1);
            }
            if (restIsQuote || stripQuoteMarker(line))
                kind = LineKind::Quote;
            else if (listMarkerLength(line) > 0)
                kind = LineKind::ListItem;
            if (!group.isEmpty() && (kind != groupKind || kind == LineKind::ListItem)) {
                writeGroup(groupKind, group);
                group.clear();
            }
            groupKind = kind;
            group.append(line);
        }
        if (!group.isEmpty())
            writeGroup(groupKind, group);
    }

    void writeGroup(LineKind kind, const QList<QStringView> &lines)
    {
        startBlock();
        switch (kind) {
        case LineKind::Paragraph:
            m_out.markup(u"<div>");
            writeJoined(lines, QStringView());
            m_out.markup(u"</div>");
            break;
        case LineKind::ListItem: {
            const QStringView line = lines.first();
            const qsizetype marker = listMarkerLength(line);
            const QStringView typed = line.left(marker);
            // "- " and "* " read as bullets; numbers stay as typed.
            const bool bullet = !typed.front().isDigit();
            m_out.markup(u"<div style=\"margin-left:12px\">");
            m_out.text(bullet ? QStringView(u"• ") : typed);
            writeMrkdwnLine(m_out, line.mid(marker), true);
            m_out.markup(u"</div>");
            break;
        }
        case LineKind::Quote:
            m_out.markup(u"<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                         u"<td width=\"4\" style=\"background-color:#c8c8c8\"></td>"
                         u"<td style=\"padding-left:8px\">");
            writeJoined(lines, u"> ");
            m_out.markup(u"</td></tr></table>");
            break;
        }
    }

    void writeJoined(const QList<QStringView> &lines, QStringView plainPrefix)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_out.lineBreak();
            m_out.plainOnly(plainPrefix);
            writeMrkdwnLine(m_out, lines[i], true);
        }
    }

    RichTextWriter &m_out;
    int m_blocks = 0;
};

// The text cut to at most limit characters, never between the halves of a surrogate pair.
QStringView cutText(QStringView text, int limit, qsizetype *omitted)
{
    *omitted = 0;
    if (limit < 0 || text.size() <= limit)
        return text;
    qsizetype end = limit;
    if (end > 0 && text[end - 1].isHighSurrogate())
        --end;
    *omitted = text.size() - end;
    return text.left(end);
}

} // namespace

QString decodeSlackEntities(QStringView text)
{
    QString result = text.toString();
    if (!result.contains(u'&'))
        return result;
    result.replace(QLatin1String("&lt;"), QLatin1String("<"));
    result.replace(QLatin1String("&gt;"), QLatin1String(">"));
    result.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return result;
}

void writeMrkdwn(RichTextWriter &out, QStringView mrkdwn, const MrkdwnOptions &options)
{
    qsizetype omitted = 0;
    // Cut before cleaning: the work done stays proportional to the limit.
    const QString cleaned = withoutHiddenCharacters(cutText(mrkdwn, options.maxTextChars, &omitted));
    if (options.formatting) {
        BlockRenderer(out).render(cleaned);
    } else {
        const auto lines = QStringView(cleaned).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                out.lineBreak();
            writeMrkdwnLine(out, lines[i], false);
        }
    }
    if (omitted > 0) {
        out.text(u" ");
        out.omittedCharacters(omitted);
    }
}

QString mrkdwnToHtml(const QString &mrkdwn, const MrkdwnOptions &options)
{
    RichTextWriter out(RichTextWriter::Mode::Html,
                       options.highlight ? options.highlightTerms : QStringList());
    writeMrkdwn(out, mrkdwn, options);
    return out.result();
}

QString mrkdwnToPlainText(const QString &mrkdwn, const MrkdwnOptions &options)
{
    RichTextWriter out(RichTextWriter::Mode::Plain);
    writeMrkdwn(out, mrkdwn, options);
    return out.result();
}

} // namespace bb
