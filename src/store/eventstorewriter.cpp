#include "eventstorewriter.h"

#include "retention.h"
#include "storebackend.h"
#include "core/channelname.h"

#include <QDateTime>

#include <algorithm>
#ifdef Q_OS_LINUX
#include <pthread.h>
#endif
#include <chrono>

namespace bb {

namespace {

// A batch is closed at this many events: bigger transactions gain little and delay the
// acknowledgement of everything inside them.
constexpr int kMaxEventsPerBatch = 5000;
constexpr auto kRetentionInterval = std::chrono::minutes(1);

} // namespace

EventStore::Writer::Writer(EventStore *owner)
    : m_owner(owner)
{
}

EventStore::Writer::~Writer()
{
    stop();
}

bool EventStore::Writer::start(const QString &path, Durability durability, const QStringList &configuredChannels,
                               QString *error)
{
    if (isRunning()) {
        *error = tr("The event store is already open (%1).").arg(m_path);
        return false;
    }
    if (m_thread.joinable())
        m_thread.join();
    std::promise<QString> opened;
    std::future<QString> openResult = opened.get_future();
    m_path = path;
    m_stopping = false;
    m_thread = std::thread([this, path, durability, configuredChannels, &opened] {
        run(path, durability, configuredChannels, &opened);
    });
    const QString failure = openResult.get();
    if (!failure.isEmpty()) {
        m_thread.join();
        *error = failure;
        return false;
    }
    return true;
}

void EventStore::Writer::run(const QString &location, Durability durability, const QStringList &configuredChannels,
                             std::promise<QString> *opened)
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), "store-writer"); // for top -H, perf and the benchmarks
#endif
    m_writerThreadId = std::this_thread::get_id();
    QString error;
    QStringList channels;
    m_backend = makeStoreBackend(location);
    if (!m_backend) {
        opened->set_value(noEngineError(location));
        return;
    }
    if (!m_backend->open(location, durability, configuredChannels, &channels, &error)) {
        m_backend.reset();
        opened->set_value(error.isEmpty() ? QStringLiteral("cannot open %1").arg(location) : error);
        return;
    }
    {
        std::lock_guard lock(m_channelsMutex);
        m_channels = channels;
    }
    // Another writer's events reach this process's stream and window as if committed here.
    StoreBackend::OtherWriters others;
    others.committed = [this](const EventList &events) {
        rememberChannels(events);
        emit m_owner->eventsCommitted(events);
    };
    others.changed = [this](const EventList &events) { emit m_owner->eventsChanged(events); };
    others.removed = [this](const EventList &events) { emit m_owner->eventsRemoved(events); };
    others.status = [this](const StoreStatus &status) { emit m_owner->statusChanged(status); };
    others.readMarkersMoved = [this](const ReadMarkerMap &markers) { emit m_owner->readMarkersMoved(markers); };
    others.personMarkersMoved = [this](const QString &person, const ReadMarkerMap &markers) {
        emit m_owner->personReadMarkersMoved(person, markers);
    };
    m_backend->followOtherWriters(std::move(others));
    m_backend->campaign([this](bool leads) {
        m_leads = leads;
        if (leads) {
            std::lock_guard lock(m_mutex);
            ++m_retentionGeneration; // a new leader catches up on what its predecessor left
        }
        m_wake.notify_one();
        emit m_owner->leadershipChanged(leads);
    });
    {
        std::lock_guard lock(m_mutex);
        m_running = true;
        ++m_retentionGeneration; // once at open
    }
    opened->set_value(QString());

    auto nextRetention = std::chrono::steady_clock::now() + kRetentionInterval;
    for (;;) {
        std::vector<Request> batch;
        std::deque<std::pair<Job, quint64>> jobs;
        quint64 retentionGeneration = 0;
        {
            std::unique_lock lock(m_mutex);
            auto hasWork = [this] {
                return !m_queue.empty() || !m_jobs.empty() || m_stopping
                    || m_retentionGeneration != m_retentionDoneGeneration;
            };
            m_wake.wait_until(lock, nextRetention, hasWork);
            // Checked on the clock, not on the wait timing out: under load that never lets the
            // queue run dry the wait never times out, and retention would never run.
            if (std::chrono::steady_clock::now() >= nextRetention) {
                ++m_retentionGeneration;
                nextRetention = std::chrono::steady_clock::now() + kRetentionInterval;
            }
            if (m_queue.empty() && m_jobs.empty() && m_stopping)
                break;
            batch = takeBatch();
            jobs.swap(m_jobs);
            // Retention yields to appends: at most one chunk between two batches, and none
            // while shutting down.
            if (!m_stopping && m_retentionGeneration != m_retentionDoneGeneration)
                retentionGeneration = m_retentionGeneration;
        }
        if (!batch.empty())
            commitBatch(batch);
        if (!jobs.empty())
            runJobs(jobs);
        if (retentionGeneration != 0 && !runRetentionChunk()) {
            std::lock_guard lock(m_mutex);
            m_retentionDoneGeneration = std::max(m_retentionDoneGeneration, retentionGeneration);
        }
    }

    m_backend.reset();
    std::lock_guard lock(m_mutex);
    m_running = false;
    m_progress.notify_all();
}

