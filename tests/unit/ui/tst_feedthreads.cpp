#include "../store/storetesthelpers.h"
#include "store/asynceventreader.h"
#include "ui/feeddelegate.h"
#include "ui/feedmodel.h"
#include "ui/feedview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {
const QString channel = QStringLiteral("deployments");

Event replyTo(const QString &threadKey, const QString &text)
{
    Event event = makeEvent(channel, text);
    event.threadKey = threadKey;
    return event;
}

int rowOf(const FeedModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.eventAt(row).id == id)
            return row;
    return -1;
}
} // namespace

// Thread replies in the feed: grouped under their start with a count, expanded on demand,
// joined by live replies, and taken in when an older page brings their start.
class TestFeedThreads : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_path));
        m_reader = std::make_unique<AsyncEventReader>(m_path);
    }
    void cleanup()
    {
        m_reader.reset();
        m_store.reset();
    }

    void repliesAreCountedUnderTheirStartAndShownWhenExpanded()
    {
        const Event start = commit(*m_store, { makeEvent(channel, QStringLiteral("deploy web started")) }).first();
        // As a chat.postMessage sender threads: thread_ts is the ts Bellboard answered.
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("step 1 done")),
                           makeEvent(channel, QStringLiteral("unrelated")),
                           replyTo(start.slackTs(), QStringLiteral("step 2 done")),
                           replyTo(start.slackTs(), QStringLiteral("deploy finished")) });
        FeedModel model(m_store.get(), m_reader.get());
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(channel);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.heldCount(), 5);
        const QModelIndex startRow = model.index(0);
        QCOMPARE(startRow.data(FeedModel::ReplyCountRole).toInt(), 3);
        QVERIFY(startRow.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("3 replies")));
        QCOMPARE(model.eventAt(1).text, QStringLiteral("unrelated"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.toggleThread(start.id);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.eventAt(1).text, QStringLiteral("step 1 done"));
        QCOMPARE(model.eventAt(3).text, QStringLiteral("deploy finished"));
        QCOMPARE(model.eventAt(4).text, QStringLiteral("unrelated"));
        QVERIFY(model.index(1).data(FeedModel::IsReplyRole).toBool());
        QVERIFY(!model.index(1).data(FeedModel::StartsDayRole).toBool());
        QVERIFY(!model.index(4).data(FeedModel::IsReplyRole).toBool());
        QVERIFY(model.index(0).data(FeedModel::ThreadExpandedRole).toBool());

        model.toggleThread(start.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.heldCount(), 5);
    }

    void aLiveReplyRaisesTheCountWithoutANewRow()
    {
        Event slackParent = makeEvent(channel, QStringLiteral("Is prod down?"));
        slackParent.senderTs = QStringLiteral("1732442400.000100"); // mirrored from Slack
        commit(*m_store, { slackParent });
        FeedModel model(m_store.get(), m_reader.get());
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(channel);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        commit(*m_store, { replyTo(slackParent.senderTs, QStringLiteral("no, it's the VPN")) });
        QTRY_COMPARE(model.index(0).data(FeedModel::ReplyCountRole).toInt(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.index(0).data(FeedModel::LastReplyAtRole).toLongLong() > 0);

        // Expanded, the next live reply is a row at the end of its thread, above newer events.
        commit(*m_store, { makeEvent(channel, QStringLiteral("later, top level")) });
        QTRY_COMPARE(model.rowCount(), 2);
        model.setThreadExpanded(model.eventAt(0).id, true);
        QCOMPARE(model.rowCount(), 3);
        commit(*m_store, { replyTo(slackParent.senderTs, QStringLiteral("VPN fixed")) });
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.eventAt(2).text, QStringLiteral("VPN fixed"));
        QVERIFY(model.index(2).data(FeedModel::IsReplyRole).toBool());
        QCOMPARE(model.eventAt(3).text, QStringLiteral("later, top level"));
        QCOMPARE(model.index(0).data(FeedModel::ReplyCountRole).toInt(), 2);
    }

    void anOlderPageBringsTheStartOfRepliesAlreadyShown()
    {
        const Event start = commit(*m_store, { makeEvent(channel, QStringLiteral("incident opened")) }).first();
        EventList filler;
        for (int i = 0; i < 30; ++i)
            filler << makeEvent(channel, QStringLiteral("noise %1").arg(i));
        commit(*m_store, filler);
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("mitigated")) });
        FeedModel model(m_store.get(), m_reader.get());
        model.setPageSize(10);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(channel);
        QVERIFY(loaded.wait());
        // The start is not in the newest page: the reply is a row, marked as in a thread.
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.eventAt(9).text, QStringLiteral("mitigated"));
        QVERIFY(model.index(9).data(FeedModel::InThreadRole).toBool());
        // A live reply to the same thread gathers under it meanwhile.
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("resolved")) });
        QTRY_COMPARE(model.index(9).data(FeedModel::ReplyCountRole).toInt(), 1);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.index(9).data(FeedModel::InThreadRole).toBool()); // its count says it

        QSignalSpy older(&model, &FeedModel::olderLoaded);
        while (model.canFetchOlder()) {
            model.fetchOlder();
            QVERIFY(older.wait());
        }
        QCOMPARE(model.eventAt(0).id, start.id);
        QCOMPARE(model.index(0).data(FeedModel::ReplyCountRole).toInt(), 2);
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(model.heldCount(), 33);
        QCOMPARE(rowOf(model, start.id + 31), -1); // "mitigated" is no row of its own any more
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row).data(FeedModel::InThreadRole).toBool());
        // Revealing a hidden reply expands its thread.
        const int row = model.revealRow(start.id + 32);
        QCOMPARE(row, 2);
        QCOMPARE(model.eventAt(row).text, QStringLiteral("resolved"));
    }

    void aPlainGroupingKeyGroupsUnderItsOldestEvent()
    {
        EventList events;
        for (int i = 0; i < 4; ++i) {
            Event step = makeEvent(channel, QStringLiteral("nightly backup step %1").arg(i));
            step.threadKey = QStringLiteral("backup-2026-12-01");
            events << step;
        }
        events.insert(2, makeEvent(channel, QStringLiteral("between")));
        commit(*m_store, events);
        FeedModel model(m_store.get(), m_reader.get());
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(channel);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventAt(0).text, QStringLiteral("nightly backup step 0"));
        QCOMPARE(model.index(0).data(FeedModel::ReplyCountRole).toInt(), 3);
        QCOMPARE(model.eventAt(1).text, QStringLiteral("between"));
    }

    void trimmingTheWindowDropsAThreadWithItsReplies()
    {
        const Event start = commit(*m_store, { makeEvent(channel, QStringLiteral("start")) }).first();
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("r1")), replyTo(start.slackTs(), QStringLiteral("r2")) });
        FeedModel model(m_store.get(), m_reader.get());
        model.setCapacity(5);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(channel);
        QVERIFY(loaded.wait());
        model.setThreadExpanded(start.id, true);
        QCOMPARE(model.rowCount(), 3);
        EventList live;
        for (int i = 0; i < 3; ++i)
            live << makeEvent(channel, QStringLiteral("live %1").arg(i));
        commit(*m_store, live);
        QTRY_COMPARE(model.eventAt(model.rowCount() - 1).text, QStringLiteral("live 2"));
        QCOMPARE(model.rowCount(), 3); // the thread (3 events) left whole to make room
        QCOMPARE(model.heldCount(), 3);
        QCOMPARE(model.eventAt(0).text, QStringLiteral("live 0"));
        QVERIFY(model.index(0).data(FeedModel::StartsDayRole).toBool());
    }

    void clickingTheRepliesLineExpandsTheThread()
    {
        const Event start = commit(*m_store, { makeEvent(channel, QStringLiteral("deploy api")) }).first();
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("done")) });
        FeedModel model(m_store.get(), m_reader.get());
        FeedView view;
        view.setFeedModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(channel);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        const QRect rect = view.visualRect(index);
        QPoint link;
        for (int y = rect.top(); y <= rect.bottom() && link.isNull(); ++y) {
            const QPoint at(rect.left() + rect.width() / 6, y);
            if (view.feedDelegate()->anchorAt(view.optionFor(index), index, at).startsWith(QStringLiteral("bb-thread:")))
                link = at;
        }
        QVERIFY2(!link.isNull(), "no replies line under the thread's start");
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventAt(1).text, QStringLiteral("done"));
        QVERIFY(view.visualRect(model.index(1)).left() >= rect.left());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link);
        QCOMPARE(model.rowCount(), 1);
        // From the keyboard: Return on the current row.
        view.setCurrentIndex(model.index(0));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(model.rowCount(), 2);
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(model.rowCount(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<AsyncEventReader> m_reader;
};

QTEST_MAIN(TestFeedThreads)
#include "tst_feedthreads.moc"
