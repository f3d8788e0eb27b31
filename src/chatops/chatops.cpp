#include "chatops.h"

#include "blockactions.h"
#include "core/userextraction.h"
#include "processcommand.h"
#include "responseurlservice.h"
#include "store/eventstore.h"
#include "webhookcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace bb {

QString defaultDeskUserName()
{
    for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("desk");
}

ChatOps::ChatOps(EventStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_userName(defaultDeskUserName())
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ReplyTarget>();
    qRegisterMetaType<CommandAnswer>();
    m_webhooks = new WebhookCommandRunner(m_network, nullptr, this);
    m_processes = new ProcessCommandRunner(this);
    m_blockActions = new BlockActionSender(m_network, nullptr, this, this);
    registerHelp();
}

ChatOps::~ChatOps()
{
    // The runners hold this as their CommandOutput: they go first.
    delete m_processes;
    delete m_webhooks;
    delete m_blockActions;
}

void ChatOps::setUserName(const QString &name)
{
    if (!name.trimmed().isEmpty())
        m_userName = name.trimmed();
}

void ChatOps::setPoster(const QString &channel, MessagePoster *poster)
{
    if (poster)
        m_posters.insert(channel, poster);
    else
        m_posters.remove(channel);
}

void ChatOps::setResponseUrls(ResponseUrlService *service)
{
    if (m_responseUrls)
        disconnect(m_responseUrls, nullptr, this, nullptr);
    m_responseUrls = service;
    m_webhooks->setResponseUrls(service);
    m_blockActions->setResponseUrls(service);
    if (service)
        connect(service, &ResponseUrlService::answerReceived, this, &ChatOps::deliver, Qt::QueuedConnection);
}

ResponseUrlService *ChatOps::responseUrls() const
{
    return m_responseUrls;
}

ChatOps::Outcome ChatOps::submit(const QString &channel, const QString &text, qint64 selectedEventId, bool confirmed)
{
    return submit(channel, text, selectedEventId, confirmed, Invoker());
}

ChatOps::Outcome ChatOps::submit(const QString &channel, const QString &text, qint64 selectedEventId, bool confirmed,
                                 const Invoker &person)
{
    Invoker invoker = person;
    // A person who named no stream still must not see their answers in this process's window.
    if (!invoker.userName.isEmpty() && invoker.console.isEmpty())
        invoker.console = kNoConsole;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || channel.isEmpty())
        return Outcome::Rejected;
    const bool isCommand = trimmed.startsWith(QLatin1Char('/')) && !trimmed.startsWith(QLatin1String("//"));
    if (!isCommand && !invoker.userName.isEmpty())
        return Outcome::Rejected; // a person's messages go through the store (chat.postMessage)
    if (!isCommand) {
        const QString message = trimmed.startsWith(QLatin1String("//")) ? trimmed.mid(1) : trimmed;
        MessagePoster *poster = m_posters.value(channel);
        if (!poster && m_defaultPoster && m_defaultPoster->takes(channel))
            poster = m_defaultPoster;
        if (poster)
            poster->post(channel, message, m_userName, this);
        else
            post(composerEvent(channel, message));
        return Outcome::Posted;
    }

    const int end = int(trimmed.indexOf(QRegularExpression(QStringLiteral("\\s"))));
    const QString name = trimmed.mid(1, end < 0 ? -1 : end - 1);
    const QString arguments = end < 0 ? QString() : trimmed.mid(end + 1).trimmed();
    const ReplyTarget toTypist = bellboardNotice(channel, invoker);
    const CommandRegistry::Entry *entry = m_registry.find(name);
    if (!entry) {
        deliver(toTypist, CommandAnswer::error(tr("There is no command /%1. Type /help for the list.").arg(mrkdwnEscaped(name))));
        return Outcome::Rejected;
    }
    const CommandUsage::Match match = entry->usage.match(arguments);
    if (!match.ok) {
        deliver(toTypist, CommandAnswer::error(QStringLiteral("/%1: %2").arg(entry->spec.name, mrkdwnEscaped(match.error))));
        return Outcome::Rejected;
    }
    if (entry->spec.confirm && !confirmed)
        return Outcome::NeedsConfirmation;

    CommandCall call;
    call.command = entry->spec.name;
    call.channel = channel;
    call.userName = invoker.userName.isEmpty() ? m_userName : invoker.userName;
    call.text = arguments;
    call.arguments = match.arguments;
    call.selectedEventId = selectedEventId;
    call.console = invoker.console;
    call.output = this;
    entry->handler(call);
    return Outcome::Started;
}

