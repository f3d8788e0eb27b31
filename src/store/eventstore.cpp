#include "eventstore.h"

#include "eventstorewriter.h"

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

} // namespace bb
