#pragma once

#include "core/event.h"
#include "core/searchquery.h"
#include "core/walltile.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace bb {

class AsyncEventReader;
struct EventTally;

// The live number behind one wall tile. It counts the stored events matching the tile's query
// once (in SQL, through the AsyncEventReader) when it starts and again after midnight, when
// "today" means another day; from then on each committed event is matched against the parsed
// query in memory (eventMatches) and added, so a busy wall never re-reads the day. Edited or
// deleted events (the Slack mirror) may change what matched: they ask for one recount, two
// seconds later, however many arrive meanwhile. The comparison span ("yesterday up to the
// same time") grows with the clock and is counted again every five minutes.
class WallTileCounter : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    WallTileCounter(const WallTileSpec &spec, AsyncEventReader *reader, QObject *parent = nullptr);

    const WallTileSpec &spec() const { return m_spec; }
    // What "now" is (tests fix it); QDateTime::currentDateTime by default. Before start().
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Parses the query (an error is kept in error()) and asks for the counts.
    void start();

    bool isReady() const { return m_ready; } // the first count has arrived
    QString error() const { return m_error; }
    qint64 count() const { return m_count; }
    QMap<QString, qint64> sums() const { return m_sums; } // currency → minor units
    // The comparison span's count and sums, once counted (never without a comparison).
    std::optional<qint64> previousCount() const { return m_previousCount; }
    QMap<QString, qint64> previousSums() const { return m_previousSums; }

public slots:
    // Committed events (any channel), in commit order.
    void addEvents(const bb::EventList &events);
    // Stored events changed or went away: count again soon.
    void scheduleRecount();

signals:
    // The number or its comparison changed; `grew` when the number went up.
    void changed(bool grew);

private:
    void requestCount();
    void requestComparison();
    void onCount(const EventTally &tally);
    void onComparison(const EventTally &tally);
    void add(const Event &event);
    void armMidnight();

    WallTileSpec m_spec;
    AsyncEventReader *m_reader;
    Clock m_clock;
    SearchQuery m_query;
    QString m_error;
    // Each read in flight has a context of its own: replacing it drops a stale answer.
    std::unique_ptr<QObject> m_countRequest;
    std::unique_ptr<QObject> m_comparisonRequest;
    bool m_ready = false;
    qint64 m_count = 0;
    QMap<QString, qint64> m_sums;
    qint64 m_countedUpTo = 0; // events up to this id are in the stored count
    EventList m_early;        // live events that arrived while the count was being taken
    std::optional<qint64> m_previousCount;
    QMap<QString, qint64> m_previousSums;
    QTimer m_midnight;
    QTimer m_comparisonRefresh;
    QTimer m_recount;
};

} // namespace bb
