#include "attachmenthtml.h"

#include "blockkithtml.h"
#include "messagerender.h"
#include "richtextwriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bb {

namespace {

constexpr int kMaxRenderedFields = 20;

// The context is what lupdate files a free tr() under: the enclosing namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bb", text, disambiguation, n);
}

QString stringOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Slack formats an attachment's text as mrkdwn; pretext and fields only when listed in
// mrkdwn_in. Links, mentions and emoji are resolved either way.
bool formats(const QJsonObject &attachment, const char *part)
{
    if (qstrcmp(part, "text") == 0)
        return true;
    const QJsonArray listed = attachment.value(QLatin1String("mrkdwn_in")).toArray();
    return listed.contains(QJsonValue(QLatin1String(part)));
}

bool hasVisibleContent(const QJsonObject &a)
{
    for (const char *key : { "pretext", "author_name", "title", "text", "footer", "image_url" }) {
        if (!stringOf(a, key).isEmpty())
            return true;
    }
    return !a.value(QLatin1String("fields")).toArray().isEmpty()
        || !a.value(QLatin1String("blocks")).toArray().isEmpty();
}

void writeSmallLine(MessageRender &render, const QString &markupStyle)
{
    render.beginPart();
    render.out().markup(QStringLiteral("<div style=\"%1\">").arg(markupStyle));
}

void writeAttachment(MessageRender &render, const QJsonObject &a)
{
    RichTextWriter &out = render.out();
    if (!stringOf(a, "pretext").isEmpty()) {
        render.beginPart();
        out.markup(u"<div>");
        render.mrkdwn(stringOf(a, "pretext"), formats(a, "pretext"));
        out.markup(u"</div>");
    }
    render.beginColorBar(attachmentColor(stringOf(a, "color")));
    if (!hasVisibleContent(a)) {
        render.beginPart();
        render.plainText(stringOf(a, "fallback"));
    }
    if (!stringOf(a, "author_name").isEmpty()) {
        writeSmallLine(render, QStringLiteral("font-size:small"));
        render.linkOrText(stringOf(a, "author_link"), stringOf(a, "author_name"));
        out.markup(u"</div>");
    }
    if (!stringOf(a, "title").isEmpty()) {
        render.beginPart();
        out.markup(u"<div><b>");
        render.linkOrText(stringOf(a, "title_link"), stringOf(a, "title"));
        out.markup(u"</b></div>");
    }
    if (!stringOf(a, "text").isEmpty()) {
        render.beginPart();
        out.markup(u"<div>");
        render.mrkdwn(stringOf(a, "text"), formats(a, "text"));
        out.markup(u"</div>");
    }
    const QJsonArray fields = a.value(QLatin1String("fields")).toArray();
    QList<MessageRender::Field> grid;
    for (qsizetype i = 0; i < fields.size() && i < kMaxRenderedFields; ++i) {
        const QJsonObject field = fields.at(i).toObject();
        grid.append({ stringOf(field, "title"), QJsonValue(stringOf(field, "value")),
                      formats(a, "fields"), field.value(QLatin1String("short")).toBool() });
    }
    render.fieldGrid(grid);
    if (fields.size() > kMaxRenderedFields)
        render.note(tr("… and %n more fields", nullptr, int(fields.size() - kMaxRenderedFields)));
    if (!stringOf(a, "image_url").isEmpty())
        writeImage(render, stringOf(a, "image_url"), tr("Image"));
    const QJsonArray blocks = a.value(QLatin1String("blocks")).toArray();
    if (!blocks.isEmpty())
        writeBlocks(render, blocks);
    const QString time = localTimeText(a.value(QLatin1String("ts")));
    if (!stringOf(a, "footer").isEmpty() || !time.isEmpty()) {
        writeSmallLine(render, QStringLiteral("font-size:small; color:#808080"));
        render.plainText(stringOf(a, "footer"));
        if (!stringOf(a, "footer").isEmpty() && !time.isEmpty())
            out.text(u" | ");
        out.text(time);
        out.markup(u"</div>");
    }
    render.endColorBar();
}

} // namespace

void writeAttachments(MessageRender &render, const QJsonArray &attachments)
{
    qsizetype rendered = 0;
    for (; rendered < attachments.size() && rendered < kMaxRenderedAttachments; ++rendered) {
        if (render.exhausted())
            break;
        writeAttachment(render, attachments.at(rendered).toObject());
    }
    if (rendered < attachments.size())
        render.note(tr("… and %n more attachments", nullptr, int(attachments.size() - rendered)));
}

} // namespace bb
