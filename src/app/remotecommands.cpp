#include "remotecommands.h"

#include "chatops/chatops.h"
#include "remote/remotesession.h"
#include "remote/streamnotices.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace bb {

namespace {

constexpr int kRetryMs = 30 * 1000;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QByteArray compactArray(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact) : QByteArray();
}

} // namespace

RemoteCommands::RemoteCommands(ChatOps *chatops, const RemoteServer &server, StreamNotices *notices, QObject *parent)
    : QObject(parent)
    , m_chatops(chatops)
    , m_server(server)
    , m_notices(notices)
    , m_session(new RemoteSession(server, this))
{
    connect(notices, &StreamNotices::noticeReceived, this, &RemoteCommands::showNotice);
}

RemoteCommands::~RemoteCommands() = default;

void RemoteCommands::load()
{
    m_session->request("GET", m_server.endpoint(QStringLiteral("/api/commands")), nullptr, this,
                       [this](const RemoteReply &reply) {
                           if (!reply.ok()) {
                               // A server that is down now is asked again; a refused token is not.
                               if (reply.outcome == RemoteReply::Outcome::Unreachable)
                                   QTimer::singleShot(kRetryMs, this, &RemoteCommands::load);
                               emit loaded(0, reply.message(m_server.url));
                               return;
                           }
                           int added = 0;
                           for (const QJsonValue &command : reply.body.value(QStringLiteral("commands")).toArray()) {
                               const QString name = command.toObject().value(QStringLiteral("name")).toString();
                               if (m_chatops && !m_chatops->registry().find(name)) {
                                   add(command.toObject());
                                   added += m_chatops->registry().find(name) ? 1 : 0;
                               }
                           }
                           emit loaded(added, QString());
                       });
}

void RemoteCommands::add(const QJsonObject &command)
{
    CommandSpec spec;
    spec.name = command.value(QStringLiteral("name")).toString();
    spec.usage = strings(command.value(QStringLiteral("usage")));
    spec.description = command.value(QStringLiteral("description")).toString();
    spec.confirm = command.value(QStringLiteral("confirm")).toBool();
    const QJsonObject values = command.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        spec.values.insert(it.key(), strings(it.value()));
    // A command this console asked to confirm was confirmed before its handler ran.
    const bool confirmed = spec.confirm;
    QString error;
    if (!m_chatops->registry().add(
                spec, [this, confirmed](const CommandCall &call) { run(call, confirmed); }, &error))
        qWarning().noquote() << "bellboard: the server's command is left out:" << error;
}

void RemoteCommands::run(const CommandCall &call, bool confirmed)
{
    const QJsonObject body{ { QStringLiteral("channel"), call.channel },
                            { QStringLiteral("text"), call.replyTarget().invocation },
                            { QStringLiteral("selected_event"), call.selectedEventId },
                            { QStringLiteral("confirmed"), confirmed },
                            { QStringLiteral("stream"), m_notices->streamId() } };
    m_session->request("POST", m_server.endpoint(QStringLiteral("/api/commands")), &body, this,
                       [this, call](const RemoteReply &reply) { answered(call, reply); });
}

// Only what the server did not say on the stream: that the command never got there, or that
// it was not run for want of a confirmation this console did not know the command needs.
void RemoteCommands::answered(const CommandCall &call, const RemoteReply &reply)
{
    if (!reply.ok()) {
        call.reply(CommandAnswer::error(tr("/%1 was not run on the server: %2").arg(call.command, reply.message(m_server.url))));
        return;
    }
    if (reply.body.value(QStringLiteral("outcome")).toString() == QLatin1String("needs_confirmation")) {
        call.reply(CommandAnswer::error(tr("/%1 needs a confirmation on the server now: type it again.").arg(call.command)));
        load();
    }
}

void RemoteCommands::showNotice(const QJsonObject &message)
{
    if (!m_chatops)
        return;
    const QString channel = message.value(QStringLiteral("channel")).toString();
    const auto noticeId = quint64(message.value(QStringLiteral("notice")).toInteger());
    if (channel.isEmpty() || noticeId == 0)
        return;
    if (message.value(QStringLiteral("removed")).toBool()) {
        m_chatops->removeServerNotice(channel, noticeId);
        return;
    }
    CommandAnswer answer;
    answer.text = message.value(QStringLiteral("text")).toString();
    answer.blocksJson = compactArray(message.value(QStringLiteral("blocks")));
    answer.attachmentsJson = compactArray(message.value(QStringLiteral("attachments")));
    answer.isError = message.value(QStringLiteral("error")).toBool();
    m_chatops->showServerNotice(channel, noticeId, message.value(QStringLiteral("sender")).toString(), answer);
}

} // namespace bb
