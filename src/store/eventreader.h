#pragma once

#include "core/event.h"
#include "core/searchquery.h"
#include "readmarkermap.h"
#include "eventsummaries.h"
#include "schema.h"

#include <QPair>
#include <QString>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace bb {

class ReadBackend;

struct EventPage
{
    EventList events;     // newest first
    bool hasMore = false; // older matches exist before events.last().id
    QString error;        // empty on success
};

// Read-only access to the event database for one thread (one connection per thread): a
// SQLite file or a postgresql:// URL, as EventStore::open. Safe to use while another process
// or thread writes: SQLite's WAL readers never block, PostgreSQL's MVCC neither.
class EventReader
{
public:
    explicit EventReader(const QString &location);
    ~EventReader();
    EventReader(const EventReader &) = delete;
    EventReader &operator=(const EventReader &) = delete;

    // Opens the existing database read-only. The other functions open it on first use; call
    // open() first to learn why it fails (missing file or unreachable server, not a Bellboard
    // database, a newer schema).
    bool open(QString *error = nullptr);

    // Events matching `query` with id < beforeId (0: from the newest), newest first.
    EventPage search(const SearchQuery &query, qint64 beforeId = 0, int limit = 50);
    std::optional<Event> event(qint64 id);
    // Counts the stored events matching `query` (and with `sumAmounts` adds their amounts by
    // currency) in SQL, without loading them: count(*) and SUM(amount_minor) GROUP BY currency;
    // only events without a stored amount are read, for an amount in their text.
    EventTally tally(const SearchQuery &query, bool sumAmounts);
    // First and last seen, events per channel and the latest payment or plan change of one
    // user (normalizeUser() form), from the user index and aggregates, not the whole trail.
    UserSummary userSummary(const QString &user);
    qint64 totalCount();
    QList<QPair<QString, qint64>> countsByChannel(); // every known channel, by name, with 0 for empty ones
    // Up to `limit` events with id > afterId, oldest first (hasMore: newer ones follow
    // events.last()): a stream client's catch-up, read in pages so that a client 100,000
    // events behind never needs them in memory at once.
    EventPage eventsAfter(qint64 afterId, int limit);
    // `user`'s read markers (empty when none, or for a file older than schema version 4).
    ReadMarkerMap readMarkers(const QString &user, QString *error = nullptr);

    // The events with these ids, in the given order (missing ones left out), read through
    // `db`: also the writer's connection, inside its transaction (EventEditor).
    // `schemaVersion`: the file's, when it may be older than this Bellboard's (a reader's file).
    static EventList loadFrom(const QSqlDatabase &db, const QList<qint64> &ids, QString *error,
                              int schemaVersion = schema::latestVersion());

private:
    bool ensureOpen(QString *error);
    EventList load(const QList<qint64> &ids, QString *error);

    QString m_location;
    std::unique_ptr<ReadBackend> m_backend; // opened and used on the reader's thread
};

} // namespace bb
