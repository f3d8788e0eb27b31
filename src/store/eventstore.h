#pragma once

#include "core/event.h"
#include "externalevents.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace bb {

struct RetentionPolicy
{
    int maxAgeDays = 0;   // 0: keep forever
    qint64 maxEvents = 0; // 0: no count limit
};

struct AppendResult
{
    bool ok = false;
    QString error;    // for logs and HTTP 500 answers when !ok
    EventList events; // the committed events, with ids assigned
    // !ok because the store's database cannot be reached (PostgreSQL down or restarting):
    // nothing was committed, and the same request may succeed later (HTTP 503, Retry-After).
    bool unavailable = false;
};

// The one writer of the event database. Appends from any thread are queued, committed
// together in one transaction on the store's own thread (group commit), and each
// caller's future is fulfilled only after COMMIT returned: a fulfilled future means the
// events are on disk. After each commit the batch is announced by eventsCommitted().
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override; // commits what is queued, then stops the writer thread

    // How far an acknowledged commit survives. Full (the default) fsyncs the WAL at every
    // commit: acknowledged events survive a power loss. Normal survives a killed process
    // but may lose the last commits on power loss. Set before open().
    enum class Durability {
        Full,
        Normal
    };
    void setDurability(Durability durability);

    // Channels that must exist from the start (the config file's [[channels]]), created at
    // open() if missing. Set before open().
    void setConfiguredChannels(const QStringList &names);

    // Opens or creates the database file, migrating its schema. Blocking: call at start-up.
    // A new database is seeded with defaultChannelNames().
    bool open(const QString &databasePath, QString *error = nullptr);
    QString databasePath() const;

    // Applied by the writer thread at open, when set, and every minute, in bounded chunks.
    void setRetention(const RetentionPolicy &policy);

    // Thread-safe. Unknown channels named by the events are created in the same transaction.
    QFuture<AppendResult> append(const EventList &events);

    using AppendCallback = std::function<void(const AppendResult &)>;
    // The same for hot paths (HTTP ingest): `done` runs on `context`'s thread, and the
    // callbacks of one transaction for one context arrive together in a single posted call,
    // one wake-up per commit instead of one per request. Dropped if `context` is destroyed.
    void append(const EventList &events, QObject *context, AppendCallback done);

    // Thread-safe snapshot of the known channels (sorted), kept current by appends.
    QStringList channels() const;
    bool hasChannel(const QString &name) const;

    // Blocks until everything queued so far is committed and announced (shutdown, tests).
    void flush();

    // Thread-safe. Stores, updates and removes copies of outside messages (a Slack mirror) in
    // one transaction; local events never pay for this. New copies are announced through
    // eventsCommitted like any event, then eventsChanged and eventsRemoved.
    QFuture<ExternalResult> applyExternal(const ExternalBatch &batch);
    // A producer's read position saved by applyExternal, empty when none.
    QFuture<QString> syncCursor(const QString &name);

    // Thread-safe. Edits a stored event in place, as Slack's replace_original does: event `id`
    // takes `content`'s title, text, users, mrkdwn, blocks and attachments, and keeps its id,
    // channel, time, sender and source. Announced by eventsChanged (when anything differs).
    // An id that is not stored fails with a clear error and changes nothing.
    QFuture<ExternalResult> replaceEventContent(qint64 id, const Event &content);
    // Thread-safe. Deletes event `id` (Slack's delete_original), announced by eventsRemoved;
    // fails like replaceEventContent for an id that is not stored.
    QFuture<ExternalResult> removeEvent(qint64 id);

signals:
    // Emitted from the store's thread after each commit; connect with a queued connection.
    void eventsCommitted(const bb::EventList &events);
    // Stored events whose content changed (same ids): an edited Slack message.
    void eventsChanged(const bb::EventList &events);
    // Stored events that are gone (id, channel, senderTs): a deleted Slack message.
    void eventsRemoved(const bb::EventList &events);

private:
    class Writer;
    // Runs `work` in one transaction on the writer thread and announces what it added,
    // changed and removed: the one path for every edit of stored events.
    using Edit = std::function<bool(Writer &, ExternalResult *, QString *)>;
    QFuture<ExternalResult> edit(Edit work);

    std::unique_ptr<Writer> m_writer;
    Durability m_durability = Durability::Full;
    QStringList m_configuredChannels;
};

} // namespace bb
