#pragma once

#include "core/event.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace bb {

// Writes events into the events table inside the caller's transaction and assigns their
// ids. The triggers index text and users and create unknown channels, so every writer
// (this process or the CLI) keeps the database consistent the same way.
class EventInserter
{
public:
    explicit EventInserter(const QSqlDatabase &db);

    // Inserts every event of `events` and sets each one's id. Stops at the first failure.
    bool insert(EventList *events, QString *error);

private:
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace bb
