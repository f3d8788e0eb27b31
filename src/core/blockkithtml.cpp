#include "blockkithtml.h"

#include "emoji.h"
#include "messagerender.h"
#include "richtextwriter.h"
#include "safetext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bb {

namespace {

constexpr int kMaxElementsPerBlock = 100;

// The context is what lupdate files a free tr() under: the enclosing namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bb", text, disambiguation, n);
}

QString stringOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonArray elementsOf(const QJsonObject &object)
{
    return object.value(QLatin1String("elements")).toArray();
}

void writeButton(MessageRender &render, const QString &blockId, const QJsonObject &button)
{
    const QString href = QStringLiteral("bb-action:")
                       + QString::fromLatin1(QUrl::toPercentEncoding(blockId)) + QLatin1Char('/')
                       + QString::fromLatin1(QUrl::toPercentEncoding(stringOf(button, "action_id")));
    const QString label = withoutHiddenCharacters(
            replaceEmojiShortcodes(stringOf(button.value(QLatin1String("text")).toObject(), "text")));
    // Slack's two button styles get their colours (messageStyleSheet); any other value is
    // the default button. A no-break space on each side gives the label room in its pill.
    const QString style = stringOf(button, "style");
    if (style == QLatin1String("primary"))
        render.out().markup(u"<span class=\"button primary\">&nbsp;");
    else if (style == QLatin1String("danger"))
        render.out().markup(u"<span class=\"button danger\">&nbsp;");
    else
        render.out().markup(u"<span class=\"button\">&nbsp;");
    render.out().plainOnly(u"[");
    render.out().internalLink(href.toHtmlEscaped(), QStringView(label).left(200));
    render.out().markup(u"&nbsp;</span>&nbsp; ");
    render.out().plainOnly(u"] ");
}

// Any interactive element: a button as a link, others by their placeholder.
void writeElement(MessageRender &render, const QString &blockId, const QJsonObject &element)
{
    const QString type = stringOf(element, "type");
    if (type == QLatin1String("button")) {
        writeButton(render, blockId, element);
    } else if (type == QLatin1String("image")) {
        render.plainText(stringOf(element, "alt_text"));
        render.out().text(u" ");
    } else if (element.contains(QLatin1String("placeholder"))) {
        render.out().text(u"[");
        render.textObject(element.value(QLatin1String("placeholder")));
        render.out().text(u"] ");
    }
}

void writeSection(MessageRender &render, const QJsonObject &block)
{
    if (block.contains(QLatin1String("text"))) {
        render.beginPart();
        render.out().markup(u"<div>");
        render.textObject(block.value(QLatin1String("text")));
        render.out().markup(u"</div>");
    }
    const QJsonArray fields = block.value(QLatin1String("fields")).toArray();
    QList<MessageRender::Field> grid;
    for (qsizetype i = 0; i < fields.size() && i < kMaxElementsPerBlock; ++i)
        grid.append({ QString(), fields.at(i), false, true });
    render.fieldGrid(grid);
    const QJsonObject accessory = block.value(QLatin1String("accessory")).toObject();
    if (!accessory.isEmpty()) {
        render.beginPart();
        render.out().markup(u"<div>");
        writeElement(render, stringOf(block, "block_id"), accessory);
        render.out().markup(u"</div>");
    }
}

void writeRichTextRun(MessageRender &render, const QJsonObject &run)
{
    RichTextWriter &out = render.out();
    const QString type = stringOf(run, "type");
    const QJsonObject style = run.value(QLatin1String("style")).toObject();
    static const std::array<std::pair<const char *, const char16_t *>, 4> styles{ { { "bold", u"b" }, { "italic", u"i" }, { "strike", u"s" }, { "code", u"code" } } };
    for (const auto &[name, tag] : styles) {
        if (style.value(QLatin1String(name)).toBool())
            out.markup(QStringLiteral("<%1>").arg(QStringView(tag)));
    }
    if (type == QLatin1String("text")) {
        render.plainText(stringOf(run, "text"), false);
    } else if (type == QLatin1String("link")) {
        const QString text = stringOf(run, "text");
        render.linkOrText(stringOf(run, "url"), text.isEmpty() ? stringOf(run, "url") : text);
    } else if (type == QLatin1String("emoji")) {
        out.text(emojiForShortcode(stringOf(run, "name")));
    } else if (type == QLatin1String("user") || type == QLatin1String("usergroup")
               || type == QLatin1String("channel") || type == QLatin1String("broadcast")) {
        const QString id = stringOf(run, "user_id") + stringOf(run, "usergroup_id")
                         + stringOf(run, "channel_id") + stringOf(run, "range");
        out.markup(u"<span class=\"mention\" style=\"font-weight:600\">");
        render.plainText((type == QLatin1String("channel") ? u'#' : u'@') + id, false);
        out.markup(u"</span>");
    } else if (type == QLatin1String("date")) {
        render.plainText(stringOf(run, "fallback").isEmpty()
                                 ? localTimeText(run.value(QLatin1String("timestamp")))
                                 : stringOf(run, "fallback"),
                         false);
    }
    for (auto it = styles.rbegin(); it != styles.rend(); ++it) {
        if (style.value(QLatin1String(it->first)).toBool())
            out.markup(QStringLiteral("</%1>").arg(QStringView(it->second)));
    }
}

