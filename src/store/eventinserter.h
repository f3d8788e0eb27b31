#pragma once

#include "core/event.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace bb {

// Writes events into the events table inside the caller's transaction and assigns their
// ids. It creates unknown channels and adds the batch to their event counts; the triggers
// index text and users. Every writer (this process or the CLI) goes through this class.
class EventInserter
{
public:
    explicit EventInserter(const QSqlDatabase &db);
    ~EventInserter();
    EventInserter(const EventInserter &) = delete;
    EventInserter &operator=(const EventInserter &) = delete;

    // Inserts every event of `events` and sets each one's id. Stops at the first failure.
    bool insert(EventList *events, QString *error);
    // Inserts events under the ids they already have (copies of another store's events);
    // an id that is taken fails the whole call.
    bool insertKeepingIds(const EventList &events, QString *error);

    // Two derived columns, for writers that update a row in place (ExternalEventWriter).
    static QVariant attachmentTextOf(const Event &event);
    static QVariant usersJsonOf(const Event &event);

private:
    enum class Ids {
        Assign,
        Keep
    };
    bool prepare(QString *error);
    bool insertAll(EventList *events, Ids ids, QString *error);
    bool insertChunk(EventList *events, qsizetype offset, int rows, Ids ids, QString *error);
    bool countIntoChannels(const EventList &events, QString *error);

    sqlite3 *m_db = nullptr;          // QtSql's own handle for this connection, not owned
    sqlite3_stmt *m_insert = nullptr; // owned: finalized by the destructor
    QSqlQuery m_count;
    bool m_prepared = false;
};

} // namespace bb
