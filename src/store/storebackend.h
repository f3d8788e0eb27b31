#pragma once

#include "core/event.h"
#include "core/searchquery.h"
#include "eventreader.h"
#include "eventstore.h"
#include "externalevents.h"
#include "storetables.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace bb {

// Where a store lives decides its engine: a postgresql:// or postgres:// URL is a PostgreSQL
// database, an http:// or https:// URL the team server a console is attached to (issue 15),
// anything else a SQLite file.
enum class StoreEngine {
    Sqlite,
    Postgres,
    Remote
};
StoreEngine storeEngineOf(const QString &location);

// What EventStore's writer thread asks of a database. The writer keeps the queue, the group
// commit, the channel snapshot and the retention schedule; a backend only talks to its engine.
// One object per open store, used on the writer thread only.
class StoreBackend
{
public:
    virtual ~StoreBackend() = default;

    // Opens (or creates) the store at `location`, migrates its schema, creates the configured
    // channels, and lists every known channel (sorted) into *channels.
    virtual bool open(const QString &location, EventStore::Durability durability,
                      const QStringList &configuredChannels, QStringList *channels, QString *error) = 0;

    // Runs `work` inside one write transaction: committed when it returns true, rolled back
    // otherwise. The functions below marked "in a transaction" run inside `work`.
    virtual bool inTransaction(const std::function<bool(QString *)> &work, QString *error) = 0;

    // In a transaction: inserts the events, assigning ids in the list's order, creating their
    // channels and counting them there.
    virtual bool insert(EventList *events, QString *error) = 0;
    // In a transaction: the Slack mirror's upserts, removals and cursors (see ExternalEventWriter).
    virtual bool applyExternal(const ExternalBatch &batch, ExternalResult *result, QString *error) = 0;
    // In a transaction: the stored event `id`, or an event with a null id when there is none.
    virtual bool findEvent(qint64 id, Event *event, QString *error) = 0;
    // In a transaction: EventEditor::update and EventEditor::remove.
    virtual bool updateEvent(const Event &event, EventList *changed, QString *error) = 0;
    virtual bool removeEvent(const Event &gone, EventList *removed, QString *error) = 0;
    // In a transaction: one bounded chunk of retention; the number deleted, or -1 on error.
    virtual int deleteRetentionChunk(const RetentionPolicy &policy, qint64 nowMs, QString *error) = 0;
    // In a transaction: acknowledges event `eventId` unless someone did first; *winner is who
    // holds the acknowledgement afterwards (`by` or the earlier one). An unknown id fails.
    virtual bool acknowledge(qint64 eventId, const Acknowledgement &by, Acknowledgement *winner, QString *error) = 0;
    // In a transaction: moves `user`'s read position in `channel` forward to `lastReadId`
    // (never back). *current is the position afterwards.
    virtual bool markRead(const QString &user, const QString &channel, qint64 lastReadId, qint64 atMs,
                          qint64 *current, QString *error) = 0;

    // In a transaction, for `bellboard store copy`: stores another store's events under the ids
    // they have there, with their acknowledgements and the outside messages they hold. An id
    // already stored fails the whole call. A database engine has it; a team server (a console's
    // store) answers that it cannot be copied to.
    virtual bool insertCopies(const EventList &events, const QList<ExternalIdRow> &externalIds, QString *error);
    // In a transaction, for the copy: adds channels, cursors and read markers (a cursor or a
    // marker only moves forward), and makes ids given from now on follow `lastIdGiven`.
    virtual bool mergeSideTables(const SideTables &tables, qint64 lastIdGiven, QString *error);

    // A producer's read position, empty when none.
    virtual bool readCursor(const QString &name, QString *value, QString *error) = 0;
    // `user`'s read positions: channel → last read id.
    virtual bool readMarkers(const QString &user, QList<QPair<QString, qint64>> *markers, QString *error) = 0;

    // What the other writers of the same store did (other servers on one PostgreSQL database,
    // the team server a console is attached to), called from a thread of the backend's own and
    // never for this process's own writes: the events they committed (in id order), the stored
    // events they changed (an edit, an acknowledgement) and the ones they removed; and whether
    // the store can be reached, with the reason when not and when the next attempt is due.
    // A team server also says when the person a console is attached as moved their read
    // markers at another desk (their new positions, channel → id).
    struct OtherWriters
    {
        std::function<void(const EventList &)> committed;
        std::function<void(const EventList &)> changed;
        std::function<void(const EventList &)> removed;
        std::function<void(const StoreStatus &)> status;
        std::function<void(const ReadMarkerMap &)> readMarkersMoved;
        // Another server of a shared database moved these read markers of `person` forward.
        std::function<void(const QString &person, const ReadMarkerMap &)> personMarkersMoved;
    };
    // After open. A SQLite file has no other writers.
    virtual void followOtherWriters(OtherWriters handlers) { (void)handlers; }