void EventStore::Writer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool EventStore::Writer::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

QFuture<AppendResult> EventStore::Writer::enqueue(const EventList &events)
{
    Request request;
    request.events = events;
    request.promise.emplace();
    request.promise->start();
    QFuture<AppendResult> future = request.promise->future();
    if (std::optional<AppendResult> refusal = submit(request))
        deliver(request, std::move(*refusal));
    return future;
}

void EventStore::Writer::enqueue(const EventList &events, QObject *context, AppendCallback done)
{
    Request request;
    request.events = events;
    request.context = context;
    request.callback = std::move(done);
    if (std::optional<AppendResult> refusal = submit(request))
        deliver(request, std::move(*refusal));
}

// Queues the request (moving it) unless it must be refused; a refused request is left intact.
std::optional<AppendResult> EventStore::Writer::submit(Request &request)
{
    for (const Event &event : std::as_const(request.events)) {
        if (event.channel.isEmpty() || normalizeChannelName(event.channel) != event.channel)
            return AppendResult{ false, tr("Invalid channel name \"%1\".").arg(event.channel), {} };
    }
    if (request.events.isEmpty())
        return AppendResult{ true, {}, {} };

    std::unique_lock lock(m_mutex);
    if (!m_running || m_stopping)
        return AppendResult{ false, tr("The event store is not open."), {} };
    request.ticket = ++m_lastTicket;
    m_queue.push_back(std::move(request));
    lock.unlock();
    m_wake.notify_one();
    return std::nullopt;
}

// Hands one result to whoever waits for it: fulfills the promise, or posts the callback to
// its context's thread (callbacks never run on the writer thread).
void EventStore::Writer::deliver(Request &request, AppendResult result)
{
    std::vector<std::pair<Request *, AppendResult>> one;
    one.emplace_back(&request, std::move(result));
    deliver(one);
}

void EventStore::Writer::deliver(std::vector<std::pair<Request *, AppendResult>> &results)
{
    // One posted call per context per transaction: the ingest thread wakes once per commit.
    std::vector<std::pair<QPointer<QObject>, std::vector<std::pair<AppendCallback, AppendResult>>>> byContext;
    for (auto &[request, result] : results) {
        if (request->promise) {
            request->promise->addResult(std::move(result));
            request->promise->finish();
            continue;
        }
        if (!request->context)
            continue;                              // its receiver is gone
        const QObject *context = request->context; // a structured binding is not capturable before C++20 (clang)
        auto group = std::find_if(byContext.begin(), byContext.end(),
                                  [context](const auto &entry) { return entry.first == context; });
        if (group == byContext.end())
            group = byContext.insert(byContext.end(), { request->context, {} });
        group->second.emplace_back(std::move(request->callback), std::move(result));
    }
    for (auto &[context, callbacks] : byContext) {
        QMetaObject::invokeMethod(
                context, [callbacks = std::move(callbacks)] {
                    for (const auto &[callback, result] : callbacks)
                        callback(result);
                },
                Qt::QueuedConnection);
    }
}

void EventStore::Writer::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_lastTicket;
    m_progress.wait(lock, [&] { return m_doneTicket >= target || !m_running; });
}

void EventStore::Writer::setRetention(const RetentionPolicy &policy)
{
    {
        std::lock_guard lock(m_mutex);
        m_retention = policy;
        ++m_retentionGeneration;
    }
    m_wake.notify_one();
}

QStringList EventStore::Writer::channels() const
{
    std::lock_guard lock(m_channelsMutex);
    return m_channels;
}

