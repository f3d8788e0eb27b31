#include "messagerender.h"

#include "emoji.h"
#include "mrkdwn.h"
#include "richtextwriter.h"
#include "safetext.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace bb {

namespace {

// The whole event may show this many times maxTextChars of sender text,
constexpr int kBudgetInTexts = 2;
// and its HTML may grow to this many times that budget, or to this many pieces of markup,
// before the rest is left out. QTextDocument lays out ~1,000 styled pieces in ~35 ms.
constexpr int kOutputInBudgets = 3;
constexpr int kMaxMarkupPieces = 1000;

} // namespace

MessageRender::MessageRender(RichTextWriter &out, bool remoteImages, int maxTextChars)
    : m_out(out)
    , m_remoteImages(remoteImages)
    , m_maxTextChars(maxTextChars)
    , m_budget(qsizetype(maxTextChars) * kBudgetInTexts)
    , m_maxOutputChars(m_budget * kOutputInBudgets)
{
}

bool MessageRender::exhausted() const
{
    return m_budget <= 0 || m_out.size() >= m_maxOutputChars || m_out.markupCount() >= kMaxMarkupPieces;
}

void MessageRender::beginPart()
{
    if (!m_out.isHtml() && m_out.size() > 0 && !m_out.result().endsWith(u'\n'))
        m_out.plainOnly(u"\n");
}

void MessageRender::mrkdwn(const QString &text, bool formatting)
{
    if (text.isEmpty() || exhausted())
        return;
    MrkdwnOptions options;
    options.formatting = formatting;
    options.maxTextChars = int(qMin<qsizetype>(m_maxTextChars, m_budget));
    m_budget -= qMin<qsizetype>(text.size(), options.maxTextChars);
    writeMrkdwn(m_out, text, options);
}

void MessageRender::plainText(const QString &text, bool emoji)
{
    if (text.isEmpty() || exhausted())
        return;
    const qsizetype limit = qMin<qsizetype>(m_maxTextChars, m_budget);
    const qsizetype shown = qMin(text.size(), limit);
    m_budget -= shown;
    const QString cleaned = withoutHiddenCharacters(QStringView(text).left(shown));
    m_out.text(emoji ? replaceEmojiShortcodes(cleaned) : cleaned);
    if (shown < text.size()) {
        m_out.text(u" ");
        m_out.omittedCharacters(text.size() - shown);
    }
}

void MessageRender::textObject(const QJsonValue &object)
{
    if (object.isString()) {
        mrkdwn(object.toString(), true);
        return;
    }
    const QJsonObject text = object.toObject();
    if (text.value(QLatin1String("type")).toString() == QLatin1String("mrkdwn"))
        mrkdwn(text.value(QLatin1String("text")).toString(), true);
    else
        plainText(text.value(QLatin1String("text")).toString(),
                  text.value(QLatin1String("emoji")).toBool(true));
}

void MessageRender::linkOrText(const QString &url, const QString &label)
{
    const QUrl safe = safeLinkUrl(url);
    if (!safe.isValid() || exhausted()) {
        plainText(label);
        return;
    }
    const QString shown = withoutHiddenCharacters(QStringView(label).left(m_maxTextChars));
    m_budget -= shown.size();
    m_out.link(safe, shown.isEmpty() ? safe.toDisplayString() : shown);
}

void MessageRender::note(const QString &text)
{
    beginPart();
    m_out.markup(u"<div class=\"omitted\" style=\"color:#808080\">");
    m_out.text(text);
    m_out.markup(u"</div>");
}

void MessageRender::fieldGrid(const QList<Field> &fields)
{
    if (fields.isEmpty())
        return;
    beginPart();
    m_out.markup(u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    bool rowOpen = false;
    int column = 0;
    for (const Field &field : fields) {
        if (exhausted())
            break;
        if (rowOpen && (!field.isShort || column == 2)) {
            m_out.markup(u"</tr>");
            rowOpen = false;
        }
        if (!rowOpen) {
            m_out.markup(u"<tr>");
            rowOpen = true;
            column = 0;
        }
        m_out.markup(field.isShort ? u"<td width=\"50%\" valign=\"top\">"
                                   : u"<td colspan=\"2\" valign=\"top\">");
        beginPart();
        if (!field.title.isEmpty()) {
            m_out.markup(u"<b>");
            plainText(field.title);
            m_out.markup(u"</b><br>");
            m_out.plainOnly(u": ");
        }
        if (field.value.isString())
            field.valueIsMrkdwn ? mrkdwn(field.value.toString(), true) : plainText(field.value.toString());
        else
            textObject(field.value);
        m_out.markup(u"</td>");
        column = field.isShort ? column + 1 : 2;
    }
    if (rowOpen)
        m_out.markup(u"</tr>");
    m_out.markup(u"</table>");
}

void MessageRender::beginColorBar(const QString &color)
{
    beginPart();
    m_out.markup(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" "
                                "style=\"margin-top:4px; margin-bottom:4px\"><tr>"
                                "<td width=\"4\" style=\"background-color:%1\"></td>"
                                "<td style=\"padding-left:8px\">")
                         .arg(color));
}

void MessageRender::endColorBar()
{
    m_out.markup(u"</td></tr></table>");
}

QString attachmentColor(const QString &color)
{
    if (color == QLatin1String("good"))
        return QStringLiteral("#2eb886");
    if (color == QLatin1String("warning"))
        return QStringLiteral("#daa038");
    if (color == QLatin1String("danger"))
        return QStringLiteral("#a30200");
    static const QRegularExpression hex(QStringLiteral("^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$"));
    const auto match = hex.match(color);
    if (match.hasMatch())
        return QLatin1Char('#') + match.captured(1);
    return QStringLiteral("#dddddd");
}

QString localTimeText(const QJsonValue &ts)
{
    bool ok = ts.isDouble();
    double seconds = ts.toDouble();
    if (ts.isString())
        seconds = ts.toString().toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 1e11)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000));
    return QLocale().toString(time, QLocale::ShortFormat);
}

} // namespace bb
