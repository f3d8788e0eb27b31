#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace bb {

class RichTextWriter;

struct MrkdwnOptions
{
    bool highlight = false;     // wrap highlightTerms in <span class="match">
    QStringList highlightTerms; // search matches, compared case-insensitively
    // false follows Slack's "mrkdwn": false — no *bold*, `code`, quotes or lists; links,
    // mentions, entities and emoji are still resolved, as Slack does.
    bool formatting = true;
    int maxTextChars = 20000; // longer text is cut with a visible "… (N more characters)"
};

// Slack mrkdwn (as it arrives: &lt; &gt; &amp; escaped, <…> control sequences) → the HTML
// subset QTextDocument reads. Every character of the input is escaped; only http, https
// and mailto links become anchors; no images. Style hooks for the view's stylesheet:
// span.match, span.mention, span.broadcast, span.omitted (see messageStyleSheet()).
QString mrkdwnToHtml(const QString &mrkdwn, const MrkdwnOptions &options = {});

// The same text as a reader sees it, without markup (for copy and export).
QString mrkdwnToPlainText(const QString &mrkdwn, const MrkdwnOptions &options = {});

// The shared walk behind both: writes into an HTML or plain-text writer.
void writeMrkdwn(RichTextWriter &out, QStringView mrkdwn, const MrkdwnOptions &options);

// Slack's three entities (&lt; &gt; &amp;) decoded; nothing else is touched.
QString decodeSlackEntities(QStringView text);

} // namespace bb
