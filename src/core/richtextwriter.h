#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace bb {

// Collects one rendering of a message, either as the HTML subset QTextDocument reads or
// as plain text, so that one walk over mrkdwn, attachments and blocks serves both.
// Everything passed to text() is escaped; markup() is written only in HTML mode and must
// never contain sender text.
class RichTextWriter
{
public:
    enum class Mode {
        Html,
        Plain
    };

    explicit RichTextWriter(Mode mode, QStringList highlightTerms = {});

    bool isHtml() const { return m_mode == Mode::Html; }

    // Visible sender text: HTML-escaped, search matches wrapped in <span class="match">.
    void text(QStringView visible);
    // Fixed markup written by the renderer (HTML mode only).
    void markup(QStringView html);
    // Text only the plain rendering needs, such as a newline where HTML starts a table.
    void plainOnly(QStringView plain);
    // A link to a URL that passed safeLinkUrl(); plain text shows "label (url)".
    void link(const QUrl &url, QStringView label);
    // A link to one of Bellboard's own schemes (bb-action:…); plain text shows the label.
    void internalLink(const QString &encodedHref, QStringView label);
    void lineBreak();
    // "… (N more characters)" after text that was cut.
    void omittedCharacters(qsizetype count);

    qsizetype size() const { return m_out.size(); }
    // Pieces of markup written so far: what QTextDocument's layout time grows with.
    int markupCount() const { return m_markupCount; }
    QString result() const { return m_out; }

private:
    void highlighted(QStringView visible);

    Mode m_mode;
    QStringList m_terms;
    QString m_out;
    qsizetype m_unbroken = 0; // HTML: characters since the last place a line may wrap
    int m_markupCount = 0;
};

} // namespace bb
