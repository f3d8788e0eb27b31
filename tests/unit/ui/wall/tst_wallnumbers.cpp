// The wall's tiles: live numbers from the query language above the columns.
#include "store/asynceventreader.h"
#include "store/storetesthelpers.h"
#include "ui/search/searchpanel.h"
#include "ui/search/windowsearch.h"
#include "ui/wall/wallcolumn.h"
#include "ui/wall/walltile.h"
#include "ui/wall/walltilecounter.h"
#include "ui/wall/wallwindow.h"
#include "ui/window/mainwindow.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {
constexpr qint64 hour = 3600 * 1000;
// A fixed afternoon: "today" and "yesterday up to now" are known spans.
const QDateTime fixedNow(QDate(2026, 12, 2), QTime(14, 0), Qt::LocalTime);

Event signup(qint64 ms)
{
    return at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! u@x.io")), ms);
}

const WallTileSpec signups{ QStringLiteral("Sign-ups today"),
                            QStringLiteral(R"(in:#user-behavior "new user registration" today)"),
                            TileComparison::Yesterday, false };
} // namespace

class TestWallNumbers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_path));
        const qint64 now = fixedNow.toMSecsSinceEpoch();
        // Today: 3 sign-ups by 14:00; yesterday: 2 before 14:00 and 1 after (not compared).
        commit(*m_store, { signup(now - 25 * hour), signup(now - 24 * hour - 1), signup(now - 23 * hour),
                           signup(now - 3 * hour), signup(now - 2 * hour), signup(now - hour),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("u@x.io logged in")), now - hour) });
    }
    void cleanup() { m_store.reset(); }

    void aTileCountsWhatItsQueryMatchesAndAddsNewEventsWithoutReading()
    {
        AsyncEventReader reader(m_path);
        QSignalSpy reads(&reader, &AsyncEventReader::tallyRead);
        WallTileCounter counter(signups, &reader);
        counter.setClock([] { return fixedNow; });
        connect(m_store.get(), &EventStore::eventsCommitted, &counter, &WallTileCounter::addEvents, Qt::QueuedConnection);
        counter.start();
        QTRY_VERIFY(counter.isReady());
        QTRY_VERIFY(counter.previousCount().has_value());
        QCOMPARE(counter.count(), 3);
        QCOMPARE(*counter.previousCount(), 2);
        const int readsAtStart = int(reads.size());
        QCOMPARE(readsAtStart, 2); // the count and the comparison

        QSignalSpy changed(&counter, &WallTileCounter::changed);
        const qint64 now = fixedNow.toMSecsSinceEpoch();
        commit(*m_store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("u@x.io logged in")), now),
                           at(makeEvent(QStringLiteral("financials"), QStringLiteral("New user registration!")), now),
                           signup(now) });
        QTRY_COMPARE(counter.count(), 4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true); // grew
        commit(*m_store, { signup(now), signup(now) });
        QTRY_COMPARE(counter.count(), 6);
        QTest::qWait(50);
        QCOMPARE(reads.size(), readsAtStart); // no store read for live events
    }

    void eventsCommittedWhileCountingAreCountedOnce()
    {
        AsyncEventReader reader(m_path);
        WallTileCounter counter(signups, &reader);
        counter.setClock([] { return fixedNow; });
        // Start, then commit and hand the batch over before the count arrives: whether the
        // count saw it or not, it is counted once.
        counter.start();
        const EventList added = commit(*m_store, { signup(fixedNow.toMSecsSinceEpoch()) });
        counter.addEvents(added);
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(), 4);
        counter.addEvents(added); // the same batch again (a late duplicate) changes nothing
        QCOMPARE(counter.count(), 4);
    }

    void aDeletedEventIsCountedAgain()
    {
        AsyncEventReader reader(m_path);
        WallTileCounter counter(signups, &reader);
        counter.setClock([] { return fixedNow; });
        connect(m_store.get(), &EventStore::eventsRemoved, &counter, &WallTileCounter::scheduleRecount, Qt::QueuedConnection);
        counter.start();
        QTRY_VERIFY(counter.isReady());
        QCOMPARE(counter.count(), 3);
        QVERIFY(m_store->removeEvent(6).result().ok); // today's last sign-up
        QTRY_COMPARE_WITH_TIMEOUT(counter.count(), 2, 10000);
    }

    void sumsStayPerCurrency()
    {
        const qint64 now = fixedNow.toMSecsSinceEpoch();
        Event stripe = at(makeEvent(QStringLiteral("financials"), QStringLiteral("Charge succeeded")), now - hour);
        stripe.amount = Money{ 4900, QStringLiteral("USD") };
        commit(*m_store, { stripe, at(makeEvent(QStringLiteral("financials"), QStringLiteral("Payment: 20,00 €")), now - hour) });
        AsyncEventReader reader(m_path);
        WallTile tile({ QStringLiteral("Revenue today"), QStringLiteral("in:#financials today"), TileComparison::None, true }, &reader);
        tile.counter()->setClock([] { return fixedNow; });
        tile.counter()->start();
        QTRY_VERIFY(tile.counter()->isReady());
        QCOMPARE(tile.counter()->sums(), (QMap<QString, qint64>{ { QStringLiteral("USD"), 4900 }, { QStringLiteral("EUR"), 2000 } }));
        // One line per currency, the larger first; never one added-up number.
        const QStringList lines = tile.numberText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("49")) && lines.at(0).contains(QLatin1Char('$')), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("20")) && lines.at(1).contains(QStringLiteral("€")), qPrintable(lines.at(1)));
        // A live payment in yen is a third line; a live euro one adds to the euros.
        Event yen = at(makeEvent(QStringLiteral("financials"), QStringLiteral("¥500")), now);
        Event euros = at(makeEvent(QStringLiteral("financials"), QStringLiteral("€5")), now);
        tile.counter()->addEvents(commit(*m_store, { yen, euros }));
        QCOMPARE(tile.counter()->sums(), (QMap<QString, qint64>{ { QStringLiteral("USD"), 4900 }, { QStringLiteral("EUR"), 2500 }, { QStringLiteral("JPY"), 500 } }));
        QCOMPARE(tile.numberText().split(QLatin1Char('\n')).size(), 3);
    }

    void aTileShowsItsComparisonAndGlowsWhenItGoesUp()
    {
        AsyncEventReader reader(m_path);
        WallTile tile(signups, &reader);
        tile.counter()->setClock([] { return fixedNow; });
        tile.counter()->start();
        QTRY_VERIFY(tile.counter()->previousCount().has_value() && tile.counter()->isReady());
        QCOMPARE(tile.numberText(), QStringLiteral("3"));
        QCOMPARE(tile.comparisonText(), QStringLiteral("▲ 50% vs yesterday")); // 3 against 2
        QVERIFY(!tile.isGlowing());
        tile.counter()->addEvents(commit(*m_store, { signup(fixedNow.toMSecsSinceEpoch()) }));
        QVERIFY(tile.isGlowing());
        QCOMPARE(tile.comparisonText(), QStringLiteral("▲ 100% vs yesterday"));
    }

    void tilesSitAboveTheColumnsInLargeNumbers()
    {
        WallWindow wall(m_store.get(), { QStringLiteral("user-behavior") }, {});
        wall.setTiles({ signups, signups });
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCOMPARE(wall.tiles().size(), 2);
        for (WallTile *tile : wall.tiles()) {
            QVERIFY(tile->numberPixelSize() >= 1080 / 12);
            QVERIFY(tile->geometry().bottom() <= wall.columns().first()->geometry().top());
            QVERIFY(tile->height() >= tile->numberPixelSize());
        }
    }

    void aTileClickedOrChosenWithTheKeyboardOpensItsSearch()
    {
        WallWindow wall(m_store.get(), { QStringLiteral("user-behavior") }, {});
        wall.setTiles({ signups });
        wall.resize(1200, 800);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QSignalSpy requested(&wall, &WallWindow::searchRequested);
        WallTile *tile = wall.tiles().first();
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), signups.query);
        tile->setFocus();
        QTest::keyClick(tile, Qt::Key_Return);
        QCOMPARE(requested.size(), 2);
        QVERIFY(tile->focusPolicy() & Qt::TabFocus);
    }

    void theMainWindowsWallOpensTheSearchOfATile()
    {
        MainWindow window(m_store.get());
        window.restoreState(QStringLiteral("user-behavior"));
        window.setWallTiles({ signups });
        window.showWall({ QStringLiteral("user-behavior") });
        auto *wall = window.findChild<WallWindow *>();
        QVERIFY(wall);
        QCOMPARE(wall->tiles().size(), 1);
        QTest::mouseClick(wall->tiles().first(), Qt::LeftButton);
        QTRY_VERIFY(window.search()->dock()->isVisible());
        QCOMPARE(window.search()->panel()->findChild<QLineEdit *>(QStringLiteral("queryEdit"))->text(), signups.query);
    }

    void aNewWallShowsTheDefaultTiles()
    {
        MainWindow window(m_store.get());
        window.restoreState(QStringLiteral("user-behavior"));
        window.showWall({ QStringLiteral("user-behavior") });
        auto *wall = window.findChild<WallWindow *>();
        QVERIFY(wall);
        QCOMPARE(wall->tiles().size(), defaultWallTiles().size());
        for (WallTile *tile : wall->tiles())
            QTRY_VERIFY(tile->counter()->isReady());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestWallNumbers)
#include "tst_wallnumbers.moc"
