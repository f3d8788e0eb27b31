#include "richtextwriter.h"

#include "safetext.h"

#include <QCoreApplication>

namespace bb {

namespace {

// QTextDocument lays out a long unbreakable word in time that grows faster than its length
// (20,000 letters: ~350 ms, 10 times a text of words): give it a place to wrap every so often.
constexpr qsizetype kLongestUnbrokenRun = 64;
constexpr QChar kZeroWidthSpace(0x200B);

// `unbroken` counts the characters since the last place a line may wrap, across calls.
void appendEscaped(QString &out, QStringView text, qsizetype &unbroken)
{
    for (QChar c : text) {
        if (c.isSpace()) {
            unbroken = 0;
        } else if (c.isLowSurrogate()) {
            // the second half of a character counted with its first: never split a pair
        } else if (++unbroken > kLongestUnbrokenRun) {
            out += kZeroWidthSpace;
            unbroken = 1;
        }
        switch (c.unicode()) {
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'&': out += QLatin1String("&amp;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        case u'\n': out += QLatin1String("<br>"); break;
        default: out += c;
        }
    }
}

} // namespace

RichTextWriter::RichTextWriter(Mode mode, QStringList highlightTerms)
    : m_mode(mode)
{
    for (const QString &term : highlightTerms) {
        if (!term.trimmed().isEmpty())
            m_terms.append(term.trimmed());
    }
}

void RichTextWriter::text(QStringView visible)
{
    if (m_mode == Mode::Plain)
        m_out += visible;
    else if (m_terms.isEmpty())
        appendEscaped(m_out, visible, m_unbroken);
    else
        highlighted(visible);
}

void RichTextWriter::highlighted(QStringView visible)
{
    qsizetype from = 0;
    while (from < visible.size()) {
        // The earliest match of any term; the longest one when several start there.
        qsizetype best = -1;
        qsizetype bestLength = 0;
        for (const QString &term : m_terms) {
            const qsizetype at = visible.indexOf(term, from, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best || (at == best && term.size() > bestLength))) {
                best = at;
                bestLength = term.size();
            }
        }
        if (best < 0)
            break;
        appendEscaped(m_out, visible.mid(from, best - from), m_unbroken);
        m_out += QLatin1String("<span class=\"match\">");
        appendEscaped(m_out, visible.mid(best, bestLength), m_unbroken);
        m_out += QLatin1String("</span>");
        from = best + bestLength;
    }
    appendEscaped(m_out, visible.mid(from), m_unbroken);
}

void RichTextWriter::markup(QStringView html)
{
    if (m_mode == Mode::Html) {
        m_out += html;
        ++m_markupCount;
    }
}

void RichTextWriter::plainOnly(QStringView plain)
{
    if (m_mode == Mode::Plain)
        m_out += plain;
}

void RichTextWriter::link(const QUrl &url, QStringView label)
{
    const QString shown = url.toDisplayString();
    if (m_mode == Mode::Plain) {
        m_out += label;
        if (label != shown && label != url.path())
            m_out += QLatin1String(" (") + shown + QLatin1Char(')');
        return;
    }
    internalLink(hrefAttribute(url), label);
}

void RichTextWriter::internalLink(const QString &encodedHref, QStringView label)
{
    if (m_mode == Mode::Plain) {
        m_out += label;
        return;
    }
    m_out += QLatin1String("<a href=\"") + encodedHref + QLatin1String("\">");
    ++m_markupCount;
    text(label);
    m_out += QLatin1String("</a>");
}

void RichTextWriter::lineBreak()
{
    m_out += m_mode == Mode::Plain ? QStringLiteral("\n") : QStringLiteral("<br>");
}

void RichTextWriter::omittedCharacters(qsizetype count)
{
    // Counted outside the call: lupdate 6.4 hangs on a template argument list inside translate().
    const int shown = int(qMin<qsizetype>(count, INT_MAX));
    const QString note = QCoreApplication::translate("bb::RichText", "… (%n more characters)", nullptr, shown);
    if (m_mode == Mode::Plain) {
        m_out += note;
        return;
    }
    m_out += QLatin1String("<span class=\"omitted\">");
    appendEscaped(m_out, note, m_unbroken);
    m_out += QLatin1String("</span>");
}

} // namespace bb
