#include "walltilecounter.h"

#include "core/eventmatch.h"
#include "core/moneytext.h"
#include "store/asynceventreader.h"

namespace bb {

namespace {
constexpr int comparisonRefreshMs = 5 * 60 * 1000;
constexpr int recountDelayMs = 2000;
} // namespace

WallTileCounter::WallTileCounter(const WallTileSpec &spec, AsyncEventReader *reader, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_reader(reader)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &WallTileCounter::start);
    m_comparisonRefresh.setInterval(comparisonRefreshMs);
    connect(&m_comparisonRefresh, &QTimer::timeout, this, &WallTileCounter::requestComparison);
    m_recount.setSingleShot(true);
    m_recount.setInterval(recountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &WallTileCounter::requestCount);
}

void WallTileCounter::start()
{
    const QueryParseResult parsed = parseSearchQuery(m_spec.query, m_clock());
    if (!parsed.ok()) {
        m_error = parsed.error;
        emit changed(false);
        return;
    }
    m_query = parsed.query;
    requestCount();
    requestComparison();
    if (m_spec.comparison != TileComparison::None)
        m_comparisonRefresh.start();
    armMidnight();
}

void WallTileCounter::armMidnight()
{
    // "today" and "yesterday" are parsed into fixed times: at midnight they move on. A second
    // after it, so that the new day has surely begun on this clock.
    const QDateTime now = m_clock();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1), now.timeSpec());
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, 25 * 3600 * 1000)));
}

void WallTileCounter::requestCount()
{
    m_ready = false;
    m_early.clear();
    m_countRequest = std::make_unique<QObject>();
    m_reader->tally(m_query, m_spec.sumAmounts, m_countRequest.get(), [this](const EventTally &tally) { onCount(tally); });
}

void WallTileCounter::requestComparison()
{
    const auto earlier = comparisonQuery(m_query, m_spec.comparison, m_clock());
    if (!earlier)
        return;
    m_comparisonRequest = std::make_unique<QObject>();
    m_reader->tally(*earlier, m_spec.sumAmounts, m_comparisonRequest.get(),
                    [this](const EventTally &tally) { onComparison(tally); });
}

void WallTileCounter::scheduleRecount()
{
    if (m_error.isEmpty() && !m_recount.isActive())
        m_recount.start();
}

void WallTileCounter::onComparison(const EventTally &tally)
{
    m_comparisonRequest.release()->deleteLater(); // this runs inside its callback
    m_previousCount = tally.count;
    m_previousSums = tally.sums;
    emit changed(false);
}

void WallTileCounter::onCount(const EventTally &tally)
{
    m_countRequest.release()->deleteLater(); // this runs inside its callback
    if (!tally.error.isEmpty()) {
        m_error = tally.error;
        emit changed(false);
        return;
    }
    m_error.clear();
    m_count = tally.count;
    m_sums = tally.sums;
    m_countedUpTo = tally.upToId;
    m_ready = true;
    for (const Event &event : std::as_const(m_early))
        add(event);
    m_early.clear();
    emit changed(false); // a count taken, not an event seen: nothing to celebrate
}

void WallTileCounter::add(const Event &event)
{
    if (event.id <= m_countedUpTo || !eventMatches(m_query, event))
        return;
    m_countedUpTo = event.id;
    ++m_count;
    if (m_spec.sumAmounts) {
        if (const auto money = eventAmount(event))
            m_sums[money->currency] += money->minorUnits;
    }
}

void WallTileCounter::addEvents(const EventList &events)
{
    if (!m_error.isEmpty() && !m_countRequest)
        return;
    if (!m_ready) {
        m_early += events;
        return;
    }
    const qint64 before = m_count;
    for (const Event &event : events)
        add(event);
    if (m_count != before)
        emit changed(true);
}

} // namespace bb
