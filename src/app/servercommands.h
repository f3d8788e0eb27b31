#pragma once

#include "chatops/commandanswer.h"
#include "ingest/apiservice.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace bb {

class ChatOps;

// One request to /api/commands, as it crosses from the listener's thread to ChatOps' thread.
struct CommandRequest
{
    quint64 id = 0;       // CommandRoute's, for the answer
    bool listing = false; // GET: the command list; POST: run `text`
    QString person;       // who typed it: the user the command sees
    QString channel;
    QString text;
    qint64 selectedEventId = 0;
    bool confirmed = false;
    QString stream; // the invoking console's /api/stream id (its hello's "stream"); empty: none
};

// The listener's half of /api/commands on a team server (issue 15): GET lists the server's
// commands (any person), POST runs one as the person (operator or admin). It checks the body,
// hands the request to ServerCommands on ChatOps' thread and answers when that comes back.
// Lives on the listener's thread.
class CommandRoute : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QList<PersonRoute> routes(); // for IngestSettings::personRoutes
    void answer(quint64 id, int status, const QJsonObject &body);

signals:
    void requested(const bb::CommandRequest &request);

private:
    void run(const HttpRequest &request, const HttpResponder &respond, const Person &person);
    void forward(CommandRequest request, const HttpResponder &respond);

    QHash<quint64, HttpResponder> m_waiting; // request id → its responder
    quint64 m_lastId = 0;
};

// ChatOps' half: runs a person's command through this server's ChatOps as that person (its
// webhook and process commands, with the server's secrets; in_channel answers stored as
// always), and turns the ephemeral answers meant for their console into a message for that
// console's stream only (noticeReady). GUI thread; outlives the listener (ServiceHost).
class ServerCommands : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setChatOps(ChatOps *chatops); // not owned; until then requests are answered 503
    void handle(const CommandRequest &request);

    // The stream messages: {"type":"notice","channel":…,"notice":<id>,"sender":…,"text":…,
    // "blocks":[…],"attachments":[…],"error":bool}, and the notice's removal ("removed":true).
    static QJsonObject noticeMessage(const QString &channel, quint64 noticeId, const QString &sender,
                                     const CommandAnswer &answer);
    static QJsonObject noticeRemovedMessage(const QString &channel, quint64 noticeId);

signals:
    void answered(quint64 id, int status, const QJsonObject &body);
    void noticeReady(const QString &stream, const QJsonObject &message);

private:
    QJsonObject commandList() const;

    QPointer<ChatOps> m_chatops;
};

} // namespace bb

Q_DECLARE_METATYPE(bb::CommandRequest)
