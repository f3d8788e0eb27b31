// Several feeds side by side (split, close, move, restored at the next start with the
// window's geometry, each with its own composer) and unread counts that survive a restart.
#include "store/storetesthelpers.h"
#include "chatops/chatops.h"
#include "ui/sidebar/channellistmodel.h"
#include "ui/window/channelpane.h"
#include "ui/composer/composer.h"
#include "ui/composer/composeredit.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/panearea.h"
#include "ui/sidebar/readmarkers.h"
#include "ui/composer/windowchatops.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bb;
using namespace bb::test;

namespace {
const QString kSignups = QStringLiteral("user-behavior");
const QString kPayments = QStringLiteral("financials");
const QString kErrors = QStringLiteral("critical-server-errors");

int unreadOf(MainWindow &window, const QString &channel)
{
    const ChannelListModel *model = window.channelModel();
    return model->index(model->rowOf(channel)).data(ChannelListModel::UnreadRole).toInt();
}

QStringList channelsOf(const PaneArea *area)
{
    QStringList names;
    for (const ChannelPane *pane : area->panes())
        names << pane->channel();
    return names;
}
} // namespace

class TestPanes : public QObject
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
        for (int i = 0; i < 50; ++i) {
            events << makeEvent(kSignups, QStringLiteral("New user u%1@example.com").arg(i));
            events << makeEvent(kPayments, QStringLiteral("Payment received $%1").arg(i));
            events << makeEvent(kErrors, QStringLiteral("Error %1").arg(i), {}, Level::Crit);
        }
        commit(*m_store, events);
    }
    void cleanup() { m_store.reset(); }

    void splittingShowsTwoFeedsAndTheSidebarActsOnTheFocusedOne()
    {
        MainWindow window(m_store.get());
        window.resize(1200, 700);
        window.show();
        window.restoreState(kSignups);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PaneArea *area = window.paneArea();
        ChannelPane *left = window.focusedPane();
        QVERIFY(!left->findChild<QToolButton *>(QStringLiteral("closeButton"))->isVisible()); // the last pane stays

        // Ctrl+\ splits right: the new pane shows the same channel and takes the focus.
        QTest::keyClick(&window, Qt::Key_Backslash, Qt::ControlModifier);
        QCOMPARE(area->panes().size(), 2);
        ChannelPane *right = window.focusedPane();
        QVERIFY(right != left);
        QCOMPARE(right->channel(), kSignups);
        window.showChannel(kPayments);
        QCOMPARE(channelsOf(area), QStringList({ kSignups, kPayments }));
        QTRY_COMPARE(right->feedModel()->rowCount(), 50);
        QTRY_COMPARE(left->feedModel()->rowCount(), 50);
        QCOMPARE(left->feedModel()->eventAt(0).channel, kSignups);
        QTRY_VERIFY(window.readMarkers()->isLoaded());
        QCOMPARE(window.feedModel(), right->feedModel());
        QVERIFY(left->geometry().right() < right->geometry().left());
        // What arrives in a channel shown in any pane is seen, not unread.
        commit(*m_store, { makeEvent(kSignups, QStringLiteral("seen on the left")),
                           makeEvent(kErrors, QStringLiteral("not shown")) });
        QTRY_COMPARE(left->feedModel()->rowCount(), 51);
        QTRY_COMPARE(unreadOf(window, kErrors), 1);
        QCOMPARE(unreadOf(window, kSignups), 0);

        // Clicking the left feed focuses it; the sidebar follows.
        QTest::mouseClick(left->feedView()->viewport(), Qt::LeftButton, {}, QPoint(50, 50));
        QCOMPARE(window.focusedPane(), left);
        QCOMPARE(window.currentChannel(), kSignups);
        QCOMPARE(window.channelModel()->nameAt(
                         window.findChild<QListView *>(QStringLiteral("channelList"))->currentIndex().row()),
                 kSignups);

        // Split the right pane down, then move and close panes from their headers.
        ChannelPane *below = area->split(right, Qt::Vertical);
        QVERIFY(below);
        window.showChannel(kErrors);
        QCOMPARE(channelsOf(area), QStringList({ kSignups, kPayments, kErrors }));
        QVERIFY(below->geometry().top() > right->geometry().bottom() - 1 || below->mapTo(&window, QPoint()).y() > right->mapTo(&window, QPoint()).y());
        area->movePane(below, -1);
        QCOMPARE(channelsOf(area), QStringList({ kSignups, kErrors, kPayments }));
        QVERIFY(left->findChild<QToolButton *>(QStringLiteral("closeButton"))->isVisibleTo(left));
        QTest::mouseClick(left->findChild<QToolButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        QCOMPARE(channelsOf(area), QStringList({ kErrors, kPayments }));
        QVERIFY(window.focusedPane() != nullptr);
    }

    void theArrangementAndGeometryAreRestoredAtTheNextStart()
    {
        {
            MainWindow window(m_store.get());
            window.resize(1180, 640);
            window.show();
            window.restoreState(kSignups);
            ChannelPane *first = window.focusedPane();
            ChannelPane *second = window.paneArea()->split(first, Qt::Horizontal);
            window.showChannel(kPayments);
            ChannelPane *third = window.paneArea()->split(second, Qt::Vertical);
            window.showChannel(kErrors);
            window.paneArea()->setFocusedPane(second);
            QCOMPARE(window.currentChannel(), kPayments);
            QVERIFY(third);
            window.close();
        }
        MainWindow again(m_store.get());
        again.restoreState(kSignups);
        again.show();
        QCOMPARE(again.size(), QSize(1180, 640));
        QCOMPARE(channelsOf(again.paneArea()), QStringList({ kSignups, kPayments, kErrors }));
        QCOMPARE(again.currentChannel(), kPayments); // the focused pane too
        const QList<ChannelPane *> panes = again.paneArea()->panes();
        auto *outer = qobject_cast<QSplitter *>(panes.at(0)->parentWidget());
        auto *inner = qobject_cast<QSplitter *>(panes.at(1)->parentWidget());
        QVERIFY(outer && inner && outer != inner);
        QCOMPARE(outer->orientation(), Qt::Horizontal);
        QCOMPARE(inner->orientation(), Qt::Vertical);
        QCOMPARE(inner->parentWidget(), outer);
        for (ChannelPane *pane : panes)
            QTRY_COMPARE(pane->feedModel()->rowCount(), 50);
    }

    // Each pane has a composer of its own, bound to its channel; a restored arrangement too.
    void composersComeBackWithTheirPanes()
    {
        ChatOps chatops(m_store.get());
        {
            MainWindow window(m_store.get());
            window.setChatOps(&chatops);
            window.resize(1100, 640);
            window.show();
            window.restoreState(kSignups);
            ChannelPane *second = window.paneArea()->split(window.focusedPane(), Qt::Horizontal);
            window.showChannel(kPayments);
            QCOMPARE(WindowChatOps::composerOf(second)->channel(), kPayments);
            QCOMPARE(WindowChatOps::composerOf(window.paneArea()->panes().first())->channel(), kSignups);
            window.close();
        }
        MainWindow again(m_store.get());
        again.setChatOps(&chatops);
        again.resize(1100, 640);
        again.show();
        again.restoreState(kSignups);
        const QList<ChannelPane *> panes = again.paneArea()->panes();
        QCOMPARE(channelsOf(again.paneArea()), QStringList({ kSignups, kPayments }));
        for (ChannelPane *pane : panes) {
            Composer *composer = WindowChatOps::composerOf(pane);
            QVERIFY(composer);
            QCOMPARE(composer->channel(), pane->channel());
            QCOMPARE(composer->parentWidget(), pane);
            QTRY_COMPARE(pane->feedModel()->rowCount(), 50);
        }
        QTest::keyClicks(WindowChatOps::composerOf(panes.at(1))->editor(), QStringLiteral("typed on the right"));
        QTest::keyClick(WindowChatOps::composerOf(panes.at(1))->editor(), Qt::Key_Return);
        QTRY_COMPARE(panes.at(1)->feedModel()->rowCount(), 51);
        QCOMPARE(panes.at(1)->feedModel()->eventAt(50).text, QStringLiteral("typed on the right"));
        QCOMPARE(panes.at(0)->feedModel()->rowCount(), 50);
    }

    void aBrokenSavedArrangementFallsBackToOnePane()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("bellboard"), QStringLiteral("window"));
        settings.setValue(QStringLiteral("window/panes"), QStringLiteral("{\"orientation\":\"diagonal\",\"children\":[]}"));
        settings.setValue(QStringLiteral("window/channel"), kPayments);
        settings.sync();
        MainWindow window(m_store.get());
        window.restoreState(kSignups);
        QCOMPARE(window.paneArea()->panes().size(), 1);
        QCOMPARE(window.currentChannel(), kPayments);
        QVERIFY(!window.paneArea()->restoreLayout("not json"));
        QVERIFY(!window.paneArea()->restoreLayout(R"({"channel": 42})"));
        QCOMPARE(window.paneArea()->panes().size(), 1);
        // A saved pane whose channel no longer exists shows a known one.
        QVERIFY(window.paneArea()->restoreLayout(R"({"orientation":"horizontal","children":[{"channel":"gone"},{"channel":"financials","focused":true}]})"));
        QCOMPARE(channelsOf(window.paneArea()), QStringList({ QStringLiteral("gone"), kPayments }));
    }

    void theFooterSlotHoldsAWidgetUnderTheFeed()
    {
        MainWindow window(m_store.get());
        window.resize(900, 600);
        window.show();
        window.restoreState(kSignups);
        auto *composer = new QLabel(QStringLiteral("composer"));
        window.focusedPane()->setFooter(composer);
        QCOMPARE(window.focusedPane()->footer(), composer);
        QTRY_VERIFY(composer->isVisible());
        QVERIFY(composer->mapTo(&window, QPoint()).y() > window.feedView()->mapTo(&window, QPoint()).y());
        window.focusedPane()->setFooter(nullptr);
        QVERIFY(!window.focusedPane()->footer());
    }

    void unreadCountsSurviveARestart()
    {
        {
            MainWindow window(m_store.get());
            window.show();
            window.restoreState(kSignups);
            QSignalSpy loaded(window.readMarkers(), &ReadMarkers::countsLoaded);
            QVERIFY(loaded.wait());
            QCOMPARE(unreadOf(window, kPayments), 0); // first start: everything before it is read
            EventList events;
            for (int i = 0; i < 3; ++i)
                events << makeEvent(kPayments, QStringLiteral("Payment while away %1").arg(i));
            events << makeEvent(kErrors, QStringLiteral("disk full"), {}, Level::Crit);
            events << makeEvent(kSignups, QStringLiteral("seen: the open channel"));
            commit(*m_store, events);
            QTRY_COMPARE(unreadOf(window, kPayments), 3);
            QTRY_COMPARE(unreadOf(window, kErrors), 1);
            window.close();
        }
        {
            MainWindow again(m_store.get());
            again.show();
            again.restoreState(kSignups);
            QSignalSpy loaded(again.readMarkers(), &ReadMarkers::countsLoaded);
            QVERIFY(loaded.wait());
            QCOMPARE(unreadOf(again, kPayments), 3);
            QCOMPARE(unreadOf(again, kErrors), 1);
            const ChannelListModel *model = again.channelModel();
            QCOMPARE(Level(model->index(model->rowOf(kErrors)).data(ChannelListModel::UnreadLevelRole).toInt()),
                     Level::Crit);
            QCOMPARE(unreadOf(again, kSignups), 0);
            again.showChannel(kPayments); // read now
            QCOMPARE(unreadOf(again, kPayments), 0);
            again.close();
        }
        MainWindow third(m_store.get());
        third.restoreState(kSignups);
        QSignalSpy loaded(third.readMarkers(), &ReadMarkers::countsLoaded);
        QVERIFY(loaded.wait());
        QCOMPARE(unreadOf(third, kPayments), 0);
        QCOMPARE(unreadOf(third, kErrors), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