ReplyTarget ChatOps::bellboardNotice(const QString &channel)
{
    ReplyTarget target;
    target.channel = channel;
    target.sender = QStringLiteral("Bellboard");
    return target;
}

ReplyTarget ChatOps::bellboardNotice(const QString &channel, const Invoker &invoker)
{
    ReplyTarget target = bellboardNotice(channel);
    target.invokedBy = invoker.userName;
    target.console = invoker.console;
    return target;
}

QString ChatOps::newReplyKey()
{
    return QStringLiteral("run:%1").arg(++m_lastReplyKey);
}

void ChatOps::showNotice(const ReplyTarget &target, quint64 noticeId, const CommandAnswer &answer)
{
    // Every notice gets a key, so that the answer to a click on one of its buttons can replace it.
    ReplyTarget shown = target;
    if (shown.key.isEmpty())
        shown.key = QStringLiteral("notice:%1").arg(noticeId);
    m_originals.insert(shown.key, Original{ noticeId, 0 });
    m_noticeTargets.insert(noticeId, shown);
    while (m_noticeTargets.size() > kRememberedNotices) {
        if (m_noticeTargets.first().key.startsWith(QLatin1String("notice:")))
            m_originals.remove(m_noticeTargets.first().key);
        m_noticeTargets.erase(m_noticeTargets.begin());
    }
    if (!target.console.isEmpty())
        emit consoleNoticeShown(target.console, target.channel, noticeId, target.sender, answer);
    else
        emit noticeShown(target.channel, noticeId, target.sender, answer);
}

void ChatOps::removeNotice(const ReplyTarget &target, quint64 noticeId)
{
    if (!target.console.isEmpty())
        emit consoleNoticeRemoved(target.console, target.channel, noticeId);
    else
        emit noticeRemoved(target.channel, noticeId);
}

void ChatOps::showServerNotice(const QString &channel, quint64 serverNoticeId, const QString &sender,
                               const CommandAnswer &answer)
{
    // Only the notices still remembered can be replaced (kRememberedNotices), here as there.
    if (m_serverNotices.size() > 2 * kRememberedNotices)
        m_serverNotices.removeIf([this](const auto &entry) { return !m_noticeTargets.contains(entry.value()); });
    quint64 &local = m_serverNotices[serverNoticeId];
    if (!local)
        local = ++m_lastNoticeId;
    ReplyTarget target = bellboardNotice(channel);
    target.sender = sender;
    showNotice(target, local, answer);
}

void ChatOps::removeServerNotice(const QString &channel, quint64 serverNoticeId)
{
    const quint64 local = m_serverNotices.take(serverNoticeId);
    if (local)
        emit noticeRemoved(channel, local);
}

Event ChatOps::composerEvent(const QString &channel, const QString &text) const
{
    Event event;
    event.channel = channel;
    event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    event.source = QStringLiteral("composer");
    event.senderName = m_userName;
    event.text = text;
    event.users = extractUsers(text);
    return event;
}

Event ChatOps::answerEvent(const ReplyTarget &target, const CommandAnswer &answer)
{
    Event event;
    event.channel = target.channel;
    event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    event.source = target.source.isEmpty() ? QStringLiteral("command") : target.source;
    event.senderName = target.sender;
    event.text = answer.text;
    event.blocksJson = answer.blocksJson;
    event.attachmentsJson = answer.attachmentsJson;
    event.users = extractUsers(answer.text);
    return event;
}

// A new stored answer. The first of a run comes right under the command as its user typed
// it (Slack shows an in_channel answer that way): both in one commit, so nothing can come
// between them.
void ChatOps::postAnswer(const ReplyTarget &target, const CommandAnswer &answer)
{
    EventList events;
    const bool firstOfRun = target.key.isEmpty() || !m_invocationsShown.contains(target.key);
    if (firstOfRun && !target.invocation.isEmpty()) {
        Event command = composerEvent(target.channel, target.invocation);
        command.senderName = target.invokedBy.isEmpty() ? m_userName : target.invokedBy;
        events << command;
        if (!target.key.isEmpty())
            m_invocationsShown.insert(target.key);
    }
    events << answerEvent(target, answer);
    const QString key = target.key;
    QPointer<ChatOps> self(this);
    store(events, [self, key](const Event &stored) {
        if (self && !key.isEmpty() && stored.id)
            self->m_originals.insert(key, Original{ 0, stored.id });
    });
}

