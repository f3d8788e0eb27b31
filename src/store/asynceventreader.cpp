#include "asynceventreader.h"

#include <QMetaObject>
#include <QPointer>

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

template<typename Answer>
void AsyncEventReader::request(std::function<Answer(EventReader &)> read, QObject *context,
                               std::function<void(const Answer &)> done)
{
    Q_ASSERT(context && context->thread() == thread() && done);
    // `this` outlives every call running on the worker (the destructor joins the thread
    // first); answers still posted back when `this` is destroyed are dropped with it. The
    // answer is handed over here, on this object's thread, where `context` may be checked.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker,
            [this, worker, read = std::move(read), context = QPointer<QObject>(context), done = std::move(done)] {
                Q_ASSERT(QThread::currentThread() == &m_thread);
                const Answer answer = read(worker->reader());
                QMetaObject::invokeMethod(
                        this, [context, done, answer] {
                            if (context)
                                done(answer);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

void AsyncEventReader::readChannelPage(const QString &channel, qint64 beforeId, int limit, QObject *context,
                                       PageCallback done)
{
    SearchQuery query;
    query.channels << channel;
    search(query, beforeId, limit, context, std::move(done));
}

void AsyncEventReader::search(const SearchQuery &query, qint64 beforeId, int limit, QObject *context,
                              PageCallback done)
{
    request<EventPage>([query, beforeId, limit](EventReader &reader) { return reader.search(query, beforeId, limit); },
                       context, std::move(done));
}

void AsyncEventReader::readChannelCounts(QObject *context, CountsCallback done)
{
    request<ChannelCounts>([](EventReader &reader) { return reader.countsByChannel(); }, context, std::move(done));
}

void AsyncEventReader::tally(const SearchQuery &query, bool sumAmounts, QObject *context, TallyCallback done)
{
    request<EventTally>([query, sumAmounts](EventReader &reader) { return reader.tally(query, sumAmounts); }, context,
                        [this, done = std::move(done)](const EventTally &tally) {
                            emit tallyRead();
                            done(tally);
                        });
}

void AsyncEventReader::userSummary(const QString &user, QObject *context, SummaryCallback done)
{
    request<UserSummary>([user](EventReader &reader) { return reader.userSummary(user); }, context, std::move(done));
}

void AsyncEventReader::readMarkers(const QString &user, QObject *context, MarkersCallback done)
{
    request<ReadMarkerMap>([user](EventReader &reader) { return reader.readMarkers(user); }, context, std::move(done));
}

} // namespace bb
