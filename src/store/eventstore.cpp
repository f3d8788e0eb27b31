#include "eventstore.h"

#include "eventeditor.h"
#include "eventstorewriter.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QPromise>
#include <QThread>

namespace bb {

EventStore::EventStore(QObject *parent)
    : QObject(parent)
    , m_writer(std::make_unique<Writer>(this))
{
    qRegisterMetaType<bb::Event>("bb::Event");
    qRegisterMetaType<bb::EventList>("bb::EventList");
    qRegisterMetaType<bb::StoreStatus>();
}

EventStore::~EventStore()
{
    m_writer->stop(); // drains the queue first
}

void EventStore::setDurability(Durability durability)
{
    m_durability = durability;
}

void EventStore::setConfiguredChannels(const QStringList &names)
{
    m_configuredChannels = names;
}

bool EventStore::open(const QString &databasePath, QString *error)
{
    QString failure;
    if (m_writer->start(databasePath, m_durability, m_configuredChannels, &failure))
        return true;
    if (error)
        *error = failure;
    return false;
}

QString EventStore::databasePath() const
{
    return m_writer->path();
}

void EventStore::setRetention(const RetentionPolicy &policy)
{
    m_writer->setRetention(policy);
}

QFuture<AppendResult> EventStore::append(const EventList &events)
{
    return m_writer->enqueue(events);
}

void EventStore::append(const EventList &events, QObject *context, AppendCallback done)
{
    Q_ASSERT(context && done);
    m_writer->enqueue(events, context, std::move(done));
}

bool EventStore::isLeader() const
{
    return m_writer->isLeader();
}

QStringList EventStore::channels() const
{
    return m_writer->channels();
}

bool EventStore::hasChannel(const QString &name) const
{
    return m_writer->hasChannel(name);
}

void EventStore::flush()
{
    m_writer->flush();
}

void EventStore::deliverCallbacksBeforeThreadEnds()
{
    Q_ASSERT(QThread::currentThread() != thread());
    flush(); // every answer queued so far is now posted to its relay
    QCoreApplication::sendPostedEvents();
}

namespace {

QString notOpen()
{
    return QCoreApplication::translate("bb::EventStore", "The event store is not open.");
}

// The two ways a caller hears back (see the class comment), as the function the writer thread
// calls with the result. A callback goes through a relay made here, on the caller's thread:
// the relay gets the answer on that thread and checks the context there, and only the relay
// deletes itself, so the writer thread never touches an object another thread may be
// destroying. (append() checks its contexts on the writer thread instead, to post one call
// per context per commit; its contexts live as long as the listener.)
template<typename T>
std::function<void(const T &)> postedTo(QObject *context, std::function<void(const T &)> done)
{
    Q_ASSERT(context && done && context->thread() == QThread::currentThread());
    auto *relay = new QObject;
    return [relay, context = QPointer<QObject>(context), done = std::move(done)](const T &value) {
        QMetaObject::invokeMethod(
                relay,
                [relay, context, done, value] {
                    if (context)
                        done(value);
                    relay->deleteLater();
                },
                Qt::QueuedConnection);
    };
}

template<typename T>
QFuture<T> waitable(const std::function<void(const std::function<void(const T &)> &)> &call)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    call([promise](const T &value) {
        promise->addResult(value);
        promise->finish();
    });
    return future;
}

} // namespace

void EventStore::edit(Edit work, const ExternalCallback &finish)
{
    const bool queued = m_writer->enqueueJob([work = std::move(work), finish](Writer &writer) {
        ExternalResult result;
        result.ok = writer.inTransaction([&](QString *why) { return work(writer, &result, why); }, &result.error);
        if (!result.ok) {
            result.unavailable = writer.backend().isUnavailable();
            result.added.clear();
            result.changed.clear();
            result.removed.clear();
        }
        writer.rememberChannels(result.added);
        finish(result); // before the announcements, as for appends
        EventStore *store = writer.owner();
        if (!result.added.isEmpty())
            emit store->eventsCommitted(result.added);
        if (!result.changed.isEmpty())
            emit store->eventsChanged(result.changed);
        if (!result.removed.isEmpty())
            emit store->eventsRemoved(result.removed);
    });
    if (!queued) {
        ExternalResult result;
        result.error = notOpen();
        finish(result);
    }
}

namespace {

auto applying(const ExternalBatch &batch)
{
    return [batch](auto &writer, ExternalResult *result, QString *why) {
        return writer.backend().applyExternal(batch, result, why);
    };
}

} // namespace

void EventStore::applyExternal(const ExternalBatch &batch, QObject *context, ExternalCallback done)
{
    edit(applying(batch), postedTo(context, std::move(done)));
}

QFuture<ExternalResult> EventStore::applyExternal(const ExternalBatch &batch)
{
    return waitable<ExternalResult>([&](const ExternalCallback &finish) { edit(applying(batch), finish); });
}

namespace {

// The stored event `id` into *stored, or false with a clear *why when it is not stored.
bool findStored(StoreBackend &backend, qint64 id, Event *stored, QString *why)
{
    if (!backend.findEvent(id, stored, why))
        return false;
    if (stored->id != 0)
        return true;
    *why = QCoreApplication::translate("bb::EventStore", "Event %1 is not stored (it was deleted, or never stored).").arg(id);
    return false;
}

// Edits for edit(), generic so that they need not name the private Writer.
auto replacing(qint64 id, const Event &content)
{
    return [id, content](auto &writer, ExternalResult *result, QString *why) {
        Event stored;
        return findStored(writer.backend(), id, &stored, why)
            && writer.backend().updateEvent(EventEditor::withContent(stored, content), &result->changed, why);
    };
}

auto removing(qint64 id)
{
    return [id](auto &writer, ExternalResult *result, QString *why) {
        Event stored;
        return findStored(writer.backend(), id, &stored, why)
            && writer.backend().removeEvent(stored, &result->removed, why);
    };
}

} // namespace

