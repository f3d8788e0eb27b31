#pragma once

#include "storetables.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace bb {

// Where a copy is, for a progress line.
struct CopyProgress
{
    enum class Step {
        Checking, // comparing what the target already holds with the source
        Events,   // `done` of `total` events copied
        Finishing // cursors, read markers, the count check
    };
    Step step = Step::Checking;
    qint64 done = 0;
    qint64 total = 0;
};

// One table whose row counts differ after a copy.
struct CountMismatch
{
    StoreTable table;
    qint64 source = 0;
    qint64 target = 0;
};

// `bellboard store copy`: every row of one store (a SQLite file or a PostgreSQL database)
// into another, events under the ids they have. The events go in pages by id, each page in
// one transaction with its acknowledgements and outside messages, so a copy that stops
// midway is resumed by running it again: it checks that the target's events are the
// source's (same ids, same events) and continues after the newest. Cursors and read markers
// go last, so a server started on a half-copied target never believes it read further than
// the events it holds. The counts per table are compared at the end.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(bb::StoreCopy)
public:
    StoreCopy(const QString &from, const QString &to);

    // Called on the calling thread as the copy goes.
    using ProgressHandler = std::function<void(const CopyProgress &)>;
    // Copies; false with a sentence in *error when it could not. A bad source or target, a
    // target a server is running on, or a target that holds other events under the source's
    // ids fails before any event is copied.
    bool run(const ProgressHandler &progress, QString *error);

    // After run(): the rows per table on both sides, and the tables whose counts differ.
    StoreCounts sourceCounts() const { return m_sourceCounts; }
    StoreCounts targetCounts() const { return m_targetCounts; }
    QList<CountMismatch> mismatches() const;

    static constexpr int kPageSize = 1000;

private:
    QString m_from;
    QString m_to;
    StoreCounts m_sourceCounts;
    StoreCounts m_targetCounts;
};

} // namespace bb
