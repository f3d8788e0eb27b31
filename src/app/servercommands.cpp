#include "servercommands.h"

#include "chatops/chatops.h"
#include "core/channelname.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bb {

namespace {

QJsonObject errorBody(const char *error, const QString &detail)
{
    return QJsonObject{ { QStringLiteral("ok"), false },
                        { QStringLiteral("error"), QLatin1String(error) },
                        { QStringLiteral("detail"), detail } };
}

QString outcomeName(ChatOps::Outcome outcome)
{
    switch (outcome) {
    case ChatOps::Outcome::Posted:
        return QStringLiteral("posted");
    case ChatOps::Outcome::Started:
        return QStringLiteral("started");
    case ChatOps::Outcome::NeedsConfirmation:
        return QStringLiteral("needs_confirmation");
    case ChatOps::Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonValue jsonArray(const QByteArray &compact)
{
    return compact.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(compact).array());
}

} // namespace

QList<PersonRoute> CommandRoute::routes()
{
    const auto list = [this](const HttpRequest &, const HttpResponder &respond, const Person &person) {
        CommandRequest request;
        request.listing = true;
        request.person = person.name;
        forward(request, respond);
    };
    const auto run = [this](const HttpRequest &request, const HttpResponder &respond, const Person &person) {
        this->run(request, respond, person);
    };
    return { PersonRoute{ "GET", QStringLiteral("/api/commands"), Role::Viewer, list },
             PersonRoute{ "POST", QStringLiteral("/api/commands"), Role::Operator, run } };
}

void CommandRoute::run(const HttpRequest &request, const HttpResponder &respond, const Person &person)
{
    const auto fail = [&](const QString &detail) { respond(HttpResponse::json(400, errorBody("invalid_arguments", detail))); };
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return fail(QStringLiteral("the body must be {\"channel\":…,\"text\":\"/command …\"}"));
    const QJsonObject body = document.object();
    CommandRequest command;
    command.person = person.name;
    command.channel = normalizeChannelName(body.value(QStringLiteral("channel")).toString());
    if (command.channel.isEmpty())
        return fail(QStringLiteral("'channel' must be a channel name"));
    command.text = body.value(QStringLiteral("text")).toString().trimmed();
    if (!command.text.startsWith(QLatin1Char('/')) || command.text.startsWith(QLatin1String("//")))
        return fail(QStringLiteral("'text' must be a command (\"/name …\"); messages go to /api/chat.postMessage"));
    const QJsonValue selected = body.value(QStringLiteral("selected_event"));
    if (!selected.isUndefined() && !selected.isNull()) {
        const double id = selected.toDouble(-1);
        if (!selected.isDouble() || id < 0 || id != double(qint64(id)))
            return fail(QStringLiteral("'selected_event' must be an event id"));
        command.selectedEventId = qint64(id);
    }
    const QJsonValue confirmed = body.value(QStringLiteral("confirmed"));
    if (!confirmed.isUndefined() && !confirmed.isBool())
        return fail(QStringLiteral("'confirmed' must be true or false"));
    command.confirmed = confirmed.toBool();
    command.stream = body.value(QStringLiteral("stream")).toString();
    forward(command, respond);
}

void CommandRoute::forward(CommandRequest request, const HttpResponder &respond)
{
    request.id = ++m_lastId;
    m_waiting.insert(request.id, respond);
    emit requested(request);
}

void CommandRoute::answer(quint64 id, int status, const QJsonObject &body)
{
    const HttpResponder respond = m_waiting.take(id);
    if (respond)
        respond(HttpResponse::json(status, body));
}

void ServerCommands::setChatOps(ChatOps *chatops)
{
    if (m_chatops)
        disconnect(m_chatops, nullptr, this, nullptr);
    m_chatops = chatops;
    if (!chatops)
        return;
    connect(chatops, &ChatOps::consoleNoticeShown, this,
            [this](const QString &stream, const QString &channel, quint64 noticeId, const QString &sender,
                   const CommandAnswer &answer) { emit noticeReady(stream, noticeMessage(channel, noticeId, sender, answer)); });
    connect(chatops, &ChatOps::consoleNoticeRemoved, this, [this](const QString &stream, const QString &channel, quint64 noticeId) {
        emit noticeReady(stream, noticeRemovedMessage(channel, noticeId));
    });
}

void ServerCommands::handle(const CommandRequest &request)
{
    if (!m_chatops) {
        emit answered(request.id, 503, errorBody("not_ready", QStringLiteral("the server's commands are not set up yet")));
        return;
    }
    if (request.listing) {
        emit answered(request.id, 200, commandList());
        return;
    }
    // A console's own built-ins (mute, sound) would act on this server process, not the desk.
    const QString name = request.text.mid(1).section(QLatin1Char(' '), 0, 0).toLower();
    if (const CommandRegistry::Entry *entry = m_chatops->registry().find(name); entry && entry->spec.deskOnly) {
        emit answered(request.id, 400,
                      errorBody("desk_only", QStringLiteral("/%1 acts on the console it is typed in: type it there").arg(name)));
        return;
    }
    const ChatOps::Outcome outcome = m_chatops->submit(request.channel, request.text, request.selectedEventId,
                                                       request.confirmed, ChatOps::Invoker{ request.person, request.stream });
    QJsonObject body{ { QStringLiteral("ok"), true }, { QStringLiteral("outcome"), outcomeName(outcome) } };
    if (outcome == ChatOps::Outcome::NeedsConfirmation)
        body.insert(QStringLiteral("confirmation"),
                    tr("%1\n\nThis command is marked as needing confirmation.").arg(request.text));
    emit answered(request.id, 200, body);
}

QJsonObject ServerCommands::commandList() const
{
    QJsonArray commands;
    const CommandRegistry &registry = m_chatops->registry();
    for (const QString &name : registry.names()) {
        const CommandRegistry::Entry *entry = registry.find(name);
        if (entry->spec.deskOnly)
            continue; // every console has its own
        QJsonObject values;
        for (auto it = entry->spec.values.constBegin(); it != entry->spec.values.constEnd(); ++it)
            values.insert(it.key(), QJsonArray::fromStringList(it.value()));
        commands.append(QJsonObject{ { QStringLiteral("name"), entry->spec.name },
                                     // As the config gives them: the console parses them as the server did.
                                     { QStringLiteral("usage"), QJsonArray::fromStringList(entry->spec.usage) },
                                     { QStringLiteral("hint"), entry->usage.lines().value(0) },
                                     { QStringLiteral("description"), entry->spec.description },
                                     { QStringLiteral("confirm"), entry->spec.confirm },
                                     { QStringLiteral("values"), values } });
    }
    return QJsonObject{ { QStringLiteral("ok"), true }, { QStringLiteral("commands"), commands } };
}

QJsonObject ServerCommands::noticeMessage(const QString &channel, quint64 noticeId, const QString &sender,
                                          const CommandAnswer &answer)
{
    QJsonObject message{ { QStringLiteral("type"), QStringLiteral("notice") },
                         { QStringLiteral("channel"), channel },
                         { QStringLiteral("notice"), qint64(noticeId) },
                         { QStringLiteral("sender"), sender },
                         { QStringLiteral("text"), answer.text },
                         { QStringLiteral("error"), answer.isError } };
    if (!answer.blocksJson.isEmpty())
        message.insert(QStringLiteral("blocks"), jsonArray(answer.blocksJson));
    if (!answer.attachmentsJson.isEmpty())
        message.insert(QStringLiteral("attachments"), jsonArray(answer.attachmentsJson));
    return message;
}

QJsonObject ServerCommands::noticeRemovedMessage(const QString &channel, quint64 noticeId)
{
    return QJsonObject{ { QStringLiteral("type"), QStringLiteral("notice") },
                        { QStringLiteral("channel"), channel },
                        { QStringLiteral("notice"), qint64(noticeId) },
                        { QStringLiteral("removed"), true } };
}

} // namespace bb
