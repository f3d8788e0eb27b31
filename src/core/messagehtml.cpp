#include "messagehtml.h"

#include "attachmenthtml.h"
#include "blockkithtml.h"
#include "messagerender.h"
#include "richtextwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

// The context is what lupdate files a free tr() under: the enclosing namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb", text);
}

// False when the JSON is not an array that can be read. Qt's parser refuses nesting deeper
// than 1024 levels, so hostile JSON cannot exhaust the stack here.
bool parseArray(const QByteArray &json, QJsonArray *array)
{
    if (json.isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    *array = document.array();
    return true;
}

void writeEvent(RichTextWriter &out, const Event &event, bool remoteImages, int maxTextChars)
{
    MessageRender render(out, remoteImages, maxTextChars);
    if (!event.title.isEmpty()) {
        out.markup(u"<div><b>");
        render.plainText(event.title);
        out.markup(u"</b></div>");
    }
    QJsonArray blocks;
    const bool blocksRead = parseArray(event.blocksJson, &blocks);
    if (blocks.isEmpty() && !event.text.isEmpty()) {
        render.beginPart();
        out.markup(u"<div>");
        render.mrkdwn(event.text, event.mrkdwn);
        out.markup(u"</div>");
    }
    if (!blocksRead)
        render.note(tr("(blocks could not be read)"));
    writeBlocks(render, blocks);
    QJsonArray attachments;
    if (!parseArray(event.attachmentsJson, &attachments))
        render.note(tr("(attachments could not be read)"));
    writeAttachments(render, attachments);
}

} // namespace

QString eventBodyHtml(const Event &event, const MessageHtmlOptions &options)
{
    RichTextWriter out(RichTextWriter::Mode::Html, options.highlightTerms);
    writeEvent(out, event, options.remoteImages, options.maxTextChars);
    return out.result();
}

QString eventPlainText(const Event &event)
{
    RichTextWriter out(RichTextWriter::Mode::Plain);
    writeEvent(out, event, false, MessageHtmlOptions().maxTextChars);
    return out.result();
}

QString messageStyleSheet(bool dark)
{
    if (dark)
        return QStringLiteral(".match { background-color: #6b5400; color: #fff7d6; }\n"
                              ".mention { color: #6cb4f5; }\n"
                              ".broadcast { background-color: #4d3f0f; color: #ffe9a8; }\n"
                              ".button { background-color: #1d3a57; font-weight: 600; }\n"
                              ".button a { color: #cfe6ff; text-decoration: none; }\n"
                              ".primary { background-color: #1f4d2c; }\n"
                              ".primary a { color: #d4f7dc; }\n"
                              ".danger { background-color: #5c1f1f; }\n"
                              ".danger a { color: #ffd6d6; }\n"
                              ".omitted { color: #8b939e; }\n");
    return QStringLiteral(".match { background-color: #ffe066; color: #1d1c1d; }\n"
                          ".mention { color: #1264a3; }\n"
                          ".broadcast { background-color: #fff0b3; color: #1d1c1d; }\n"
                          ".button { background-color: #e3eefa; font-weight: 600; }\n"
                          ".button a { color: #1264a3; text-decoration: none; }\n"
                          ".primary { background-color: #e0f2e6; }\n"
                          ".primary a { color: #1a7f37; }\n"
                          ".danger { background-color: #fbe3e3; }\n"
                          ".danger a { color: #b42318; }\n"
                          ".omitted { color: #808080; }\n");
}

} // namespace bb
