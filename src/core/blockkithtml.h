#pragma once

#include <QJsonArray>
#include <QString>

namespace bb {

class MessageRender;

// Slack Block Kit: section (text, fields, accessory), header, context, divider, actions,
// image and rich_text (sections, lists, quotes, preformatted). Unknown blocks are skipped.
// Buttons become links to "bb-action:<block_id>/<action_id>" for the window to handle.
// At most maxRenderedBlocks are drawn, then "… and N more blocks".
constexpr int kMaxRenderedBlocks = 50;
void writeBlocks(MessageRender &render, const QJsonArray &blocks);

// An image: <img> only when remote images are allowed and the URL is http(s); otherwise
// its alt text, linked to the image when the URL is safe.
void writeImage(MessageRender &render, const QString &url, const QString &altText);

} // namespace bb