void EventStore::replaceEventContent(qint64 id, const Event &content, QObject *context, ExternalCallback done)
{
    edit(replacing(id, content), postedTo(context, std::move(done)));
}

QFuture<ExternalResult> EventStore::replaceEventContent(qint64 id, const Event &content)
{
    return waitable<ExternalResult>(
            [&](const ExternalCallback &finish) { edit(replacing(id, content), finish); });
}

void EventStore::removeEvent(qint64 id, QObject *context, ExternalCallback done)
{
    edit(removing(id), postedTo(context, std::move(done)));
}

QFuture<ExternalResult> EventStore::removeEvent(qint64 id)
{
    return waitable<ExternalResult>([&](const ExternalCallback &finish) { edit(removing(id), finish); });
}

// One transaction on the writer thread: the only writer, so "is it acknowledged yet?" and the
// insert cannot race; the backend keeps the first acknowledgement even so (both engines).
void EventStore::recordAcknowledgement(qint64 id, const QString &user, qint64 atMs, const AckCallback &finish)
{
    auto answer = std::make_shared<AckResult>();
    edit([id, user, atMs, answer](Writer &writer, ExternalResult *result, QString *why) {
               StoreBackend &backend = writer.backend();
               Event stored;
               if (!backend.findEvent(id, &stored, why))
                   return false;
               if (stored.id == 0) {
                   answer->outcome = AckResult::Outcome::NotFound;
                   *why = QCoreApplication::translate("bb::EventStore", "Event %1 is not stored (it was deleted, or never stored).")
                                  .arg(id);
                   return false;
               }
               if (stored.acknowledgement.isValid()) {
                   answer->outcome = AckResult::Outcome::AlreadyAcknowledged;
                   answer->event = stored;
                   return true;
               }
               Acknowledgement winner;
               if (!backend.acknowledge(id, Acknowledgement{ user, atMs }, &winner, why))
                   return false;
               stored.acknowledgement = winner;
               answer->outcome = AckResult::Outcome::Acknowledged;
               answer->event = stored;
               result->changed << stored;
               return true; },
         [answer, finish](const ExternalResult &result) {
             AckResult done = *answer;
             if (!result.ok) {
                 if (done.outcome != AckResult::Outcome::NotFound)
                     done.outcome = AckResult::Outcome::Failed;
                 done.unavailable = result.unavailable;
                 done.error = result.error;
                 done.event = Event();
             }
             finish(done);
         });
}

void EventStore::acknowledge(qint64 id, const QString &user, qint64 atMs, QObject *context, AckCallback done)
{
    recordAcknowledgement(id, user, atMs, postedTo(context, std::move(done)));
}

QFuture<AckResult> EventStore::acknowledge(qint64 id, const QString &user, qint64 atMs)
{
    return waitable<AckResult>(
            [&](const AckCallback &finish) { recordAcknowledgement(id, user, atMs, finish); });
}

void EventStore::saveReadMarkers(const QString &user, const ReadMarkerMap &markers, const ReadMarkersCallback &finish)
{
    const bool queued = m_writer->enqueueJob([user, markers, finish](Writer &writer) {
        ReadMarkerMap stored;
        QString error;
        const bool ok = writer.inTransaction(
                [&](QString *why) {
                    StoreBackend &backend = writer.backend();
                    // Forward only: a marker never moves back, whichever console saves last.
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
                        qint64 current = 0;
                        if (!backend.markRead(user, it.key(), it.value(), now, &current, why))
                            return false;
                    }
                    QList<QPair<QString, qint64>> rows;
                    if (!backend.readMarkers(user, &rows, why))
                        return false;
                    for (const auto &row : rows)
                        stored.insert(row.first, row.second);
                    return true;
                },
                &error);
        if (!ok)
            qWarning("bellboard: saving read markers failed: %s", qPrintable(error));
        finish(ok ? stored : ReadMarkerMap());
    });
    if (!queued)
        finish(ReadMarkerMap());
}

void EventStore::setReadMarkers(const QString &user, const ReadMarkerMap &markers, QObject *context,
                                ReadMarkersCallback done)
{
    saveReadMarkers(user, markers, postedTo(context, std::move(done)));
}

QFuture<ReadMarkerMap> EventStore::setReadMarkers(const QString &user, const ReadMarkerMap &markers)
{
    return waitable<ReadMarkerMap>([&](const ReadMarkersCallback &finish) { saveReadMarkers(user, markers, finish); });
}

void EventStore::readCursor(const QString &name, const CursorCallback &finish)
{
    const bool queued = m_writer->enqueueJob([name, finish](Writer &writer) {
        QString value;
        QString error;
        if (!writer.backend().readCursor(name, &value, &error))
            qWarning("bellboard: %s", qPrintable(error));
        finish(value);
    });
    if (!queued)
        finish(QString());
}

void EventStore::syncCursor(const QString &name, QObject *context, CursorCallback done)
{
    readCursor(name, postedTo(context, std::move(done)));
}

QFuture<QString> EventStore::syncCursor(const QString &name)
{
    return waitable<QString>([&](const CursorCallback &finish) { readCursor(name, finish); });
}

} // namespace bb
