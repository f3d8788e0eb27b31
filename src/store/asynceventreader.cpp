#include "asynceventreader.h"

#include <QMetaObject>

namespace bb {

// Owns the EventReader on the reader thread; the SQLite connection is opened, used and
// closed there only.
class AsyncEventReader::Worker : public QObject
{
public:
    explicit Worker(const QString &databasePath)
        : m_reader(databasePath) {}
    EventReader &reader() { return m_reader; }

private:
    EventReader m_reader;
};

AsyncEventReader::AsyncEventReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<bb::EventPage>();
    qRegisterMetaType<bb::ChannelCounts>();
    qRegisterMetaType<bb::EventTally>();
    qRegisterMetaType<bb::UserSummary>();
    m_thread.setObjectName(QStringLiteral("event reader"));
    m_worker = new Worker(databasePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AsyncEventReader::~AsyncEventReader()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 AsyncEventReader::requestChannelPage(const QString &channel, qint64 beforeId, int limit)
{
    SearchQuery query;
    query.channels << channel;
    return requestSearch(query, beforeId, limit);
}

quint64 AsyncEventReader::requestSearch(const SearchQuery &query, qint64 beforeId, int limit)
{
    const quint64 id = nextId();
    // `this` outlives every call running on the worker (the destructor joins the thread
    // first); answers still posted back when `this` is destroyed are dropped with it.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [this, worker, id, query, beforeId, limit] {
                const EventPage page = worker->reader().search(query, beforeId, limit);
                QMetaObject::invokeMethod(
                        this, [this, id, page] { emit pageReady(id, page); },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return id;
}

quint64 AsyncEventReader::requestChannelCounts()
{
    const quint64 id = nextId();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [this, worker, id] {
                const ChannelCounts counts = worker->reader().countsByChannel();
                QMetaObject::invokeMethod(
                        this, [this, id, counts] { emit channelCountsReady(id, counts); },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return id;
}

quint64 AsyncEventReader::requestTally(const SearchQuery &query, bool sumAmounts)
{
    const quint64 id = nextId();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [this, worker, id, query, sumAmounts] {
                const EventTally tally = worker->reader().tally(query, sumAmounts);
                QMetaObject::invokeMethod(
                        this, [this, id, tally] { emit tallyReady(id, tally); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return id;
}

quint64 AsyncEventReader::requestUserSummary(const QString &user)
{
    const quint64 id = nextId();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [this, worker, id, user] {
                const UserSummary summary = worker->reader().userSummary(user);
                QMetaObject::invokeMethod(
                        this, [this, id, summary] { emit userSummaryReady(id, summary); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return id;
}

} // namespace bb
