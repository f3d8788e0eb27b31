#pragma once

#include "event.h"

#include <QString>
#include <QStringList>

namespace bb {

struct MessageHtmlOptions
{
    bool remoteImages = false;  // <img> for http(s) images; otherwise a link with the alt text
    QStringList highlightTerms; // search matches to wrap in <span class="match">
    int maxTextChars = 20000;   // per text; the whole event shows at most twice this much
};

// One event as the HTML subset QTextDocument reads: title, then the text (or, as in Slack,
// the blocks instead of the text when there are blocks), then attachments. All sender text
// is escaped; see mrkdwnToHtml() for the safety rules. Class hooks for the view's default
// stylesheet: match, mention, broadcast, button, omitted (messageStyleSheet() has defaults).
QString eventBodyHtml(const Event &event, const MessageHtmlOptions &options = {});

// The same content as plain text, for copy, CSV export, tooltips and accessibility.
QString eventPlainText(const Event &event);

// Default CSS for QTextDocument::setDefaultStyleSheet(): search matches, mentions, buttons;
// `dark` for light text on a dark background.
QString messageStyleSheet(bool dark = false);

} // namespace bb