    // Whether this server leads, that is runs the jobs that must run on one server at a time
    // (the Slack mirror, retention). `changed` is called whenever that changes: the first time
    // inside this call, later from a thread of the backend's own. A SQLite file has one
    // server, which always leads. After open.
    virtual void campaign(std::function<void(bool leads)> changed) { changed(true); }

    // After a failed transaction: whether it failed because the database cannot be reached
    // (rather than over the request's content). A SQLite file is always reachable.
    virtual bool isUnavailable() const { return false; }

    // Whether followOtherWriters' `committed` also brings back this process's own inserts (a
    // team server streams every event to every console, the poster's included, in id order).
    // The writer then leaves announcing them to that feed, so each event is announced once
    // and in id order with everyone else's.
    virtual bool hearsOwnCommits() const { return false; }

    // False when a failed insert may have stored some of its events (a team server takes each
    // post by itself): the writer then fails the batch's requests together rather than trying
    // each again alone, which would store those twice.
    virtual bool isAtomic() const { return true; }

    // Whether a server other than this process works on the store now (PostgreSQL: one holds
    // the leader's lock, see campaign). `bellboard store copy` refuses such a target: the
    // copied history would reach that server's consoles as new events. A SQLite file says no.
    virtual bool hasRunningServer(bool *running, QString *error)
    {
        (void)error;
        *running = false;
        return true;
    }
};

// Null when the location's engine is not in this program (see registerStoreEngine).
std::unique_ptr<StoreBackend> makeStoreBackend(const QString &location);

// The password for a store's connections (PostgreSQL), from a named secret: given once at
// start-up by the application, never written in the config file nor in the location.
// Empty: libpq finds its own (PGPASSWORD, the password file, a service file).
void setStorePassword(const QString &location, const QString &password);
QString storePassword(const QString &location);

// What EventReader asks of a database: read-only, one object per reading thread.
class ReadBackend
{
public:
    virtual ~ReadBackend() = default;
    virtual bool open(QString *error) = 0;
    virtual EventPage search(const SearchQuery &query, qint64 beforeId, int limit) = 0;
    // The events with these ids, in the given order (missing ones left out).
    virtual EventList load(const QList<qint64> &ids, QString *error) = 0;
    virtual QList<QPair<QString, qint64>> countsByChannel() = 0;
    // Up to `limit` events with id > afterId, oldest first (EventReader::eventsAfter).
    virtual EventPage eventsAfter(qint64 afterId, int limit) = 0;
    // `user`'s read positions: channel → last read id (empty when none).
    virtual bool readMarkers(const QString &user, ReadMarkerMap *markers, QString *error) = 0;
    // For `bellboard store copy`: the rows per table, the small tables whole, and the outside
    // messages held by the events with ids firstId..lastId. Read in one snapshot each. A
    // database engine has them; a team server answers that it cannot be copied from.
    virtual bool counts(StoreCounts *counts, QString *error);
    virtual bool sideTables(SideTables *tables, QString *error);
    virtual bool externalIds(qint64 firstId, qint64 lastId, QList<ExternalIdRow> *rows, QString *error);
    // A wall tile's count and sums, and the head of a person's story (eventsummaries.h). An
    // engine without them answers with an error the window shows in place of the number.
    virtual EventTally tally(const SearchQuery &, bool)
    {
        EventTally tally;
        tally.error = QStringLiteral("wall numbers are not available on this store yet");
        return tally;
    }
    virtual UserSummary userSummary(const QString &)
    {
        UserSummary summary;
        summary.error = QStringLiteral("a person's summary is not available on this store yet");
        return summary;
    }
};

// Null when the location's engine is not in this program (see registerStoreEngine).
std::unique_ptr<ReadBackend> makeReadBackend(const QString &location);

// An engine that lives in a library above the store (the team server's, in src/remote, which
// needs the store's types): the app layer registers it at start-up, before a store opens.
// SQLite and PostgreSQL are built in.
struct StoreEngineFactory
{
    std::function<std::unique_ptr<StoreBackend>(const QString &location)> writer;
    std::function<std::unique_ptr<ReadBackend>(const QString &location)> reader;
};
void registerStoreEngine(StoreEngine engine, StoreEngineFactory factory);
// Why a location whose engine is not registered cannot be opened.
QString noEngineError(const QString &location);

} // namespace bb
