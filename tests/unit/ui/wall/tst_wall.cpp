#include "store/storetesthelpers.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/wall/sparkline.h"
#include "ui/wall/wallclock.h"
#include "ui/wall/wallcolumn.h"
#include "ui/wall/wallwindow.h"
#include "ui/window/mainwindow.h"
#include "ui/wall/celebrationoverlay.h"
#include "alerts/alertcenter.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace bb;
using namespace bb::test;

namespace {
// 2026-11-24 12:00:00 UTC, a whole minute.
constexpr qint64 kNoon = 1795521600000;
constexpr qint64 kMinute = 60 * 1000;

int total(const QList<int> &counts)
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}
} // namespace

class TestWall : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter))));
        EventList events;
        for (int i = 0; i < 30; ++i) {
            events << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user u%1@example.com").arg(i));
            events << makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $%1").arg(i));
        }
        commit(*m_store, events);
    }
    void cleanup() { m_store.reset(); }

    void wallChannelsBecomeColumnsInOrder()
    {
        const QStringList channels{ QStringLiteral("financials"), QStringLiteral("user-behavior") };
        WallWindow wall(m_store.get(), channels, { { QStringLiteral("financials"), NotifyMode::Ring } });
        wall.resize(1200, 700);
        wall.show();
        QCOMPARE(wall.columns().size(), 2);
        QCOMPARE(wall.columns().at(0)->channel(), QStringLiteral("financials"));
        QCOMPARE(wall.columns().at(1)->channel(), QStringLiteral("user-behavior"));
        QVERIFY(wall.columns().at(0)->x() < wall.columns().at(1)->x());
        const auto *title = wall.columns().at(0)->findChild<QLabel *>(QStringLiteral("wallColumnTitle"));
        QCOMPARE(title->text(), QStringLiteral("#financials"));
        QTRY_COMPARE(wall.columns().at(0)->feedModel()->rowCount(), 30);
        // The first page is the sparkline's history: the 30 events just committed.
        QTRY_COMPARE(wall.columns().at(0)->sparkline()->perMinute().last()
                             + wall.columns().at(0)->sparkline()->perMinute().at(58),
                     30);
        // Large type and a dark palette, on the wall only.
        QVERIFY(wall.font().pointSizeF() > QApplication::font().pointSizeF());
        QVERIFY(wall.palette().color(QPalette::Window).lightness() < 60);
        QVERIFY(QApplication::palette().color(QPalette::Window) != wall.palette().color(QPalette::Window));
    }

    void aCommittedEventAppearsInItsColumnAtTheBottom()
    {
        WallWindow wall(m_store.get(), { QStringLiteral("user-behavior"), QStringLiteral("financials") }, {});
        wall.resize(1200, 700);
        wall.show();
        WallColumn *financials = wall.columns().at(1);
        QTRY_COMPARE(financials->feedModel()->rowCount(), 30);
        const int before = financials->sparkline()->perMinute().last();
        commit(*m_store, { makeEvent(QStringLiteral("financials"), QStringLiteral("Refund issued $12")) });
        FeedModel *model = financials->feedModel();
        QTRY_COMPARE(model->rowCount(), 31);
        QCOMPARE(model->eventAt(30).text, QStringLiteral("Refund issued $12"));
        QCOMPARE(wall.columns().at(0)->feedModel()->rowCount(), 30); // not in the other column
        QCOMPARE(financials->sparkline()->perMinute().last(), before + 1);
        // Always following the newest, with nothing to scroll and no pill.
        FeedView *view = financials->feedView();
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        QCOMPARE(view->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        QVERIFY(!view->newEventsButton()->isVisible());
    }

    void aCelebratingChannelMakesItRainOverItsColumnOnly()
    {
        WallWindow wall(m_store.get(), { QStringLiteral("user-behavior"), QStringLiteral("financials") }, {});
        wall.resize(1200, 700);
        wall.show();
        AlertCenter alerts(AlertSettings{}, nullptr);
        wall.setAlerts(&alerts);
        emit alerts.celebrationRequested(QStringLiteral("financials"));
        QVERIFY(wall.columns().at(1)->celebration()->isRunning());
        QVERIFY(!wall.columns().at(0)->celebration()->isRunning());
    }

    void sparklineCountsIntoTheCurrentMinuteAndShiftsAsTimePasses()
    {
        qint64 now = kNoon + 10 * 1000;
        Sparkline sparkline;
        sparkline.setClock([&now] { return now; });
        QCOMPARE(sparkline.perMinute().size(), 60);
        QCOMPARE(sparkline.perMinute(), QList<int>(60, 0));

        sparkline.addEvent(now);
        sparkline.addEvent(now - 5 * 1000);
        QCOMPARE(sparkline.perMinute().last(), 2);

        now += kMinute; // a minute later: those two move one bucket left
        sparkline.addEvent(now);
        QList<int> counts = sparkline.perMinute();
        QCOMPARE(counts.at(59), 1);
        QCOMPARE(counts.at(58), 2);

        now += 30 * kMinute; // half an hour of silence
        counts = sparkline.perMinute();
        QCOMPARE(counts.at(59), 0);
        QCOMPARE(counts.at(29), 1);
        QCOMPARE(counts.at(28), 2);

        // An event that happened 10 minutes ago (a late first page) lands in its own minute.
        sparkline.addEvent(now - 10 * kMinute);
        QCOMPARE(sparkline.perMinute().at(49), 1);

        now += 30 * kMinute; // past the hour: the first two minutes fell off, the ring reused
        counts = sparkline.perMinute();
        QCOMPARE(counts.at(0), 0); // the first minutes (61 and 60 minutes ago) are gone
        QCOMPARE(total(counts), 1);
        sparkline.addEvent(now);
        QCOMPARE(sparkline.perMinute().last(), 1);
        QCOMPARE(total(sparkline.perMinute()), 2);

        now += 3 * 60 * kMinute; // hours later: nothing left
        QCOMPARE(sparkline.perMinute(), QList<int>(60, 0));
        // Older than the hour: not counted; from the future: counted now.
        sparkline.addEvent(now - 61 * kMinute);
        sparkline.addEvent(now + 5 * kMinute);
        QCOMPARE(sparkline.perMinute().last(), 1);
        QCOMPARE(total(sparkline.perMinute()), 1);
    }

    void clockShowsHoursMinutesAndTheDate()
    {
        WallClock clock;
        clock.setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 5, 42)); });
        QCOMPARE(clock.timeText(), QStringLiteral("09:05"));
        QVERIFY(clock.dateText().contains(QStringLiteral("2026")));
        QVERIFY(clock.dateText().contains(QStringLiteral("24")));
    }

    void unknownChannelsAreRejectedWithTheKnownList()
    {
        const QStringList known = m_store->channels();
        QVERIFY(WallWindow::unknownChannelsError({ QStringLiteral("financials") }, known).isEmpty());
        const QString error = WallWindow::unknownChannelsError(
                { QStringLiteral("financials"), QStringLiteral("finacials") }, known);
        QVERIFY(error.contains(QStringLiteral("finacials")));
        for (const QString &name : known)
            QVERIFY2(error.contains(name), qPrintable(name));
        QVERIFY(!error.contains(QStringLiteral("finacials, ")));
    }

    void escapeAndF11AskToLeave()
    {
        WallWindow wall(m_store.get(), { QStringLiteral("financials") }, {});
        wall.show();
        QVERIFY(QTest::qWaitForWindowActive(&wall));
        QSignalSpy leave(&wall, &WallWindow::leaveRequested);
        QTest::keyClick(&wall, Qt::Key_Escape);
        QCOMPARE(leave.size(), 1);
        QTest::keyClick(&wall, Qt::Key_F11);
        QCOMPARE(leave.size(), 2);
    }

    void f11OpensTheCurrentChannelsWallAndEscapeComesBack()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        MainWindow window(m_store.get());
        window.show();
        window.restoreState(QStringLiteral("financials"));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F11);
        auto *wall = window.findChild<WallWindow *>();
        QVERIFY(wall);
        QTRY_VERIFY(wall->isVisible());
        QCOMPARE(wall->columns().size(), 1);
        QCOMPARE(wall->columns().first()->channel(), QStringLiteral("financials"));
        QVERIFY(wall->isFullScreen());
        QVERIFY(QTest::qWaitForWindowActive(wall));
        QSignalSpy leave(wall, &WallWindow::leaveRequested);
        wall->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), wall);
        QTest::keyClick(wall, Qt::Key_Escape);
        QCOMPARE(leave.size(), 1);
        QTRY_VERIFY(!window.findChild<WallWindow *>());
        QVERIFY(window.isVisible());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    int m_counter = 0;
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
