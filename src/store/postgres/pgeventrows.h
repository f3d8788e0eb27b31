#pragma once

#include "core/event.h"

#include <QList>
#include <QString>

namespace bb {

class PgConnection;
class PgResult;

// Reading stored events back, for the backend, the reader and the listener alike.
// The columns pgEventFromRow reads, from "events e LEFT JOIN acknowledgements a".
QString pgEventColumns();
Event pgEventFromRow(const PgResult &rows, int row);
// The events with these ids, in the given order (missing ones left out).
EventList pgLoadEvents(PgConnection &connection, const QList<qint64> &ids, QString *error);

} // namespace bb
