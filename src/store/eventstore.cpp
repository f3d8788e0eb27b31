#include "eventstore.h"

#include "eventeditor.h"
#include "eventstorewriter.h"
#include "storebackend.h"

#include <QCoreApplication>

namespace bb {

EventStore::EventStore(QObject *parent)
    : QObject(parent)
    , m_writer(std::make_unique<Writer>(this))
{
    qRegisterMetaType<bb::Event>("bb::Event");
    qRegisterMetaType<bb::EventList>("bb::EventList");
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
    m_writer->enqueue(events, context, std::move(done));
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

namespace {

template<typename T>
QFuture<T> refused(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

QString notOpen()
{
    return QCoreApplication::translate("bb::EventStore", "The event store is not open.");
}

} // namespace

QFuture<ExternalResult> EventStore::edit(Edit work)
{
    auto promise = std::make_shared<QPromise<ExternalResult>>();
    promise->start();
    QFuture<ExternalResult> future = promise->future();
    const bool queued = m_writer->enqueueJob([work = std::move(work), promise](Writer &writer) {
        ExternalResult result;
        result.ok = writer.inTransaction([&](QString *why) { return work(writer, &result, why); }, &result.error);
        if (!result.ok) {
            result.added.clear();
            result.changed.clear();
            result.removed.clear();
        }
        writer.rememberChannels(result.added);
        promise->addResult(result);
        promise->finish();
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
        return refused(result);
    }
    return future;
}

QFuture<ExternalResult> EventStore::applyExternal(const ExternalBatch &batch)
{
    return edit([batch](Writer &writer, ExternalResult *result, QString *why) {
        return writer.backend().applyExternal(batch, result, why);
    });
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

} // namespace

QFuture<ExternalResult> EventStore::replaceEventContent(qint64 id, const Event &content)
{
    return edit([id, content](Writer &writer, ExternalResult *result, QString *why) {
        Event stored;
        return findStored(writer.backend(), id, &stored, why)
            && writer.backend().updateEvent(EventEditor::withContent(stored, content), &result->changed, why);
    });
}

QFuture<ExternalResult> EventStore::removeEvent(qint64 id)
{
    return edit([id](Writer &writer, ExternalResult *result, QString *why) {
        Event stored;
        return findStored(writer.backend(), id, &stored, why)
            && writer.backend().removeEvent(stored, &result->removed, why);
    });
}

QFuture<QString> EventStore::syncCursor(const QString &name)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    const bool queued = m_writer->enqueueJob([name, promise](Writer &writer) {
        QString value;
        QString error;
        if (!writer.backend().readCursor(name, &value, &error))
            qWarning("bellboard: %s", qPrintable(error));
        promise->addResult(value);
        promise->finish();
    });
    return queued ? future : refused(QString());
}

} // namespace bb
