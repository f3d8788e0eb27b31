#pragma once

#include "core/searchquery.h"
#include "eventreader.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThread>
#include <functional>

namespace bb {

using ChannelCounts = QList<QPair<QString, qint64>>;

// The window's only way to read the store. An EventReader lives on a thread of its own and
// answers requests one after another; a request returns at once and its answer comes back
// later to the caller's callback, on the thread that owns this object, so the caller never
// waits on SQLite. The callback is dropped if its `context` is destroyed first: a caller that
// gives each request a context of its own cancels the request by deleting it (deleting it
// from inside the callback is safe). Answers still queued when this object is destroyed are
// dropped. `context` lives on this object's thread.
class AsyncEventReader : public QObject
{
    Q_OBJECT
public:
    explicit AsyncEventReader(const QString &databasePath, QObject *parent = nullptr);
    ~AsyncEventReader() override; // waits for the request being answered, drops the rest

    using PageCallback = std::function<void(const EventPage &page)>;
    using CountsCallback = std::function<void(const ChannelCounts &counts)>;

    // Newest first: events of one channel with id < beforeId (0: from the newest).
    void readChannelPage(const QString &channel, qint64 beforeId, int limit, QObject *context, PageCallback done);
    // Newest first: events matching `query` with id < beforeId (0: from the newest).
    void search(const SearchQuery &query, qint64 beforeId, int limit, QObject *context, PageCallback done);
    // Every known channel with its total event count (from the store's counters, no scan).
    void readChannelCounts(QObject *context, CountsCallback done);
    using TallyCallback = std::function<void(const EventTally &tally)>;
    using SummaryCallback = std::function<void(const UserSummary &summary)>;
    // How many stored events match `query`, with their amounts by currency when `sumAmounts`.
    void tally(const SearchQuery &query, bool sumAmounts, QObject *context, TallyCallback done);
    // The head of a user's story: first and last seen, events per channel, latest payment.
    void userSummary(const QString &user, QObject *context, SummaryCallback done);
    using MarkersCallback = std::function<void(const ReadMarkerMap &markers)>;
    // `user`'s read markers as the store keeps them (empty when none or unreadable).
    void readMarkers(const QString &user, QObject *context, MarkersCallback done);

signals:
    // A tally was read from the store (its answer is on its way to the caller): the wall's
    // tests count these to show that live numbers do not re-query.
    void tallyRead();

private:
    class Worker;
    // Runs `read` on the reader thread and hands its answer to `done` here, if `context` lives.
    template<typename Answer>
    void request(std::function<Answer(EventReader &)> read, QObject *context, std::function<void(const Answer &)> done);

    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there when it finishes
};

} // namespace bb

Q_DECLARE_METATYPE(bb::EventPage)
Q_DECLARE_METATYPE(bb::EventTally)
Q_DECLARE_METATYPE(bb::UserSummary)
