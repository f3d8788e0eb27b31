#pragma once

#include "remote/remoteserver.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace bb {

class ChatOps;
class RemoteSession;
class StreamNotices;
struct CommandCall;
struct RemoteReply;

// A console's commands that run on its team server (issue 15). The server holds the webhook
// and process commands and their secrets; this console lists them (GET /api/commands) into its
// ChatOps' registry beside its local built-ins (/mute, /unmute, /sound, /wall, /help; /ack
// goes through the store), so the composer completes them and /help shows them. Running one
// parses its usage and asks its confirmation here, exactly as a local command, then posts it
// to the server (POST /api/commands, naming this console's stream); the ephemeral answers the
// server sends on that stream show as this console's notices, in_channel ones arrive in the
// feed like any event. GUI thread; asynchronous (RemoteSession), never waits.
class RemoteCommands : public QObject
{
    Q_OBJECT
public:
    // `chatops` and `notices` are not owned and outlive this.
    RemoteCommands(ChatOps *chatops, const RemoteServer &server, StreamNotices *notices, QObject *parent = nullptr);
    ~RemoteCommands() override;

    // Asks the server for its commands and adds each one this console does not have itself
    // (again every 30 s while the server cannot be reached).
    void load();

signals:
    // The server's list arrived and was added (`added` commands), or could not be had (`error`).
    void loaded(int added, const QString &error);

private:
    void add(const QJsonObject &command);
    void run(const CommandCall &call, bool confirmed);
    void answered(const CommandCall &call, const RemoteReply &reply);
    void showNotice(const QJsonObject &message);

    QPointer<ChatOps> m_chatops;
    RemoteServer m_server;
    StreamNotices *m_notices;
    RemoteSession *m_session; // a child
};

} // namespace bb
