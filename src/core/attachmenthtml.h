#pragma once

#include <QJsonArray>

namespace bb {

class MessageRender;

// Slack's legacy attachments: colour bar, pretext, author, title, text, fields, image,
// blocks, footer and time; the fallback only when nothing else is there. At most
// maxRenderedAttachments are drawn, then "… and N more attachments".
constexpr int kMaxRenderedAttachments = 20;
void writeAttachments(MessageRender &render, const QJsonArray &attachments);

} // namespace bb
