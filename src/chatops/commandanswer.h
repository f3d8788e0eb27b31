#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bb {

// A message a command (or its backend) answers with, in Slack's terms: response_type
// "ephemeral" (only this console sees it, nothing is stored) or "in_channel" (stored in the
// channel like any event), with text and/or Block Kit blocks and attachments.
// Plain text as mrkdwn shows it literally: Slack's three entities escaped (&amp; &lt; &gt;),
// so "<stage>" in a usage line is not read as a link.
QString mrkdwnEscaped(const QString &text);

struct CommandAnswer
{
    enum class Visibility {
        Ephemeral,
        InChannel
    };
    Visibility visibility = Visibility::Ephemeral;
    QString text;               // mrkdwn
    QByteArray blocksJson;      // compact JSON array, or empty
    QByteArray attachmentsJson; // compact JSON array, or empty
    bool replaceOriginal = false;
    bool deleteOriginal = false;
    bool isError = false; // Bellboard's own message about a failure, not the backend's answer

    bool isEmpty() const { return text.isEmpty() && blocksJson.isEmpty() && attachmentsJson.isEmpty(); }

    static CommandAnswer note(const QString &text);  // ephemeral text
    static CommandAnswer error(const QString &text); // ephemeral, marked as a failure

    // Slack's message JSON ({"response_type":…,"text":…,"blocks":[…]}). False with *error
    // when `object` is not a message (no text, blocks, attachments nor delete_original).
    static bool fromSlackJson(const QJsonObject &object, CommandAnswer *answer, QString *error);
};

} // namespace bb

namespace bb {

// Where answers to one command run (or one button click) go: the channel, the name they
// appear under, and a key that names "the original message" for replace_original and
// delete_original (the latest answer given under that key).
struct ReplyTarget
{
    QString channel;
    QString sender;
    QString key;
    qint64 originalEventId = 0; // a stored message answers may replace (the event whose button was clicked)
    QString source;             // stored answers' source ("command:deploy", so [[interactivity]] can route
                                // their buttons); empty: "command"
    QString invocation;         // the command as typed ("/deploy web to prod") and who typed it: the first
    QString invokedBy;          // in_channel answer of a run is stored right under it, as Slack shows it
    QString console;            // a team server's: the stream of the attached console the command came from,
                                // where its ephemeral answers go; empty: this process's own window
};

} // namespace bb

#include <QMetaType>
Q_DECLARE_METATYPE(bb::CommandAnswer)
Q_DECLARE_METATYPE(bb::ReplyTarget)