// replace_original and delete_original of a stored message edit it in place, as Slack
// does: same id (so the same ts for the backend), same place in the feed. A message that
// is no longer stored gives one clear notice and changes nothing.
void ChatOps::editStored(const ReplyTarget &target, qint64 eventId, const CommandAnswer &answer)
{
    const QString failure = answer.deleteOriginal ? tr("Could not delete the message: %1")
                                                  : tr("Could not update the message: %1");
    const ReplyTarget toTypist = bellboardNotice(target.channel, Invoker{ target.invokedBy, target.console });
    // Runs on this thread, and not at all once this ChatOps is gone.
    auto done = [this, toTypist, failure](const ExternalResult &result) {
        if (!result.ok)
            deliver(toTypist, CommandAnswer::error(failure.arg(result.error)));
    };
    if (answer.deleteOriginal)
        m_store->removeEvent(eventId, this, done);
    else
        m_store->replaceEventContent(eventId, answerEvent(target, answer), this, done);
}

void ChatOps::deliver(const ReplyTarget &target, const CommandAnswer &answer)
{
    // A button's answers replace the message the button is in (Slack: "the inciting
    // message"); a command's, its latest answer.
    const Original original = target.originalEventId ? Original{ 0, target.originalEventId }
                                                     : m_originals.value(target.key);
    const bool ephemeral = answer.visibility == CommandAnswer::Visibility::Ephemeral;

    if (answer.deleteOriginal) {
        if (original.noticeId) {
            m_originals.remove(target.key);
            removeNotice(target, original.noticeId);
        } else if (original.eventId) {
            editStored(target, original.eventId, answer);
        }
        return;
    }
    if (answer.replaceOriginal && original.noticeId && ephemeral)
        return showNotice(target, original.noticeId, answer);
    if (answer.replaceOriginal && original.eventId)
        return editStored(target, original.eventId, answer);
    if (answer.replaceOriginal && original.noticeId)
        removeNotice(target, original.noticeId);
    if (ephemeral)
        showNotice(target, ++m_lastNoticeId, answer);
    else
        postAnswer(target, answer);
}

void ChatOps::post(const Event &event, std::function<void(const Event &)> committed)
{
    store({ event }, std::move(committed));
}

void ChatOps::store(const EventList &events, std::function<void(const Event &)> committed)
{
    QPointer<ChatOps> self(this);
    const QString channel = events.first().channel;
    m_store->append(events, this, [self, channel, committed](const AppendResult &result) {
        if (!result.ok && self)
            self->deliver(bellboardNotice(channel),
                          CommandAnswer::error(tr("Could not store the message: %1").arg(result.error)));
        if (committed)
            committed(result.ok && !result.events.isEmpty() ? result.events.last() : Event());
    });
}

void ChatOps::registerHelp()
{
    CommandSpec help;
    help.name = QStringLiteral("help");
    help.usage = { QStringLiteral("help [<command>]") };
    help.description = tr("Lists the commands, or shows how to use one.");
    m_registry.add(help, [this](const CommandCall &call) {
        const QString wanted = call.arguments.value(QStringLiteral("command"));
        QStringList lines;
        if (!wanted.isEmpty()) {
            const CommandRegistry::Entry *entry = m_registry.find(wanted.startsWith(QLatin1Char('/')) ? wanted.mid(1) : wanted);
            if (!entry)
                return call.reply(CommandAnswer::error(tr("There is no command %1. Type /help for the list.").arg(mrkdwnEscaped(wanted))));
            lines << QStringLiteral("*/%1* %2").arg(entry->spec.name, mrkdwnEscaped(entry->spec.description));
            for (const QString &line : entry->usage.lines())
                lines << QStringLiteral("`%1`").arg(mrkdwnEscaped(line));
        } else {
            lines << tr("*Commands* (`/help NAME` for one):");
            for (const QString &name : m_registry.names()) {
                const CommandRegistry::Entry *entry = m_registry.find(name);
                lines << QStringLiteral("`%1` %2").arg(mrkdwnEscaped(entry->usage.lines().value(0)),
                                                       mrkdwnEscaped(entry->spec.description));
            }
        }
        call.reply(CommandAnswer::note(lines.join(QLatin1Char('\n'))));
    });
}

} // namespace bb
