#pragma once

// Hostile senders, as they arrive over HTTP: shared by tst_hostilecontent (what is stored and
// shown, and that the work is bounded) and bench_hostile (how long the GUI thread stalls).
#include "net/httpmessage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace bb::test {

struct HostilePayload
{
    const char *name;
    QByteArray path;
    QByteArray contentType;
    QByteArray body;
    int expectedStatus;       // 200: stored and shown; otherwise refused with this status
    QByteArray expectedError; // Slack's error word for a refusal
};

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonArray manyAttachments(int count)
{
    QJsonArray attachments;
    for (int i = 0; i < count; ++i)
        attachments.append(QJsonObject{ { "color", "danger" }, { "title", QStringLiteral("attachment %1").arg(i) }, { "text", "step *test* failed" } });
    return attachments;
}

// Rich text at the renderer's caps: 100 sections of 100 styled runs each, in each of many blocks.
inline QJsonArray denseRichText(int blocks)
{
    QJsonArray runs;
    for (int i = 0; i < 100; ++i)
        runs.append(QJsonObject{ { "type", "text" }, { "text", "x" }, { "style", QJsonObject{ { "bold", true }, { "italic", true }, { "strike", true }, { "code", true } } } });
    QJsonArray sections;
    for (int i = 0; i < 100; ++i)
        sections.append(QJsonObject{ { "type", "rich_text_section" }, { "elements", runs } });
    QJsonArray list;
    for (int i = 0; i < blocks; ++i)
        list.append(QJsonObject{ { "type", "rich_text" }, { "elements", sections } });
    return list;
}

// Every hostile shape the issue names; the channel is "hostile" throughout.
inline QList<HostilePayload> hostilePayloads()
{
    const QByteArray json = "application/json";
    const QByteArray text = "text/plain; charset=utf-8";
    QList<HostilePayload> payloads;
    // The payloads are laid out by hand, nested JSON as it nests: clang-format 14 would join
    // each into one line.
    // clang-format off
    payloads.append({ "html-script-img", "/hooks/hostile", json,
                      compactJson({ { "text", "<script>alert(1)</script><img src=file:///etc/passwd> "
                                              "<img src=\"qrc:/bellboard/bellboard.toml\"> &lt;iframe src=x&gt; "
                                              "<javascript:alert(1)|click me> <file:///etc/passwd|passwd>" } }),
                      200, {} });
    payloads.append({ "bidi-zero-width", "/c/hostile", text,
                      QStringLiteral("invoice\u202Egpj.exe pay\u200Bpal \u2066isolate\u2069 a\uFEFFb \u200D\u200C").toUtf8(),
                      200, {} });
    payloads.append({ "hostile-blocks-and-attachments", "/api/chat.postMessage", json,
                      compactJson({ { "channel", "hostile" }, { "text", "fallback" },
                                    { "blocks", QJsonArray{
                                              QJsonObject{ { "type", "image" }, { "image_url", "file:///etc/passwd" }, { "alt_text", "passwd" } },
                                              QJsonObject{ { "type", "section" }, { "text", QJsonObject{ { "type", "mrkdwn" }, { "text", "<javascript:alert(1)|click>" } } } },
                                              QJsonObject{ { "type", "rich_text" }, { "elements", QJsonArray{ QJsonObject{
                                                      { "type", "rich_text_section" }, { "elements", QJsonArray{ QJsonObject{
                                                              { "type", "link" }, { "url", "javascript:alert(1)" }, { "text", "bad" } } } } } } } } } },
                                    { "attachments", QJsonArray{ QJsonObject{
                                              { "title", "t" }, { "title_link", "javascript:alert(1)" }, { "author_name", "a" },
                                              { "author_link", "file:///etc/passwd" }, { "image_url", "qrc:/x.png" },
                                              { "color", "red;background-image:url(file:///x)" }, { "text", "<img src=x onerror=y>" } } } } }),
                      200, {} });
    payloads.append({ "longest-single-line", "/c/hostile", text, QByteArray(39'999, 'w'), 200, {} });
    payloads.append({ "ten-megabyte-single-line", "/c/hostile", text, QByteArray(10 * 1024 * 1024, 'w'), 400, "msg_too_long" });
    payloads.append({ "deeply-nested-json", "/hooks/hostile", json,
                      "{\"text\":\"deep\",\"blocks\":" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}", 400, "invalid_payload" });
    payloads.append({ "nested-fields-within-parser-limit", "/hooks/hostile", json,
                      "{\"text\":\"nested\",\"attachments\":[{\"text\":\"a\",\"fields\":" + QByteArray(900, '[')
                              + QByteArray(900, ']') + "}]}", 400, "invalid_payload" });
    payloads.append({ "nested-blocks-within-parser-limit", "/hooks/hostile", json,
                      "{\"text\":\"nested\",\"blocks\":[{\"type\":\"rich_text\",\"elements\":" + QByteArray(900, '[')
                              + QByteArray(900, ']') + "}]}", 200, {} });
    payloads.append({ "ten-thousand-attachments", "/hooks/hostile", json,
                      compactJson({ { "text", "many" }, { "attachments", manyAttachments(10'000) } }), 400, "too_many_attachments" });
    payloads.append({ "hundred-attachments", "/hooks/hostile", json,
                      compactJson({ { "text", "the most Slack allows" }, { "attachments", manyAttachments(100) } }), 200, {} });
    payloads.append({ "ten-thousand-blocks", "/hooks/hostile", json,
                      compactJson({ { "text", "blocks" }, { "blocks", [] {
                                        QJsonArray blocks;
                                        for (int i = 0; i < 10'000; ++i)
                                            blocks.append(QJsonObject{ { "type", "divider" } });
                                        return blocks;
                                    }() } }), 200, {} });
    payloads.append({ "dense-rich-text", "/hooks/hostile", json,
                      compactJson({ { "text", "dense" }, { "blocks", denseRichText(1) } }), 200, {} });
    // clang-format on
    return payloads;
}

} // namespace bb::test