void writeRichTextRuns(MessageRender &render, const QJsonArray &runs)
{
    for (qsizetype i = 0; i < runs.size() && i < kMaxElementsPerBlock && !render.exhausted(); ++i)
        writeRichTextRun(render, runs.at(i).toObject());
}

// rich_text's containers hold runs or sections, never further containers, so this walk has
// a fixed depth whatever the JSON says.
void writeRichText(MessageRender &render, const QJsonObject &block)
{
    RichTextWriter &out = render.out();
    const QJsonArray parts = elementsOf(block);
    for (qsizetype i = 0; i < parts.size() && i < kMaxElementsPerBlock && !render.exhausted(); ++i) {
        const QJsonObject part = parts.at(i).toObject();
        const QString type = stringOf(part, "type");
        render.beginPart();
        if (type == QLatin1String("rich_text_section")) {
            out.markup(u"<div>");
            writeRichTextRuns(render, elementsOf(part));
            out.markup(u"</div>");
        } else if (type == QLatin1String("rich_text_preformatted")) {
            out.markup(u"<pre>");
            writeRichTextRuns(render, elementsOf(part));
            out.markup(u"</pre>");
        } else if (type == QLatin1String("rich_text_quote")) {
            render.beginColorBar(QStringLiteral("#c8c8c8"));
            writeRichTextRuns(render, elementsOf(part));
            render.endColorBar();
        } else if (type == QLatin1String("rich_text_list")) {
            const bool ordered = stringOf(part, "style") == QLatin1String("ordered");
            const int indent = qBound(0, part.value(QLatin1String("indent")).toInt(), 8);
            const QJsonArray items = elementsOf(part);
            for (qsizetype n = 0; n < items.size() && n < kMaxElementsPerBlock && !render.exhausted(); ++n) {
                render.beginPart();
                out.markup(QStringLiteral("<div style=\"margin-left:%1px\">").arg(12 + 16 * indent));
                out.text(ordered ? QStringLiteral("%1. ").arg(n + 1) : QStringLiteral("• "));
                writeRichTextRuns(render, elementsOf(items.at(n).toObject()));
                out.markup(u"</div>");
            }
        }
    }
}

void writeBlock(MessageRender &render, const QJsonObject &block)
{
    RichTextWriter &out = render.out();
    const QString type = stringOf(block, "type");
    const QString blockId = stringOf(block, "block_id");
    if (type == QLatin1String("section")) {
        writeSection(render, block);
    } else if (type == QLatin1String("header")) {
        render.beginPart();
        out.markup(u"<div style=\"font-size:large; font-weight:bold\">");
        render.textObject(block.value(QLatin1String("text")));
        out.markup(u"</div>");
    } else if (type == QLatin1String("context")) {
        render.beginPart();
        out.markup(u"<div style=\"font-size:small; color:#808080\">");
        const QJsonArray elements = elementsOf(block);
        for (qsizetype i = 0; i < elements.size() && i < kMaxElementsPerBlock && !render.exhausted(); ++i) {
            const QJsonObject element = elements.at(i).toObject();
            if (i > 0)
                out.text(u"  ");
            if (stringOf(element, "type") == QLatin1String("image"))
                render.plainText(stringOf(element, "alt_text"));
            else
                render.textObject(element);
        }
        out.markup(u"</div>");
    } else if (type == QLatin1String("divider")) {
        render.beginPart();
        out.markup(u"<hr>");
        out.plainOnly(u"---");
    } else if (type == QLatin1String("actions")) {
        render.beginPart();
        out.markup(u"<div>");
        const QJsonArray elements = elementsOf(block);
        for (qsizetype i = 0; i < elements.size() && i < kMaxElementsPerBlock && !render.exhausted(); ++i)
            writeElement(render, blockId, elements.at(i).toObject());
        out.markup(u"</div>");
    } else if (type == QLatin1String("image")) {
        if (block.contains(QLatin1String("title"))) {
            render.beginPart();
            out.markup(u"<div>");
            render.textObject(block.value(QLatin1String("title")));
            out.markup(u"</div>");
        }
        writeImage(render, stringOf(block, "image_url"), stringOf(block, "alt_text"));
    } else if (type == QLatin1String("rich_text")) {
        writeRichText(render, block);
    }
}

} // namespace

void writeImage(MessageRender &render, const QString &url, const QString &altText)
{
    const QUrl safe = safeLinkUrl(url);
    const bool web = safe.scheme() == QLatin1String("http") || safe.scheme() == QLatin1String("https");
    render.beginPart();
    render.out().markup(u"<div>");
    if (render.remoteImages() && web) {
        render.out().markup(QStringLiteral("<img src=\"%1\"><br>").arg(hrefAttribute(safe)));
        render.plainText(altText);
    } else {
        render.out().text(u"🖼 ");
        render.linkOrText(web ? url : QString(), altText.isEmpty() ? tr("Image") : altText);
    }
    render.out().markup(u"</div>");
}

void writeBlocks(MessageRender &render, const QJsonArray &blocks)
{
    qsizetype rendered = 0;
    for (; rendered < blocks.size() && rendered < kMaxRenderedBlocks; ++rendered) {
        if (render.exhausted())
            break;
        writeBlock(render, blocks.at(rendered).toObject());
    }
    if (rendered < blocks.size())
        render.note(tr("… and %n more blocks", nullptr, int(blocks.size() - rendered)));
}

} // namespace bb
