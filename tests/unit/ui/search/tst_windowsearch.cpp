#include "store/storetesthelpers.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultsmodel.h"
#include "ui/search/usertimeline.h"
#include "ui/search/windowsearch.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {
const QString kAlice = QStringLiteral("alice@example.com");
}

class TestWindowSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void init()
    {
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bellboard"), QStringLiteral("window")).clear();
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter))));
        EventList events;
        for (int i = 0; i < 600; ++i) {
            if (i == 100) // older than the first page of its channel: the feed must read back to it
                events << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("%1 removed domain example.org").arg(kAlice), { kAlice });
            events << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! u%1@example.com").arg(i));
            events << makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $%1").arg(i));
        }
        events << makeEvent(QStringLiteral("financials"), QStringLiteral("Upgrade by %1").arg(kAlice), { kAlice });
        commit(*m_store, events);
    }
    void cleanup() { m_store.reset(); }

    void ctrlFOpensSearchAndEnterOpensTheEventAmongItsNeighbours()
    {
        MainWindow window(m_store.get());
        window.resize(1000, 700);
        window.show();
        window.restoreState(QStringLiteral("financials"));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(!window.feedModel()->isLoading());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        WindowSearch *search = window.search();
        QVERIFY(search->dock()->isVisible());
        auto *line = search->panel()->findChild<QLineEdit *>(QStringLiteral("queryEdit"));
        QTRY_VERIFY(line->hasFocus());

        QSignalSpy loaded(search->panel()->resultsModel(), &SearchResultsModel::pageLoaded);
        QTest::keyClicks(line, QStringLiteral("user:") + kAlice + QStringLiteral(" domain"));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(loaded.wait());
        QCOMPARE(search->panel()->resultsModel()->rowCount(), 1);
        const Event wanted = search->panel()->resultsModel()->eventAt(0);

        QSignalSpy shown(search, &WindowSearch::eventShown);
        QTest::keyClick(line, Qt::Key_Return); // Enter again opens the result
        QVERIFY(shown.wait());
        QCOMPARE(shown.at(0).at(0).toLongLong(), wanted.id);
        QCOMPARE(window.currentChannel(), QStringLiteral("user-behavior"));
        const QModelIndex current = window.feedView()->currentIndex();
        QVERIFY(current.isValid());
        const FeedModel *feed = window.feedModel();
        QCOMPARE(feed->eventAt(current.row()).id, wanted.id);
        // The events around it are there too, and it is in view.
        QVERIFY(current.row() > 0 && current.row() < feed->rowCount() - 1);
        QVERIFY(window.feedView()->viewport()->rect().intersects(window.feedView()->visualRect(current)));
    }

    void aUserFromAFeedRowOpensTheirTimeline()
    {
        MainWindow window(m_store.get());
        window.show();
        window.restoreState(QStringLiteral("financials"));
        QTRY_VERIFY(window.feedModel()->rowCount() > 0);
        const FeedModel *feed = window.feedModel();
        QCOMPARE(feed->eventAt(feed->rowCount() - 1).users, QStringList{ kAlice });

        // A "bb-user:" link in the feed and the row's context menu lead to the same place.
        emit window.feedView()->linkActivated(QUrl(QStringLiteral("bb-user:") + kAlice));
        auto *timeline = window.findChild<UserTimeline *>();
        QVERIFY(timeline);
        QCOMPARE(timeline->user(), kAlice);
        QTRY_COMPARE(timeline->resultsModel()->rowCount(), 2);
        QCOMPARE(timeline->resultsModel()->eventAt(0).channel, QStringLiteral("financials"));
        QCOMPARE(timeline->resultsModel()->eventAt(1).channel, QStringLiteral("user-behavior"));

        // The window's results follow the store: the panel's and the timeline's.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        SearchResultsModel *panelResults = window.search()->panel()->resultsModel();
        QSignalSpy loaded(panelResults, &SearchResultsModel::pageLoaded);
        window.search()->panel()->setQueryText(QStringLiteral("user:") + kAlice);
        QVERIFY(loaded.wait());
        QCOMPARE(panelResults->rowCount(), 2);
        const qint64 upgrade = panelResults->eventAt(0).id;
        Event content;
        content.text = QStringLiteral("Upgrade by %1, refunded").arg(kAlice);
        QVERIFY(m_store->replaceEventContent(upgrade, content).result().ok);
        QTRY_COMPARE(panelResults->eventAt(0).text, content.text);
        QTRY_COMPARE(timeline->resultsModel()->eventAt(0).text, content.text);
        QVERIFY(m_store->removeEvent(upgrade).result().ok);
        QTRY_COMPARE(panelResults->rowCount(), 1);
        QTRY_COMPARE(timeline->resultsModel()->rowCount(), 1);
        QCOMPARE(timeline->resultsModel()->eventAt(0).channel, QStringLiteral("user-behavior"));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestWindowSearch)
#include "tst_windowsearch.moc"
