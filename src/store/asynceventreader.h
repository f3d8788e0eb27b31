#pragma once

#include "core/searchquery.h"
#include "eventreader.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThread>
#include <atomic>

namespace bb {

using ChannelCounts = QList<QPair<QString, qint64>>;

// The window's only way to read the store. An EventReader lives on a thread of its own and
// answers page requests one after another; a request returns its id at once and the answer
// arrives later as a signal on the thread that owns this object, so the caller never waits
// on SQLite. Answers to requests still queued when this object is destroyed are dropped.
class AsyncEventReader : public QObject
{
    Q_OBJECT
public:
    explicit AsyncEventReader(const QString &databasePath, QObject *parent = nullptr);
    ~AsyncEventReader() override; // waits for the request being answered, drops the rest

    // Newest first: events of one channel with id < beforeId (0: from the newest).
    quint64 requestChannelPage(const QString &channel, qint64 beforeId = 0, int limit = 200);
    // Newest first: events matching `query` with id < beforeId (0: from the newest).
    quint64 requestSearch(const SearchQuery &query, qint64 beforeId = 0, int limit = 50);
    // Every known channel with its total event count (from the store's counters, no scan).
    quint64 requestChannelCounts();
    // How many stored events match `query`, with their amounts by currency when `sumAmounts`.
    quint64 requestTally(const SearchQuery &query, bool sumAmounts);
    // The head of a user's story: first and last seen, events per channel, latest payment.
    quint64 requestUserSummary(const QString &user);

signals:
    void pageReady(quint64 requestId, const bb::EventPage &page);
    void channelCountsReady(quint64 requestId, const bb::ChannelCounts &counts);
    void tallyReady(quint64 requestId, const bb::EventTally &tally);
    void userSummaryReady(quint64 requestId, const bb::UserSummary &summary);

private:
    class Worker;
    quint64 nextId() { return ++m_lastId; }

    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there when it finishes
    std::atomic<quint64> m_lastId{ 0 };
};

} // namespace bb

Q_DECLARE_METATYPE(bb::EventPage)
Q_DECLARE_METATYPE(bb::EventTally)
Q_DECLARE_METATYPE(bb::UserSummary)
