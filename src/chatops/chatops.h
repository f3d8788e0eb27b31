#pragma once

#include "commandregistry.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace bb {

class BlockActionSender;
class EventStore;
class ProcessCommandRunner;
class ResponseUrlService;
class WebhookCommandRunner;

// How the composer's plain text reaches a channel. The default stores it as a local event
// from the desk's user; a mirrored Slack channel gets a poster that sends it to Slack.
class MessagePoster
{
public:
    virtual ~MessagePoster() = default;
    virtual void post(const QString &channel, const QString &text, const QString &userName,
                      CommandOutput *output) = 0;
    // As the default poster (ChatOps::setDefaultPoster): whether it takes `channel`'s messages
    // now (a mirror's channels come and go); false leaves them local.
    virtual bool takes(const QString &channel) const
    {
        Q_UNUSED(channel);
        return true;
    }
};

// The composer's other half, without widgets: plain text is posted through the channel's
// poster, "/name …" is parsed by the command's usage and handed to its handler. Answers
// come back through deliver(): in_channel ones are stored in the channel (the first of a
// run under the command as typed), ephemeral ones (and every failure) are announced by
// noticeShown() for this console only, never stored. replace_original / delete_original
// edit the original in place: a notice, or a stored event (through the store, which
// announces it by eventsChanged / eventsRemoved, so open feeds update the row).
class ChatOps : public QObject, public CommandOutput
{
    Q_OBJECT
public:
    explicit ChatOps(EventStore *store, QObject *parent = nullptr);
    EventStore *store() const { return m_store; } // where commands record what they did (/ack)
    ~ChatOps() override;

    CommandRegistry &registry() { return m_registry; }
    const CommandRegistry &registry() const { return m_registry; }

    void setUserName(const QString &name); // the desk's user, who posts and runs commands
    QString userName() const { return m_userName; }

    // `poster` is not owned; null restores local posting for the channel.
    void setPoster(const QString &channel, MessagePoster *poster);
    // For channels without a poster of their own, when it takes them (MessagePoster::takes).
    // Not owned; the poster removes itself (null) before it goes.
    void setDefaultPoster(MessagePoster *poster) { m_defaultPoster = poster; }
    MessagePoster *defaultPoster() const { return m_defaultPoster; }

    // Delayed answers through response_url arrive via `service` (not owned; may live on
    // another thread: its signal is queued here).
    void setResponseUrls(ResponseUrlService *service);
    ResponseUrlService *responseUrls() const;

    QNetworkAccessManager *network() const { return m_network; }
    WebhookCommandRunner *webhooks() const { return m_webhooks; }
    ProcessCommandRunner *processes() const { return m_processes; }
    BlockActionSender *blockActions() const { return m_blockActions; }

    enum class Outcome {
        Posted,
        Started,
        NeedsConfirmation,
        Rejected
    };
    // Who typed a command on a team server: a person at an attached console (POST
    // /api/commands). Their name is the user the command sees; its ephemeral answers go to
    // their console's stream (consoleNoticeShown), never to this process's window.
    struct Invoker
    {
        QString userName;
        QString console; // the console's stream id; empty: none (its ephemeral answers reach no one)
    };
    // The console of a person who named no stream: one that does not exist.
    static constexpr QLatin1String kNoConsole{ "-" };
    // `text` as typed in `channel`'s composer. A command marked confirm = true answers
    // NeedsConfirmation until submitted again with `confirmed`. "//text" posts "/text".
    Outcome submit(const QString &channel, const QString &text, qint64 selectedEventId = 0,
                   bool confirmed = false);
    // The same for a person at an attached console; `text` must be a command.
    Outcome submit(const QString &channel, const QString &text, qint64 selectedEventId, bool confirmed,
                   const Invoker &invoker);

    // An attached console: an ephemeral answer its server sent for this console (a command run
    // there), shown as a notice of this console's own. `serverNoticeId` is the server's number
    // for it: a later answer under the same number replaces it, as a local one would.
    void showServerNotice(const QString &channel, quint64 serverNoticeId, const QString &sender,
                          const CommandAnswer &answer);
    void removeServerNotice(const QString &channel, quint64 serverNoticeId);

    // What console-only notice `noticeId` was shown under: its channel and sender, the key an
    // answer with replace_original replaces it by, and the source its buttons are routed by.
    // An empty channel when the notice is unknown (or one of the oldest, forgotten).
    ReplyTarget noticeTarget(quint64 noticeId) const { return m_noticeTargets.value(noticeId); }
    static constexpr int kRememberedNotices = 500;

    // CommandOutput
    void deliver(const ReplyTarget &target, const CommandAnswer &answer) override;
    void post(const Event &event, std::function<void(const Event &)> committed = {}) override;
    QString newReplyKey() override;

signals:
    // A message for this console only, under `channel`. A known noticeId replaces that notice.
    void noticeShown(const QString &channel, quint64 noticeId, const QString &sender, const bb::CommandAnswer &answer);
    void noticeRemoved(const QString &channel, quint64 noticeId);
    // The same for a person's console attached to this team server (ReplyTarget::console):
    // the app layer sends them on that console's stream.
    void consoleNoticeShown(const QString &console, const QString &channel, quint64 noticeId, const QString &sender,
                            const bb::CommandAnswer &answer);
    void consoleNoticeRemoved(const QString &console, const QString &channel, quint64 noticeId);

private:
    struct Original
    {
        quint64 noticeId = 0; // the latest answer was a notice…
        qint64 eventId = 0;   // …or a stored event
    };
    void registerHelp();
    static ReplyTarget bellboardNotice(const QString &channel); // Bellboard's own word, replacing nothing
    static ReplyTarget bellboardNotice(const QString &channel, const Invoker &invoker);
    void removeNotice(const ReplyTarget &target, quint64 noticeId);
    Event composerEvent(const QString &channel, const QString &text) const; // from the desk's user
    static Event answerEvent(const ReplyTarget &target, const CommandAnswer &answer);
    void showNotice(const ReplyTarget &target, quint64 noticeId, const CommandAnswer &answer);
    void postAnswer(const ReplyTarget &target, const CommandAnswer &answer);
    void editStored(const ReplyTarget &target, qint64 eventId, const CommandAnswer &answer);
    // Stores `events` in one commit; `committed` gets the last one back (see post()).
    void store(const EventList &events, std::function<void(const Event &)> committed);

    EventStore *m_store;
    CommandRegistry m_registry;
    QString m_userName;
    QHash<QString, MessagePoster *> m_posters;
    MessagePoster *m_defaultPoster = nullptr;
    QPointer<ResponseUrlService> m_responseUrls;
    QNetworkAccessManager *m_network;
    WebhookCommandRunner *m_webhooks = nullptr;
    ProcessCommandRunner *m_processes = nullptr;
    BlockActionSender *m_blockActions = nullptr;
    QHash<QString, Original> m_originals;       // reply key → its latest answer
    QMap<quint64, ReplyTarget> m_noticeTargets; // notice id → what it was shown under, the newest ones
    QSet<QString> m_invocationsShown;           // reply keys whose command is stored above an answer
    quint64 m_lastNoticeId = 0;
    QHash<quint64, quint64> m_serverNotices; // an attached console's: the server's notice id → ours
    quint64 m_lastReplyKey = 0;
};

// The desk's user name when the config names none: the OS account's name.
QString defaultDeskUserName();

} // namespace bb
