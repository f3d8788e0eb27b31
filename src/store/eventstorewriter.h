#pragma once

#include "eventstore.h"

#include <QPointer>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace bb {

class StoreBackend;

// The writer thread and its queue. Everything that touches the write connection (the
// StoreBackend: SQLite or PostgreSQL) runs on that thread; other threads only enqueue, wait,
// or read the channel snapshot.
class EventStore::Writer
{
public:
    explicit Writer(EventStore *owner);
    ~Writer();

    bool start(const QString &location, Durability durability, const QStringList &configuredChannels, QString *error);
    void stop();
    bool isRunning() const;
    QString path() const { return m_path; }

    QFuture<AppendResult> enqueue(const EventList &events);
    void enqueue(const EventList &events, QObject *context, AppendCallback done);
    void flush();
    void setRetention(const RetentionPolicy &policy);

    QStringList channels() const;
    bool hasChannel(const QString &name) const;
    bool isLeader() const { return m_leads; }

    // Work other than appends (the mirror's upserts and removals, reading a cursor): runs on
    // the writer thread between batches, in order, and counts for flush().
    using Job = std::function<void(Writer &)>;
    bool enqueueJob(Job job); // false when the store is not open
    // For jobs, on the writer thread only.
    StoreBackend &backend()
    {
        Q_ASSERT(onWriterThread());
        return *m_backend;
    }
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);
    void rememberChannels(const EventList &events);
    EventStore *owner() const { return m_owner; }

private:
    bool onWriterThread() const { return std::this_thread::get_id() == m_writerThreadId; }

    // Who waits for a request: a promise (future callers) or a callback on a context's thread.
    struct Request
    {
        EventList events;
        std::optional<QPromise<AppendResult>> promise;
        QPointer<QObject> context;
        AppendCallback callback;
        quint64 ticket = 0;
    };

    void run(const QString &location, Durability durability, const QStringList &configuredChannels,
             std::promise<QString> *opened);
    std::optional<AppendResult> submit(Request &request);
    static void deliver(Request &request, AppendResult result);
    static void deliver(std::vector<std::pair<Request *, AppendResult>> &results);
    std::vector<Request> takeBatch();
    void commitBatch(std::vector<Request> &batch);
    bool commitTransaction(EventList *events, QString *error);
    bool runRetentionChunk();
    void runJobs(std::deque<std::pair<Job, quint64>> &jobs);

    EventStore *const m_owner;
    QString m_path;
    std::thread m_thread;
    std::thread::id m_writerThreadId; // set by the thread itself: m_thread is assigned after it starts

    // Guarded by m_mutex.
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;     // the writer: work arrived, or stop
    std::condition_variable m_progress; // flush(): a batch was finished
    std::deque<Request> m_queue;
    std::deque<std::pair<Job, quint64>> m_jobs; // with their tickets
    quint64 m_lastTicket = 0;
    quint64 m_doneTicket = 0;
    bool m_running = false;
    bool m_stopping = false;
    RetentionPolicy m_retention;
    quint64 m_retentionGeneration = 0; // bumped whenever retention must run again
    quint64 m_retentionDoneGeneration = 0;

    std::atomic<bool> m_leads{ false }; // set by the backend's leadership (StoreBackend::campaign)

    mutable std::mutex m_channelsMutex;
    QStringList m_channels; // sorted

    // Writer thread only.
    std::unique_ptr<StoreBackend> m_backend;
};

} // namespace bb
