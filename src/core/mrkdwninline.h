#pragma once

#include <QStringView>

namespace bb {

class RichTextWriter;

// One line of Slack mrkdwn: <…> control sequences (links, mentions, @here, dates),
// entities, emoji shortcodes, bare http(s) links and, when styles is true, `code`
// spans and *bold* _italic_ ~strike~ with Slack's word-boundary rules.
void writeMrkdwnLine(RichTextWriter &out, QStringView line, bool styles);

} // namespace bb
