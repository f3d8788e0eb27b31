#pragma once

#include "core/event.h"
#include "externalevents.h"
#include "readmarkermap.h"

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

// What EventStore::acknowledge did. The first acknowledgement wins: a later one changes
// nothing and answers the stored one.
struct AckResult
{
    enum class Outcome {
        Acknowledged,        // this call recorded it
        AlreadyAcknowledged, // someone had before; `event` says who and when
        NotFound,            // no event has that id
        Failed               // the database failed; see `error`
    };
    Outcome outcome = Outcome::Failed;
    bool unavailable = false; // Failed because the database is down or restarting
    QString error;
    Event event; // as stored now, its acknowledgement included (when found)
    bool ok() const { return outcome == Outcome::Acknowledged || outcome == Outcome::AlreadyAcknowledged; }
};

// Whether the store can be reached. A SQLite file always can; a PostgreSQL database or the
// team server a console is attached to may not, for a while.
struct StoreStatus
{
    bool available = true;
    QString reason;         // why not, as the connection said it ("connection refused")
    qint64 nextRetryMs = 0; // when the next attempt is due (epoch ms); 0: not known
    // Not available, and no retry comes: the person must act (a wrong or revoked token: log in
    // again; a changed certificate). `reason` says what to do.
    bool gaveUp = false;
    // Available again, and the events announced from now to the next status were stored while
    // this process was away: shown like any, alerted once for all, not each.
    bool catchingUp = false;
    friend bool operator==(const StoreStatus &a, const StoreStatus &b)
    {
        return a.available == b.available && a.reason == b.reason && a.nextRetryMs == b.nextRetryMs
            && a.gaveUp == b.gaveUp && a.catchingUp == b.catchingUp;
    }
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
// caller hears back only after COMMIT returned: an answer means the events are on disk.
// After each commit the batch is announced by eventsCommitted().
//
// Every call that does work has two forms (docs/ARCHITECTURE.md, "Threads"):
// - with a context and a callback, for code that runs an event loop: the callback runs on
//   `context`'s thread, and is dropped if `context` is destroyed first. `context` lives on
//   the calling thread. Never called before the call returns, even when refused at once.
// - returning a QFuture, for code that waits (start-up, the command line, tests): call
//   result(). Nothing chains continuations on these futures (no QFuture::then).
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
    // The callbacks of one transaction for one context arrive together in a single posted
    // call: one wake-up per commit for HTTP ingest, not one per request.
    using AppendCallback = std::function<void(const AppendResult &)>;
    void append(const EventList &events, QObject *context, AppendCallback done);
    QFuture<AppendResult> append(const EventList &events);

    // Thread-safe. Whether this server leads, that is runs what must run on one server at a
    // time (the Slack mirror, retention): always on a SQLite file; among servers sharing a
    // PostgreSQL database, the one holding its leader lock. Known from open(); changes are
    // announced by leadershipChanged.
    bool isLeader() const;

    // Thread-safe snapshot of the known channels (sorted), kept current by appends.
    QStringList channels() const;
    bool hasChannel(const QString &name) const;

    // Blocks until everything queued so far is committed and announced (shutdown, tests).
    void flush();
    // Blocking, for a thread other than the GUI thread that is about to end and has called with
    // a context: flush(), then deliver the callbacks owed to this thread (each dropped if its
    // context is gone). An answer posted to a thread whose event loop has ended would be
    // neither delivered nor freed.
    void deliverCallbacksBeforeThreadEnds();

    using ExternalCallback = std::function<void(const ExternalResult &)>;
    using CursorCallback = std::function<void(const QString &)>;

    // Thread-safe. Stores, updates and removes copies of outside messages (a Slack mirror) in
    // one transaction; local events never pay for this. New copies are announced through
    // eventsCommitted like any event, then eventsChanged and eventsRemoved.
    void applyExternal(const ExternalBatch &batch, QObject *context, ExternalCallback done);
    QFuture<ExternalResult> applyExternal(const ExternalBatch &batch);
    // A producer's read position saved by applyExternal, empty when none.
    void syncCursor(const QString &name, QObject *context, CursorCallback done);
    QFuture<QString> syncCursor(const QString &name);

