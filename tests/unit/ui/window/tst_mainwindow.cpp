#include "store/storetesthelpers.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/feed/eventbody.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/sidebar/quickswitcher.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Window state goes to a folder of the test's own, never the user's settings.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bellboard"), QStringLiteral("window")).clear();
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter))));
        EventList events;
        for (int i = 0; i < 300; ++i) {
            events << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! u%1@example.com").arg(i));
            events << makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $%1").arg(i));
        }
        commit(*m_store, events);
    }
    void cleanup() { m_store.reset(); }

    void selectingAChannelShowsItsEvents()
    {
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        QCOMPARE(window.currentChannel(), QStringLiteral("user-behavior"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);

        window.showChannel(QStringLiteral("financials"));
        QCOMPARE(window.currentChannel(), QStringLiteral("financials"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);
        const FeedModel *feed = window.feedModel();
        QCOMPARE(feed->eventAt(feed->rowCount() - 1).text, QStringLiteral("Payment received $299"));
        for (int row = 0; row < feed->rowCount(); ++row)
            QCOMPARE(feed->eventAt(row).channel, QStringLiteral("financials"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("channelTitle"))->text(), QStringLiteral("#financials"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("#financials")));
        // Newest at the bottom and in view.
        QScrollBar *bar = window.feedView()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void altUpAndDownMoveBetweenChannels()
    {
        MainWindow window(m_store.get());
        window.show();
        window.restoreState(QStringLiteral("financials"));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const ChannelListModel *channels = window.channelModel();
        const int row = channels->rowOf(QStringLiteral("financials"));
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(window.currentChannel(), channels->nameAt(row + 1));
        QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window.currentChannel(), channels->nameAt(row - 1));
    }

    void quickSwitcherOpensTheChannelTyped()
    {
        MainWindow window(m_store.get());
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *switcher = window.findChild<QuickSwitcher *>();
        QVERIFY(switcher);
        QVERIFY(QTest::qWaitForWindowActive(switcher));
        QTRY_VERIFY(QApplication::focusWidget() == switcher->findChild<QLineEdit *>(QStringLiteral("filter")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("#FIN"));
        QCOMPARE(switcher->matchCount(), 1);
        QCOMPARE(switcher->chosenChannel(), QStringLiteral("financials"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.currentChannel(), QStringLiteral("financials"));
    }

    void theOpenChannelAndGeometryAreRestored()
    {
        {
            MainWindow window(m_store.get());
            window.restoreState(QStringLiteral("user-behavior"));
            window.showChannel(QStringLiteral("financials"));
            window.resize(777, 555);
            window.show();
            window.close();
        }
        MainWindow again(m_store.get());
        again.restoreState(QStringLiteral("user-behavior"));
        QCOMPARE(again.currentChannel(), QStringLiteral("financials"));
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void hostileTextIsShownAsText()
    {
        // Slack escapes < > & in text; what a hostile sender sends either way must stay text.
        const QString hostile = QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"
                                               "&lt;img src=file:///etc/passwd&gt;"
                                               " <img src=\"qrc:/bellboard/bellboard.toml\">");
        commit(*m_store, { makeEvent(QStringLiteral("ops"), hostile) });
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.show();
        window.restoreState(QStringLiteral("ops"));
        QTRY_COMPARE(window.feedModel()->rowCount(), 1);
        const int refusedBefore = SafeTextDocument::refusedResourceRequests();
        QVERIFY(!window.grab().isNull()); // paint every visible row

        FeedView *view = window.feedView();
        const QModelIndex index = window.feedModel()->index(0);
        const QTextDocument *body = view->feedDelegate()->bodyDocument(view->optionFor(index), index);
        QVERIFY(body->toPlainText().startsWith(
                QStringLiteral("<script>alert(1)</script><img src=file:///etc/passwd> ")));
        QVERIFY(body->toPlainText().contains(QStringLiteral("bellboard.toml")));
        QVERIFY(!body->toHtml().contains(QStringLiteral("<img")));
        QCOMPARE(SafeTextDocument::refusedResourceRequests(), refusedBefore);
    }

    void scrolledUpNewEventsWaitBehindThePill()
    {
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        FeedView *view = window.feedView();
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(view->isFollowing());

        bar->setValue(bar->maximum() / 2);
        QVERIFY(!view->isFollowing());
        const QModelIndex reading = view->indexAt(QPoint(10, 10));
        const int readingTop = view->visualRect(reading).top();
        EventList burst;
        for (int i = 0; i < 5; ++i)
            burst << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("late %1").arg(i));
        commit(*m_store, burst);
        QTRY_COMPARE(window.feedModel()->rowCount(), 205);
        QCOMPARE(view->unseenCount(), 5);
        QVERIFY(view->newEventsButton()->isVisible());
        QVERIFY(view->newEventsButton()->text().contains(QStringLiteral("5 new")));
        QCOMPARE(view->indexAt(QPoint(10, 10)), reading); // the view did not move
        QCOMPARE(view->visualRect(reading).top(), readingTop);

        QTest::mouseClick(view->newEventsButton(), Qt::LeftButton);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view->isFollowing());
        QVERIFY(!view->newEventsButton()->isVisible());
    }

    void followingTheBottomKeepsTheNewestInView()
    {
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.show();
        window.restoreState(QStringLiteral("user-behavior"));
        FeedView *view = window.feedView();
        QTRY_COMPARE(window.feedModel()->rowCount(), 200);
        commit(*m_store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("newest")) });
        QTRY_COMPARE(window.feedModel()->rowCount(), 201);
        QScrollBar *bar = view->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(!view->newEventsButton()->isVisible());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
