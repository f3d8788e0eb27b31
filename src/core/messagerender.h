#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

namespace bb {

class RichTextWriter;

// What attachments and Block Kit blocks share while one event is rendered: the writer,
// the options, and a budget of sender characters for the whole event, so that a
// message with thousands of parts still renders in bounded time and size.
class MessageRender
{
public:
    MessageRender(RichTextWriter &out, bool remoteImages, int maxTextChars);

    RichTextWriter &out() { return m_out; }
    bool remoteImages() const { return m_remoteImages; }
    // Out of sender characters, or the HTML has grown to its cap (in characters or in pieces
    // of markup): markup around tiny parts (10,000 styled one-letter runs) must not make an
    // unbounded document, nor one that takes long to lay out.
    bool exhausted() const;

    // Starts a new paragraph-level part (a newline in plain text when one is needed).
    void beginPart();
    // Sender mrkdwn (formatting true) or Slack text without styles.
    void mrkdwn(const QString &text, bool formatting);
    // Literal text (plain_text objects, rich text runs): emoji shortcodes only when asked.
    void plainText(const QString &text, bool emoji = true);
    // A Block Kit text object {type: mrkdwn|plain_text, text}.
    void textObject(const QJsonValue &object);
    // A link when url is http, https or mailto; otherwise just the label.
    void linkOrText(const QString &url, const QString &label);
    // A note in the rendering's own words ("… and 3 more attachments").
    void note(const QString &text);

    struct Field
    {
        QString title;    // plain text, may be empty
        QJsonValue value; // a string (mrkdwn when valueIsMrkdwn) or a text object
        bool valueIsMrkdwn = false;
        bool isShort = true;
    };
    // Fields in two columns where they are short, a full row where they are not.
    void fieldGrid(const QList<Field> &fields);

    // A left bar in the given colour (#rrggbb, already validated) around some content.
    void beginColorBar(const QString &color);
    void endColorBar();

private:
    RichTextWriter &m_out;
    bool m_remoteImages;
    int m_maxTextChars;
    qsizetype m_budget;
    qsizetype m_maxOutputChars;
};

// Slack's attachment colours: good, warning, danger, or #hex; anything else is grey.
QString attachmentColor(const QString &color);

// A Slack timestamp ("1503435956.000247", a number) as local date and time, "" if none.
QString localTimeText(const QJsonValue &ts);

} // namespace bb
