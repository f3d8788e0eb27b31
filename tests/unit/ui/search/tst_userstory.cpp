// A person's story: the header over a user's timeline, the day grouping and the filters.
#include "core/csvparse.h"
#include "core/money.h"
#include "store/asynceventreader.h"
#include "store/storetesthelpers.h"
#include "ui/search/daygroupdelegate.h"
#include "ui/search/searchresultsmodel.h"
#include "ui/search/usertimeline.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {
const QString dana = QStringLiteral("dana@acme.io");

qint64 noonOf(const QDate &day, int hours = 0)
{
    return QDateTime(day, QTime(12 + hours, 0), Qt::LocalTime).toMSecsSinceEpoch();
}
} // namespace

class TestUserStory : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_path));
        Event paid = makeEvent(QStringLiteral("financials"), QStringLiteral("*$49.00* from dana@acme.io"), { dana });
        paid.title = QStringLiteral("Payment received");
        paid.amount = Money{ 4900, QStringLiteral("USD") };
        // Three days: two events on the first, one on the second, three on the third (newest).
        commit(*m_store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! dana@acme.io"), { dana }), noonOf(m_day1)),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io added the domain acme.io"), { dana }), noonOf(m_day1, 1)),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("someone else"), { QStringLiteral("eve@x.io") }), noonOf(m_day2)),
                           at(paid, noonOf(m_day2)),
                           at(makeEvent(QStringLiteral("critical-server-errors"), QStringLiteral("Could not mail dana@acme.io"), { dana }, Level::Crit), noonOf(m_day3)),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io removed the domain acme.io"), { dana }), noonOf(m_day3, 1)),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io logged in"), { dana }, Level::Warn), noonOf(m_day3, 2)) });
    }
    void cleanup() { m_store.reset(); }

    void theHeaderTellsTheStoryInNumbers()
    {
        AsyncEventReader reader(m_path);
        UserTimeline timeline(&reader, dana);
        QSignalSpy shown(&timeline, &UserTimeline::summaryShown);
        QVERIFY(shown.wait());
        const QLocale locale;
        const auto when = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
        QCOMPARE(timeline.seenText(), QStringLiteral("First seen %1 · last seen %2").arg(when(noonOf(m_day1)), when(noonOf(m_day3, 2))));
        QCOMPARE(timeline.channelsText(), QStringLiteral("#user-behavior 4 · #critical-server-errors 1 · #financials 1"));
        const QString paid = QStringLiteral("Latest payment: %1 — Payment received (%2)")
                                     .arg(formatMoney(Money{ 4900, QStringLiteral("USD") }, locale), when(noonOf(m_day2)));
        QCOMPARE(timeline.latestText(), paid);
    }

    void theTimelineIsGroupedByDay()
    {
        AsyncEventReader reader(m_path);
        UserTimeline timeline(&reader, dana);
        SearchResultsModel *results = timeline.resultsModel();
        QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(results->rowCount(), 6);
        QList<bool> starts;
        for (int row = 0; row < results->rowCount(); ++row)
            starts << DayGroupDelegate::startsDay(results->index(row));
        // Newest first: day 3 (three events), day 2 (one), day 1 (two).
        QCOMPARE(starts, (QList<bool>{ true, false, false, true, true, false }));
        // A row that starts a day is taller by its heading.
        auto *view = timeline.findChild<QListView *>();
        QVERIFY(view->sizeHintForIndex(results->index(0)).height() > view->sizeHintForIndex(results->index(1)).height());

        const QDate today(2026, 12, 2);
        QCOMPARE(DayGroupDelegate::dayHeading(today, today), QStringLiteral("Today"));
        QCOMPARE(DayGroupDelegate::dayHeading(today.addDays(-1), today), QStringLiteral("Yesterday"));
        QCOMPARE(DayGroupDelegate::dayHeading(today.addDays(-2), today), QLocale().toString(today.addDays(-2), QLocale::LongFormat));
    }

    void filtersNarrowByChannelAndLevel()
    {
        AsyncEventReader reader(m_path);
        UserTimeline timeline(&reader, dana);
        SearchResultsModel *results = timeline.resultsModel();
        QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(results->rowCount(), 6);
        timeline.setFilter(QStringLiteral("user-behavior"), std::nullopt);
        QTRY_COMPARE(results->rowCount(), 4);
        for (int row = 0; row < results->rowCount(); ++row)
            QCOMPARE(results->eventAt(row).channel, QStringLiteral("user-behavior"));
        timeline.setFilter(QStringLiteral("user-behavior"), Level::Warn);
        QTRY_COMPARE(results->rowCount(), 1);
        QCOMPARE(results->eventAt(0).text, QStringLiteral("dana@acme.io logged in"));
        timeline.setFilter(QString(), Level::Crit);
        QTRY_COMPARE(results->rowCount(), 1);
        QCOMPARE(results->eventAt(0).channel, QStringLiteral("critical-server-errors"));
        timeline.setFilter(QString(), std::nullopt);
        QTRY_COMPARE(results->rowCount(), 6);
    }

    void anOpenStoryFollowsNewEvents()
    {
        AsyncEventReader reader(m_path);
        UserTimeline timeline(&reader, dana);
        SearchResultsModel *results = timeline.resultsModel();
        QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setFilter(QStringLiteral("user-behavior"), std::nullopt);
        QTRY_COMPARE(results->rowCount(), 4);
        QTRY_VERIFY(timeline.hasSummary());
        connect(m_store.get(), &EventStore::eventsCommitted, results, &SearchResultsModel::addCommittedEvents, Qt::QueuedConnection);
        connect(m_store.get(), &EventStore::eventsCommitted, &timeline, &UserTimeline::noteCommittedEvents, Qt::QueuedConnection);
        QSignalSpy shown(&timeline, &UserTimeline::summaryShown);

        const EventList added = commit(*m_store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io upgraded to Pro"), { dana }),
                                                   makeEvent(QStringLiteral("financials"), QStringLiteral("dana@acme.io paid"), { dana }),
                                                   makeEvent(QStringLiteral("user-behavior"), QStringLiteral("eve@x.io logged in"), { QStringLiteral("eve@x.io") }) });
        // Her new #user-behavior event joins the top; the other channel's and eve's do not.
        QTRY_COMPARE(results->rowCount(), 5);
        QCOMPARE(results->eventAt(0).id, added.at(0).id);
        // The header is read again, with her two new events.
        QVERIFY(shown.wait());
        QCOMPARE(timeline.channelsText(), QStringLiteral("#user-behavior 5 · #financials 2 · #critical-server-errors 1"));
    }

    void exportStillWritesTheWholeTrail()
    {
        AsyncEventReader reader(m_path);
        UserTimeline timeline(&reader, dana);
        QTRY_COMPARE(timeline.resultsModel()->rowCount(), 6);
        QSignalSpy finished(&timeline, &UserTimeline::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("dana-%1.csv").arg(m_counter));
        QVERIFY(timeline.exportTo(path, EventExportWriter::Format::Csv));
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toInt(), 6);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 7); // the header and six events
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
    const QDate m_day1 = QDate(2026, 11, 20);
    const QDate m_day2 = QDate(2026, 11, 22);
    const QDate m_day3 = QDate(2026, 11, 25);
};

QTEST_MAIN(TestUserStory)
#include "tst_userstory.moc"
