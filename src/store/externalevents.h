#pragma once

#include "core/event.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace bb {

class EventInserter;

// A change to the stored copy of a message that lives elsewhere (a mirrored Slack channel),
// found by (source, externalId): "slack:C0123" and the message's ts.
struct ExternalChange
{
    enum class Kind {
        Upsert,
        Remove
    };
    Kind kind = Kind::Upsert;
    QString source;
    QString externalId;
    Event event; // Upsert: the message as it is now (its id is ignored)
};

// Changes committed together, with the producer's read positions they bring it to. A cursor
// only moves forward (values compare as text: Slack's fixed-width ts).
struct ExternalBatch
{
    QList<ExternalChange> changes;
    QList<QPair<QString, QString>> cursors; // name → value
};

// Also what an edit of a local event by id (EventStore::replaceEventContent, removeEvent) did.
struct ExternalResult
{
    bool ok = false;
    bool unavailable = false; // not ok because the database is down or restarting: try again later
    QString error;
    EventList added;   // stored for the first time, with ids
    EventList changed; // stored before and now different (same ids)
    EventList removed; // id, channel and senderTs of each removed event
};

// Applies an ExternalBatch inside the caller's transaction: an upsert of a known message
// updates its row only when something differs (so a message arriving twice, or the echo of
// our own post, announces nothing), an unknown one is inserted through EventInserter, and a
// remove deletes the row (both through EventEditor, which edits local events by id too).
class ExternalEventWriter
{
public:
    ExternalEventWriter(const QSqlDatabase &db, EventInserter &inserter);

    bool apply(const ExternalBatch &batch, ExternalResult *result, QString *error);

    // The cursor's value, empty when none was stored.
    static bool readCursor(const QSqlDatabase &db, const QString &name, QString *value, QString *error);

private:
    struct Stored
    {
        qint64 id = 0;
        QString channel;
        qint64 receivedAtMs = 0;
    };
    bool lookup(const QString &source, const QString &externalId, Stored *stored, QString *error);
    bool update(const Stored &stored, Event event, ExternalResult *result, QString *error);
    bool remove(const Stored &stored, const QString &senderTs, ExternalResult *result, QString *error);
    bool saveCursors(const QList<QPair<QString, QString>> &cursors, QString *error);

    QSqlDatabase m_db;
    EventInserter &m_inserter;
};

} // namespace bb

Q_DECLARE_METATYPE(bb::ExternalResult)