bool EventStore::Writer::hasChannel(const QString &name) const
{
    std::lock_guard lock(m_channelsMutex);
    return std::binary_search(m_channels.cbegin(), m_channels.cend(), name);
}

// Takes queued requests, oldest first, up to maxEventsPerBatch events (a larger request is
// taken alone: one caller's events always commit together). Called with m_mutex held.
std::vector<EventStore::Writer::Request> EventStore::Writer::takeBatch()
{
    std::vector<Request> batch;
    int events = 0;
    while (!m_queue.empty()) {
        const int size = int(m_queue.front().events.size());
        if (!batch.empty() && events + size > kMaxEventsPerBatch)
            break;
        events += size;
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return batch;
}

void EventStore::Writer::commitBatch(std::vector<Request> &batch)
{
    Q_ASSERT(onWriterThread() && !batch.empty());
    EventList committed;
    for (const Request &request : batch)
        committed += request.events;
    QString error;
    const bool ok = commitTransaction(&committed, &error);
    const bool unavailable = !ok && m_backend->isUnavailable();
    if (!ok && !unavailable && batch.size() > 1 && m_backend->isAtomic()) {
        // One caller's bad events must not fail the others: commit each request alone.
        for (Request &request : batch) {
            std::vector<Request> single;
            single.push_back(std::move(request));
            commitBatch(single);
        }
        return;
    }
    std::vector<std::pair<Request *, AppendResult>> results;
    results.reserve(batch.size());
    qsizetype offset = 0;
    for (Request &request : batch) {
        AppendResult result;
        result.ok = ok;
        result.error = error;
        result.unavailable = unavailable;
        if (ok)
            result.events = committed.mid(offset, request.events.size());
        offset += request.events.size();
        results.emplace_back(&request, std::move(result));
    }
    deliver(results);
    if (ok && !m_backend->hearsOwnCommits())
        emit m_owner->eventsCommitted(committed);
    // Only now: flush() promises "committed and announced".
    {
        std::lock_guard lock(m_mutex);
        m_doneTicket = std::max(m_doneTicket, batch.back().ticket);
    }
    m_progress.notify_all();
}

bool EventStore::Writer::commitTransaction(EventList *events, QString *error)
{
    const bool ok = inTransaction([&](QString *why) { return m_backend->insert(events, why); }, error);
    if (ok)
        rememberChannels(*events);
    return ok;
}

bool EventStore::Writer::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    Q_ASSERT(onWriterThread());
    return m_backend->inTransaction(work, error);
}

void EventStore::Writer::rememberChannels(const EventList &events)
{
    std::lock_guard lock(m_channelsMutex);
    for (const Event &event : events) {
        const auto at = std::lower_bound(m_channels.begin(), m_channels.end(), event.channel);
        if (at == m_channels.end() || *at != event.channel)
            m_channels.insert(at, event.channel);
    }
}

bool EventStore::Writer::enqueueJob(Job job)
{
    std::unique_lock lock(m_mutex);
    if (!m_running || m_stopping)
        return false;
    m_jobs.emplace_back(std::move(job), ++m_lastTicket);
    lock.unlock();
    m_wake.notify_one();
    return true;
}

void EventStore::Writer::runJobs(std::deque<std::pair<Job, quint64>> &jobs)
{
    for (auto &[job, ticket] : jobs)
        job(*this);
    {
        std::lock_guard lock(m_mutex);
        m_doneTicket = std::max(m_doneTicket, jobs.back().second);
    }
    m_progress.notify_all();
}

// Returns true while there is more to delete.
bool EventStore::Writer::runRetentionChunk()
{
    RetentionPolicy policy;
    {
        std::lock_guard lock(m_mutex);
        policy = m_retention;
    }
    if ((policy.maxAgeDays <= 0 && policy.maxEvents <= 0) || !m_leads)
        return false; // nothing to do, or another server's job
    int deleted = 0;
    QString error;
    const bool ok = inTransaction(
            [&](QString *why) {
                deleted = m_backend->deleteRetentionChunk(policy, QDateTime::currentMSecsSinceEpoch(), why);
                return deleted >= 0;
            },
            &error);
    if (!ok) {
        qWarning("bellboard: %s", qPrintable(error));
        return false; // tried again at the next interval
    }
    return deleted >= retention::kChunkSize;
}

} // namespace bb
