#include "storecopy.h"

#include "eventreader.h"
#include "storebackend.h"

#include <QFileInfo>

namespace bb {

namespace {

// Enough to tell the same event from another one stored under the same id.
bool sameEvent(const Event &a, const Event &b)
{
    return a.id == b.id && a.channel == b.channel && a.receivedAtMs == b.receivedAtMs && a.title == b.title
        && a.text == b.text && a.senderName == b.senderName && a.source == b.source;
}

} // namespace

StoreCopy::StoreCopy(const QString &from, const QString &to)
    : m_from(from)
    , m_to(to)
{
}

QList<CountMismatch> StoreCopy::mismatches() const
{
    QList<CountMismatch> differing;
    for (const StoreTable table : kStoreTables) {
        if (m_sourceCounts[table] != m_targetCounts[table])
            differing.append({ table, m_sourceCounts[table], m_targetCounts[table] });
    }
    return differing;
}

namespace {

bool openReader(ReadBackend &reader, const QString &location, QString *error)
{
    if (storeEngineOf(location) == StoreEngine::Sqlite && !QFileInfo::exists(location)) {
        *error = StoreCopy::tr("%1 does not exist.").arg(location);
        return false;
    }
    return reader.open(error);
}

// The target's events must be the source's, page by page from the oldest: then the copy
// continues after the newest of them. Anything else is another store's history.
bool checkTarget(ReadBackend &source, ReadBackend &target, qint64 newest, const StoreCopy::ProgressHandler &progress,
                 QString *error)
{
    qint64 after = 0;
    for (;;) {
        const EventPage theirs = target.eventsAfter(after, StoreCopy::kPageSize);
        const EventPage ours = source.eventsAfter(after, StoreCopy::kPageSize);
        if (!theirs.error.isEmpty() || !ours.error.isEmpty()) {
            *error = theirs.error.isEmpty() ? ours.error : theirs.error;
            return false;
        }
        for (qsizetype i = 0; i < theirs.events.size(); ++i) {
            const Event &held = theirs.events.at(i);
            if (i >= ours.events.size() || ours.events.at(i).id > held.id) {
                *error = StoreCopy::tr("The target holds event %1, which the source does not have: it holds other "
                                       "events than the source. Copy into an empty store.")
                                 .arg(held.id);
                return false;
            }
            if (ours.events.at(i).id < held.id) {
                *error = StoreCopy::tr("The target lacks the source's event %1 but holds newer ones: it holds other "
                                       "events than the source. Copy into an empty store.")
                                 .arg(ours.events.at(i).id);
                return false;
            }
            if (!sameEvent(ours.events.at(i), held)) {
                *error = StoreCopy::tr("The target holds a different event under id %1 than the source: it holds "
                                       "other events than the source. Copy into an empty store.")
                                 .arg(held.id);
                return false;
            }
        }
        if (!theirs.hasMore)
            return true;
        after = theirs.events.last().id;
        progress({ CopyProgress::Step::Checking, after, newest });
    }
}

} // namespace

bool StoreCopy::run(const ProgressHandler &progress, QString *error)
{
    if (m_from == m_to) {
        *error = tr("The source and the target are the same store.");
        return false;
    }
    const std::unique_ptr<ReadBackend> source = makeReadBackend(m_from);
    QString why;
    if (!openReader(*source, m_from, &why) || !source->counts(&m_sourceCounts, &why)) {
        *error = tr("Cannot read the source: %1").arg(why);
        return false;
    }
    // Opening the target as a store creates or migrates it, as a server's first start would.
    const std::unique_ptr<StoreBackend> writer = makeStoreBackend(m_to);
    QStringList channels;
    const std::unique_ptr<ReadBackend> target = makeReadBackend(m_to);
    if (!writer->open(m_to, EventStore::Durability::Normal, {}, &channels, &why) || !target->open(&why)
        || !target->counts(&m_targetCounts, &why)) {
        *error = tr("Cannot open the target: %1").arg(why);
        return false;
    }
    bool targetInUse = false;
    if (!writer->hasRunningServer(&targetInUse, &why)) {
        *error = tr("Cannot open the target: %1").arg(why);
        return false;
    }
    if (targetInUse) {
        *error = tr("A Bellboard server is running on the target: stop it first (the copied events would reach its "
                    "consoles as new ones).");
        return false;
    }
    progress({ CopyProgress::Step::Checking, 0, m_targetCounts.newestId });
    if (m_targetCounts[StoreTable::Events] > 0 && !checkTarget(*source, *target, m_targetCounts.newestId, progress, error))
        return false;

    SideTables sides;
    if (!source->sideTables(&sides, &why)) {
        *error = tr("Cannot read the source: %1").arg(why);
        return false;
    }
    // Channels first (their creation times), and ids given on the target from now on follow
    // the source's, so a server that writes there meanwhile cannot take one of them.
    SideTables channelsOnly;
    channelsOnly.channels = sides.channels;
    if (!writer->inTransaction(
                [&](QString *failure) { return writer->mergeSideTables(channelsOnly, m_sourceCounts.lastIdGiven, failure); },
                &why)) {
        *error = tr("Cannot write to the target: %1").arg(why);
        return false;
    }

    const qint64 total = m_sourceCounts[StoreTable::Events];
    qint64 done = m_targetCounts[StoreTable::Events];
    qint64 after = m_targetCounts.newestId;
    progress({ CopyProgress::Step::Events, done, total });
    for (;;) {
        const EventPage page = source->eventsAfter(after, kPageSize);
        if (!page.error.isEmpty()) {
            *error = tr("Cannot read the source: %1").arg(page.error);
            return false;
        }
        if (page.events.isEmpty())
            break;
        QList<ExternalIdRow> externalIds;
        if (!source->externalIds(page.events.first().id, page.events.last().id, &externalIds, &why)) {
            *error = tr("Cannot read the source: %1").arg(why);
            return false;
        }
        if (!writer->inTransaction(
                    [&](QString *failure) { return writer->insertCopies(page.events, externalIds, failure); }, &why)) {
            *error = tr("Cannot write to the target: %1").arg(why);
            return false;
        }
        done += page.events.size();
        after = page.events.last().id;
        progress({ CopyProgress::Step::Events, done, qMax(done, total) });
        if (!page.hasMore)
            break;
    }

    progress({ CopyProgress::Step::Finishing, 0, 0 });
    SideTables rest;
    rest.cursors = sides.cursors;
    rest.readMarkers = sides.readMarkers;
    if (!writer->inTransaction(
                [&](QString *failure) { return writer->mergeSideTables(rest, m_sourceCounts.lastIdGiven, failure); },
                &why)) {
        *error = tr("Cannot write to the target: %1").arg(why);
        return false;
    }
    if (!source->counts(&m_sourceCounts, &why) || !target->counts(&m_targetCounts, &why)) {
        *error = tr("Cannot count the rows: %1").arg(why);
        return false;
    }
    return true;
}

} // namespace bb