    // Thread-safe. Edits a stored event in place, as Slack's replace_original does: event `id`
    // takes `content`'s title, text, users, mrkdwn, blocks and attachments, and keeps its id,
    // channel, time, sender and source. Announced by eventsChanged (when anything differs).
    // An id that is not stored fails with a clear error and changes nothing.
    void replaceEventContent(qint64 id, const Event &content, QObject *context, ExternalCallback done);
    QFuture<ExternalResult> replaceEventContent(qint64 id, const Event &content);
    // Thread-safe. Deletes event `id` (Slack's delete_original), announced by eventsRemoved;
    // fails like replaceEventContent for an id that is not stored.
    void removeEvent(qint64 id, QObject *context, ExternalCallback done);
    QFuture<ExternalResult> removeEvent(qint64 id);

    // Thread-safe. Records that `user` acknowledged event `id` at `atMs`, first wins (a second
    // acknowledgement changes nothing and answers the first). A new acknowledgement is
    // announced by eventsChanged with the event, its acknowledgement set.
    using AckCallback = std::function<void(const AckResult &)>;
    void acknowledge(qint64 id, const QString &user, qint64 atMs, QObject *context, AckCallback done);
    QFuture<AckResult> acknowledge(qint64 id, const QString &user, qint64 atMs);
    // Thread-safe. Moves `user`'s read markers forward to `markers` (a channel's stored marker
    // becomes the larger of the two; others are untouched) and answers all of the person's
    // markers as stored after the change. Not announced here: the caller tells that person's
    // consoles; another server of a shared database says so by personReadMarkersMoved.
    using ReadMarkersCallback = std::function<void(const ReadMarkerMap &)>;
    void setReadMarkers(const QString &user, const ReadMarkerMap &markers, QObject *context, ReadMarkersCallback done);
    QFuture<ReadMarkerMap> setReadMarkers(const QString &user, const ReadMarkerMap &markers);

signals:
    // Emitted from the store's thread after each commit; connect with a queued connection.
    void eventsCommitted(const bb::EventList &events);
    // Stored events whose content changed (same ids): an edited Slack message.
    void eventsChanged(const bb::EventList &events);
    // Stored events that are gone (id, channel, senderTs): a deleted Slack message.
    void eventsRemoved(const bb::EventList &events);
    // The store became unreachable or reachable again (a PostgreSQL server restarting, the team
    // server a console is attached to going away); the window says so.
    void statusChanged(const bb::StoreStatus &status);
    // This server started or stopped leading (see isLeader); emitted from a store thread.
    void leadershipChanged(bool leads);
    // The person this console is attached as moved their read markers forward at another desk
    // (a team server's store only): channel → the newest id read there. From a store thread.
    void readMarkersMoved(const bb::ReadMarkerMap &markers);
    // Another server of a shared database (PostgreSQL) moved `person`'s read markers forward:
    // channel → the newest id read. This server's own moves are not announced. From a store
    // thread.
    void personReadMarkersMoved(const QString &person, const bb::ReadMarkerMap &markers);

private:
    class Writer;
    // Runs `work` in one transaction on the writer thread, hands the result to `finish` (on
    // the writer thread), then announces what it added, changed and removed: the one path
    // for every edit of stored events.
    using Edit = std::function<bool(Writer &, ExternalResult *, QString *)>;
    void edit(Edit work, const ExternalCallback &finish);
    void readCursor(const QString &name, const CursorCallback &finish);
    void recordAcknowledgement(qint64 id, const QString &user, qint64 atMs, const AckCallback &finish);
    void saveReadMarkers(const QString &user, const ReadMarkerMap &markers, const ReadMarkersCallback &finish);

    std::unique_ptr<Writer> m_writer;
    Durability m_durability = Durability::Full;
    QStringList m_configuredChannels;
};

} // namespace bb

Q_DECLARE_METATYPE(bb::StoreStatus)
