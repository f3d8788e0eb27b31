#pragma once

#include "core/event.h"

#include <QSqlDatabase>
#include <QString>

namespace bb {

// Changes stored events in place inside the caller's transaction; the triggers keep the
// full-text index, the users and the channel counts in step. The Slack mirror (which finds
// its rows by source and external id) and response_url answers (which know the event id)
// both edit through this class.
class EventEditor
{
public:
    explicit EventEditor(const QSqlDatabase &db);

    // The stored event `id`, or an event with a null id when there is none.
    bool find(qint64 id, Event *event, QString *error);

    // `event` replaces what row event.id says: everything but its id, channel and arrival
    // time, which the caller copies from the stored row. Nothing happens (and nothing is
    // announced) when the row says that already; otherwise `event` is appended to *changed.
    bool update(const Event &event, EventList *changed, QString *error);

    // Deletes row gone.id and appends `gone` (at least id and channel) to *removed.
    bool remove(const Event &gone, EventList *removed, QString *error);

    // What a message says, as Slack's replace_original replaces it: title, text, users,
    // mrkdwn, blocks and attachments of `content` over `stored`; who sent it, where and
    // when stay.
    static Event withContent(Event stored, const Event &content);

private:
    QSqlDatabase m_db;
};

} // namespace bb
