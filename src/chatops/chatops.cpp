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
    : QObject(parent), m_store(store), m_userName(defaultDeskUserName()),
      m_network(new QNetworkAccessManager(this))
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
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || channel.isEmpty())
        return Outcome::Rejected;
    if (!trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QLatin1String("//"))) {
        const QString message = trimmed.startsWith(QLatin1String("//")) ? trimmed.mid(1) : trimmed;
        MessagePoster *poster = m_posters.value(channel);
        if (!poster && m_posterChooser)
            poster = m_posterChooser(channel);
        if (poster) {
            poster->post(channel, message, m_userName, this);
        } else {
            Event event;
            event.channel = channel;
            event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            event.source = QStringLiteral("composer");
            event.senderName = m_userName;
            event.text = message;
            event.users = extractUsers(message);
            post(event);
        }
        return Outcome::Posted;
    }

    const int end = int(trimmed.indexOf(QRegularExpression(QStringLiteral("\\s"))));
    const QString name = trimmed.mid(1, end < 0 ? -1 : end - 1);
    const QString arguments = end < 0 ? QString() : trimmed.mid(end + 1).trimmed();
    const ReplyTarget toTypist{ channel, QStringLiteral("Bellboard"), QString(), 0 };
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
    call.userName = m_userName;
    call.text = arguments;
    call.arguments = match.arguments;
    call.selectedEventId = selectedEventId;
    call.output = this;
    entry->handler(call);
    return Outcome::Started;
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
    emit noticeShown(target.channel, noticeId, target.sender, answer);
}

// Stored events cannot be edited: an update (or a deletion) of a stored answer is a new
// event in the original's thread, so the feed shows what changed and nothing is lost.
void ChatOps::postAnswer(const ReplyTarget &target, const CommandAnswer &answer, qint64 replacing)
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
    if (replacing) {
        event.threadKey = QString::number(replacing);
        event.title = answer.deleteOriginal ? tr("Message deleted") : tr("Message updated");
    }
    const QString key = target.key;
    QPointer<ChatOps> self(this);
    post(event, [self, key](const Event &stored) {
        if (self && !key.isEmpty() && stored.id)
            self->m_originals.insert(key, Original{ 0, stored.id });
    });
}

void ChatOps::deliver(const ReplyTarget &target, const CommandAnswer &answer)
{
    const Original original = m_originals.value(target.key);
    const qint64 storedOriginal = original.noticeId ? 0 : (original.eventId ? original.eventId : target.originalEventId);
    const bool ephemeral = answer.visibility == CommandAnswer::Visibility::Ephemeral;

    if (answer.deleteOriginal) {
        if (original.noticeId) {
            m_originals.remove(target.key);
            emit noticeRemoved(target.channel, original.noticeId);
        } else if (storedOriginal) {
            postAnswer(target, answer, storedOriginal);
        }
        return;
    }
    if (answer.replaceOriginal && original.noticeId && ephemeral)
        return showNotice(target, original.noticeId, answer);
    if (answer.replaceOriginal && storedOriginal)
        return postAnswer(target, answer, storedOriginal);
    if (answer.replaceOriginal && original.noticeId)
        emit noticeRemoved(target.channel, original.noticeId);
    if (ephemeral)
        showNotice(target, ++m_lastNoticeId, answer);
    else
        postAnswer(target, answer, 0);
}

void ChatOps::post(const Event &event, std::function<void(const Event &)> committed)
{
    QPointer<ChatOps> self(this);
    const QString channel = event.channel;
    m_store->append({ event }, this, [self, channel, committed](const AppendResult &result) {
        if (!result.ok && self)
            self->deliver(ReplyTarget{ channel, QStringLiteral("Bellboard"), QString(), 0 },
                          CommandAnswer::error(tr("Could not store the message: %1").arg(result.error)));
        if (committed)
            committed(result.ok && !result.events.isEmpty() ? result.events.first() : Event());
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
