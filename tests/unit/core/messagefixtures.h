#pragma once

// Slack payloads for tst_messagehtml, kept out of the Q_OBJECT file: moc 6.4 misreads
// some raw string literals.

#include <QByteArray>

inline QByteArray legacyAttachmentJson()
{
    return R"json([{
            "color": "danger", "pretext": "pre *text*", "author_name": "ci", "author_link": "https://ci.example",
            "title": "Build failed", "title_link": "https://ci.example/42", "text": "step *test* failed",
            "fields": [ {"title": "Branch", "value": "main", "short": true},
                        {"title": "Commit", "value": "abc123", "short": true},
                        {"title": "Log", "value": "long line", "short": false} ],
            "footer": "CI", "ts": 1700000000, "fallback": "never shown"
        }])json";
}

inline QByteArray hostileColorJson()
{
    return R"json([{"color": "red;background-image:url(file:///x)", "text": "t"}])json";
}

// Three buttons: Slack's "primary" and "danger" styles, and a style value that tries to
// break out of the markup.
inline QByteArray styledButtonsJson()
{
    return R"([{"type":"actions","block_id":"b","elements":[
        {"type":"button","action_id":"go","style":"primary","text":{"type":"plain_text","text":"Roll back"}},
        {"type":"button","action_id":"rm","style":"danger","text":{"type":"plain_text","text":"Delete"}},
        {"type":"button","action_id":"x","style":"evil\" onclick=\"y","text":{"type":"plain_text","text":"Cancel"}}]}])";
}

inline QByteArray blockKitJson()
{
    return R"json([
            {"type": "header", "text": {"type": "plain_text", "text": "Deploy :rocket:"}},
            {"type": "section", "block_id": "s1", "text": {"type": "mrkdwn", "text": "*web* to <https://prod.example|prod>"},
             "fields": [{"type": "mrkdwn", "text": "*Who*"}, {"type": "plain_text", "text": "alice"}],
             "accessory": {"type": "button", "action_id": "open", "text": {"type": "plain_text", "text": "Open"}}},
            {"type": "divider"},
            {"type": "context", "elements": [{"type": "image", "image_url": "https://x.example/i.png", "alt_text": "logo"},
                                             {"type": "mrkdwn", "text": "by _bot_"}]},
            {"type": "actions", "block_id": "b 1", "elements": [
                {"type": "button", "action_id": "approve", "text": {"type": "plain_text", "text": "Approve"}},
                {"type": "static_select", "placeholder": {"type": "plain_text", "text": "Pick"}}]},
            {"type": "image", "image_url": "https://x.example/chart.png", "alt_text": "chart"},
            {"type": "mystery", "text": "ignored"}
        ])json";
}

inline QByteArray twoImagesJson()
{
    return R"json([{"type": "image", "image_url": "https://x.example/a.png", "alt_text": "a"},
                                      {"type": "image", "image_url": "file:///etc/passwd", "alt_text": "b"}])json";
}

inline QByteArray richTextJson()
{
    return R"json([{"type": "rich_text", "elements": [
            {"type": "rich_text_section", "elements": [
                {"type": "text", "text": "Hi "}, {"type": "user", "user_id": "U1"},
                {"type": "text", "text": " *bold*", "style": {"bold": true}},
                {"type": "link", "url": "javascript:alert(1)", "text": "bad"},
                {"type": "emoji", "name": "wave"}]},
            {"type": "rich_text_list", "style": "ordered", "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": "one"}]},
                {"type": "rich_text_section", "elements": [{"type": "text", "text": "two"}]}]},
            {"type": "rich_text_quote", "elements": [{"type": "text", "text": "quoted"}]},
            {"type": "rich_text_preformatted", "elements": [{"type": "text", "text": "<code>"}]}
        ]}])json";
}

inline QByteArray hostileAttachmentJson()
{
    return R"json([{"title": "t", "title_link": "javascript:alert(1)",
            "author_name": "a", "author_link": "file:///etc/passwd", "image_url": "qrc:/x.png",
            "text": "<img src=x onerror=y> \u202Eevil"}])json";
}
