#include "eventstore.h"

#include "eventeditor.h"
#include "eventinserter.h"
#include "eventstorewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

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
        return ExternalEventWriter(writer.database(), writer.inserter()).apply(batch, result, why);
    });
}

namespace {

// The stored event `id` into *stored, or false with a clear *why when it is not stored.
bool findStored(EventEditor &editor, qint64 id, Event *stored, QString *why)
{
    if (!editor.find(id, stored, why))
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
        EventEditor editor(writer.database());
        Event stored;
        return findStored(editor, id, &stored, why)
            && editor.update(EventEditor::withContent(stored, content), &result->changed, why);
    });
}

QFuture<ExternalResult> EventStore::removeEvent(qint64 id)
{
    return edit([id](Writer &writer, ExternalResult *result, QString *why) {
        EventEditor editor(writer.database());
        Event stored;
        return findStored(editor, id, &stored, why) && editor.remove(stored, &result->removed, why);
    });
}

// One transaction on the writer thread: the only writer, so "is it acknowledged yet?" and the
// insert cannot race. ON CONFLICT DO NOTHING keeps the first acknowledgement even so.
QFuture<AckResult> EventStore::acknowledge(qint64 id, const QString &user, qint64 atMs)
{
    auto answer = std::make_shared<AckResult>();
    return edit([id, user, atMs, answer](Writer &writer, ExternalResult *result, QString *why) {
               EventEditor editor(writer.database());
               Event stored;
               if (!editor.find(id, &stored, why))
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
               QSqlQuery insert(writer.database());
               insert.prepare(QStringLiteral("INSERT INTO acknowledgements (event_id, by_user, at_ms) VALUES (?, ?, ?)"
                                             " ON CONFLICT (event_id) DO NOTHING"));
               insert.addBindValue(id);
               insert.addBindValue(user);
               insert.addBindValue(atMs);
               if (!insert.exec()) {
                   *why = insert.lastError().text();
                   return false;
               }
               stored.acknowledgement = Acknowledgement{ user, atMs };
               answer->outcome = AckResult::Outcome::Acknowledged;
               answer->event = stored;
               result->changed << stored;
               return true;
           })
            .then([answer](const ExternalResult &result) {
                AckResult done = *answer;
                if (!result.ok) {
                    if (done.outcome != AckResult::Outcome::NotFound)
                        done.outcome = AckResult::Outcome::Failed;
                    done.error = result.error;
                    done.event = Event();
                }
                return done;
            });
}

QFuture<ReadMarkerMap> EventStore::setReadMarkers(const QString &user, const ReadMarkerMap &markers)
{
    auto promise = std::make_shared<QPromise<ReadMarkerMap>>();
    promise->start();
    QFuture<ReadMarkerMap> future = promise->future();
    const bool queued = m_writer->enqueueJob([user, markers, promise](Writer &writer) {
        ReadMarkerMap stored;
        QString error;
        const bool ok = writer.inTransaction(
                [&](QString *why) {
                    QSqlQuery upsert(writer.database());
                    // Forward only: a marker never moves back, whichever console saves last.
                    upsert.prepare(QStringLiteral(
                            "INSERT INTO read_markers (user, channel, last_read_id, updated_at_ms) VALUES (?, ?, ?, ?)"
                            " ON CONFLICT (user, channel) DO UPDATE SET last_read_id = excluded.last_read_id,"
                            " updated_at_ms = excluded.updated_at_ms WHERE excluded.last_read_id > last_read_id"));
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
                        upsert.addBindValue(user);
                        upsert.addBindValue(it.key());
                        upsert.addBindValue(it.value());
                        upsert.addBindValue(now);
                        if (!upsert.exec()) {
                            *why = upsert.lastError().text();
                            return false;
                        }
                    }
                    QSqlQuery rows(writer.database());
                    rows.prepare(QStringLiteral("SELECT channel, last_read_id FROM read_markers WHERE user = ?"));
                    rows.addBindValue(user);
                    if (!rows.exec()) {
                        *why = rows.lastError().text();
                        return false;
                    }
                    while (rows.next())
                        stored.insert(rows.value(0).toString(), rows.value(1).toLongLong());
                    return true;
                },
                &error);
        if (!ok)
            qWarning("bellboard: saving read markers failed: %s", qPrintable(error));
        promise->addResult(ok ? stored : ReadMarkerMap());
        promise->finish();
    });
    return queued ? future : refused(ReadMarkerMap());
}

QFuture<QString> EventStore::syncCursor(const QString &name)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    const bool queued = m_writer->enqueueJob([name, promise](Writer &writer) {
        QString value;
        QString error;
        if (!ExternalEventWriter::readCursor(writer.database(), name, &value, &error))
            qWarning("bellboard: %s", qPrintable(error));
        promise->addResult(value);
        promise->finish();
    });
    return queued ? future : refused(QString());
}

} // namespace bb
