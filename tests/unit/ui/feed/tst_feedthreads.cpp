#include "store/storetesthelpers.h"
#include "store/asynceventreader.h"
#include "store/externalevents.h"
#include "ui/feed/feeddelegate.h"
#include "ui/feed/feedmodel.h"
#include "ui/feed/feedview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

namespace {
const QString kChannel = QStringLiteral("deployments");

Event replyTo(const QString &threadKey, const QString &text)
{
    Event event = makeEvent(kChannel, text);
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

// The window as a user sees it, a line a row: "text [replies]", a shown reply indented,
// "+" on an expanded start, "~" on a row marked as in a thread.
QStringList shape(const FeedModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QString line = model.eventAt(row).text;
        if (index.data(FeedModel::IsReplyRole).toBool())
            line.prepend(QStringLiteral("  "));
        if (const int replies = index.data(FeedModel::ReplyCountRole).toInt())
            line += QStringLiteral(" [%1]").arg(replies);
        if (index.data(FeedModel::ThreadExpandedRole).toBool())
            line += QStringLiteral(" +");
        if (index.data(FeedModel::InThreadRole).toBool())
            line += QStringLiteral(" ~");
        rows << line;
    }
    return rows;
}

// A message of the mirrored Slack channel, stored or changed as the mirror does.
ExternalChange slackUpsert(const QString &ts, const QString &text, const QString &threadTs = {})
{
    Event event = makeEvent(kChannel, text);
    event.source = QStringLiteral("slack");
    event.senderTs = ts;
    event.threadKey = threadTs;
    return { ExternalChange::Kind::Upsert, QStringLiteral("slack:C0OPS"), ts, event };
}

ExternalChange slackDelete(const QString &ts)
{
    return { ExternalChange::Kind::Remove, QStringLiteral("slack:C0OPS"), ts, {} };
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
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("deploy web started")) }).first();
        // As a chat.postMessage sender threads: thread_ts is the ts Bellboard answered.
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("step 1 done")),
                           makeEvent(kChannel, QStringLiteral("unrelated")),
                           replyTo(start.slackTs(), QStringLiteral("step 2 done")),
                           replyTo(start.slackTs(), QStringLiteral("deploy finished")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
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
        Event slackParent = makeEvent(kChannel, QStringLiteral("Is prod down?"));
        slackParent.senderTs = QStringLiteral("1732442400.000100"); // mirrored from Slack
        commit(*m_store, { slackParent });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
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
        commit(*m_store, { makeEvent(kChannel, QStringLiteral("later, top level")) });
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
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("incident opened")) }).first();
        EventList filler;
        for (int i = 0; i < 30; ++i)
            filler << makeEvent(kChannel, QStringLiteral("noise %1").arg(i));
        commit(*m_store, filler);
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("mitigated")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
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
            Event step = makeEvent(kChannel, QStringLiteral("nightly backup step %1").arg(i));
            step.threadKey = QStringLiteral("backup-2026-12-01");
            events << step;
        }
        events.insert(2, makeEvent(kChannel, QStringLiteral("between")));
        commit(*m_store, events);
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.eventAt(0).text, QStringLiteral("nightly backup step 0"));
        QCOMPARE(model.index(0).data(FeedModel::ReplyCountRole).toInt(), 3);
        QCOMPARE(model.eventAt(1).text, QStringLiteral("between"));
    }

    void trimmingTheWindowDropsAThreadWithItsReplies()
    {
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("start")) }).first();
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("r1")), replyTo(start.slackTs(), QStringLiteral("r2")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(5);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
        QVERIFY(loaded.wait());
        model.setThreadExpanded(start.id, true);
        QCOMPARE(model.rowCount(), 3);
        EventList live;
        for (int i = 0; i < 3; ++i)
            live << makeEvent(kChannel, QStringLiteral("live %1").arg(i));
        commit(*m_store, live);
        QTRY_COMPARE(model.eventAt(model.rowCount() - 1).text, QStringLiteral("live 2"));
        QCOMPARE(model.rowCount(), 3); // the thread (3 events) left whole to make room
        QCOMPARE(model.heldCount(), 3);
        QCOMPARE(model.eventAt(0).text, QStringLiteral("live 0"));
        QVERIFY(model.index(0).data(FeedModel::StartsDayRole).toBool());
    }

    // Deleting a reply: the count drops at once, a shown reply's row goes, and a thread left
    // with none collapses (a reply arriving later is counted, not shown).
    void aDeletedReplyLowersItsThreadsCountAndTakesItsRow()
    {
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("deploy")) }).first();
        const EventList replies = commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("r1")),
                                                     replyTo(start.slackTs(), QStringLiteral("r2")),
                                                     makeEvent(kChannel, QStringLiteral("unrelated")),
                                                     replyTo(start.slackTs(), QStringLiteral("r3")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlushInterval(0);
        open(model);
        QCOMPARE(shape(model), (QStringList{ "deploy [3]", "unrelated" }));
        QCOMPARE(model.heldCount(), 5);

        // A hidden reply: no row changes, the count does.
        QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_store->removeEvent(replies.at(0).id).result().ok);
        QTRY_COMPARE(model.index(0).data(FeedModel::ReplyCountRole).toInt(), 2);
        QCOMPARE(shape(model), (QStringList{ "deploy [2]", "unrelated" }));
        QCOMPARE(model.heldCount(), 4);
        QCOMPARE(removedRows.count(), 0);

        // A shown reply: its row goes too.
        model.setThreadExpanded(start.id, true);
        QCOMPARE(shape(model), (QStringList{ "deploy [2] +", "  r2", "  r3", "unrelated" }));
        QVERIFY(m_store->removeEvent(replies.at(3).id).result().ok);
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(shape(model), (QStringList{ "deploy [1] +", "  r2", "unrelated" }));
        QCOMPARE(model.heldCount(), 3);
        QCOMPARE(removedRows.count(), 1);
        QCOMPARE(removedRows.first().at(1).toInt(), 2);

        // The last reply: the thread has nothing to show and is collapsed.
        QVERIFY(m_store->removeEvent(replies.at(1).id).result().ok);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(shape(model), (QStringList{ "deploy", "unrelated" }));
        QCOMPARE(model.heldCount(), 2);
        QCOMPARE(model.index(0).data(FeedModel::LastReplyAtRole).toLongLong(), 0);

        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("r4")) });
        QTRY_COMPARE(model.heldCount(), 3);
        QCOMPARE(shape(model), (QStringList{ "deploy [1]", "unrelated" }));
    }

    // An edited reply stays in its thread, and shows the edit whether it was shown or hidden
    // when it changed.
    void anEditedReplyStaysInItsThread()
    {
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("deploy")) }).first();
        const EventList replies = commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("r1")),
                                                     replyTo(start.slackTs(), QStringLiteral("r2")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model);
        QSignalSpy replaced(&model, &FeedModel::eventsReplaced);
        Event content;
        content.text = QStringLiteral("r1 (edited)");
        QVERIFY(m_store->replaceEventContent(replies.at(0).id, content).result().ok);
        QTRY_COMPARE(replaced.count(), 1);
        QCOMPARE(shape(model), (QStringList{ "deploy [2]" }));
        QCOMPARE(model.heldCount(), 3);
        model.setThreadExpanded(start.id, true);
        QCOMPARE(shape(model), (QStringList{ "deploy [2] +", "  r1 (edited)", "  r2" }));

        content.text = QStringLiteral("r2 (edited)");
        QVERIFY(m_store->replaceEventContent(replies.at(1).id, content).result().ok);
        QTRY_COMPARE(replaced.count(), 2);
        QCOMPARE(shape(model), (QStringList{ "deploy [2] +", "  r1 (edited)", "  r2 (edited)" }));
        model.setThreadExpanded(start.id, false);
        model.setThreadExpanded(start.id, true);
        QCOMPARE(shape(model), (QStringList{ "deploy [2] +", "  r1 (edited)", "  r2 (edited)" }));
        QCOMPARE(model.heldCount(), 3);
    }

    // A Slack edit that changes a message's thread_ts moves it: out of one thread, into
    // another, or out to a row of its own.
    void anEditThatChangesTheThreadMovesTheMessage()
    {
        const QString a = QStringLiteral("1764600000.000100");
        const QString b = QStringLiteral("1764600060.000100");
        const QString reply = QStringLiteral("1764600120.000100");
        QVERIFY(m_store->applyExternal({ { slackUpsert(a, QStringLiteral("thread a")),
                                           slackUpsert(b, QStringLiteral("thread b")),
                                           slackUpsert(reply, QStringLiteral("answer"), a) },
                                         {} })
                        .result()
                        .ok);
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model);
        QCOMPARE(shape(model), (QStringList{ "thread a [1]", "thread b" }));
        model.setThreadExpanded(model.eventAt(0).id, true);
        QCOMPARE(shape(model), (QStringList{ "thread a [1] +", "  answer", "thread b" }));

        QVERIFY(m_store->applyExternal({ { slackUpsert(reply, QStringLiteral("answer, moved"), b) }, {} }).result().ok);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(shape(model), (QStringList{ "thread a", "thread b [1]" }));
        QCOMPARE(model.heldCount(), 3);
        model.setThreadExpanded(model.eventAt(1).id, true);
        QCOMPARE(shape(model), (QStringList{ "thread a", "thread b [1] +", "  answer, moved" }));

        // Out of every thread: a row of its own, in its place in time.
        QVERIFY(m_store->applyExternal({ { slackUpsert(reply, QStringLiteral("top level now")) }, {} }).result().ok);
        QTRY_COMPARE(model.index(1).data(FeedModel::ReplyCountRole).toInt(), 0);
        QCOMPARE(shape(model), (QStringList{ "thread a", "thread b", "top level now" }));
        QCOMPARE(model.heldCount(), 3);
    }

    // A thread start the store deletes leaves its replies as reopening the channel shows
    // them: the oldest heads the others, in its own place in time.
    void aDeletedStartLeavesItsRepliesAsReopeningShowsThem()
    {
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("deploy")) }).first();
        commit(*m_store, { makeEvent(kChannel, QStringLiteral("before")),
                           replyTo(start.slackTs(), QStringLiteral("r1")),
                           replyTo(start.slackTs(), QStringLiteral("r2")),
                           makeEvent(kChannel, QStringLiteral("after")),
                           replyTo(start.slackTs(), QStringLiteral("r3")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model);
        model.setThreadExpanded(start.id, true);
        QCOMPARE(shape(model), (QStringList{ "deploy [3] +", "  r1", "  r2", "  r3", "before", "after" }));
        QCOMPARE(model.heldCount(), 6);

        QVERIFY(m_store->removeEvent(start.id).result().ok);
        QTRY_COMPARE(model.heldCount(), 5);
        QCOMPARE(shape(model), (QStringList{ "before", "r1 [2] +", "  r2", "  r3", "after" }));
        model.setThreadExpanded(model.eventAt(1).id, false);
        const QStringList live = shape(model);
        QCOMPARE(live, (QStringList{ "before", "r1 [2]", "after" }));

        open(model);
        QCOMPARE(shape(model), live);
        QCOMPARE(model.heldCount(), 5);

        // The new head goes too: the next reply heads what is left, alone it is marked.
        QVERIFY(m_store->removeEvent(model.eventAt(1).id).result().ok);
        QTRY_COMPARE(model.heldCount(), 4);
        QCOMPARE(shape(model), (QStringList{ "before", "r2 [1]", "after" }));
        QVERIFY(m_store->removeEvent(model.eventAt(1).id).result().ok);
        QTRY_COMPARE(model.heldCount(), 3);
        QCOMPARE(shape(model), (QStringList{ "before", "after", "r3 ~" }));
    }

    // Slack never deletes a start with replies: it edits it into a tombstone, which stays
    // with its replies until Slack deletes it after the last one.
    void slacksTombstoneKeepsTheStartWithItsReplies()
    {
        const QString parent = QStringLiteral("1764600000.000100");
        const QString r1 = QStringLiteral("1764600060.000100");
        const QString r2 = QStringLiteral("1764600120.000100");
        QVERIFY(m_store->applyExternal({ { slackUpsert(parent, QStringLiteral("Is prod down?")),
                                           slackUpsert(r1, QStringLiteral("no"), parent),
                                           slackUpsert(r2, QStringLiteral("VPN"), parent) },
                                         {} })
                        .result()
                        .ok);
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model);
        model.setThreadExpanded(model.eventAt(0).id, true);
        QCOMPARE(shape(model), (QStringList{ "Is prod down? [2] +", "  no", "  VPN" }));

        // message_changed, subtype tombstone: thread_ts is its own ts now.
        QSignalSpy replaced(&model, &FeedModel::eventsReplaced);
        QVERIFY(m_store->applyExternal({ { slackUpsert(parent, QStringLiteral("This message was deleted."), parent) }, {} })
                        .result()
                        .ok);
        QTRY_COMPARE(replaced.count(), 1);
        QCOMPARE(shape(model), (QStringList{ "This message was deleted. [2] +", "  no", "  VPN" }));
        QVERIFY(m_store->applyExternal({ { slackDelete(r1) }, {} }).result().ok);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(shape(model), (QStringList{ "This message was deleted. [1] +", "  VPN" }));
        QVERIFY(m_store->applyExternal({ { slackDelete(r2), slackDelete(parent) }, {} }).result().ok);
        QTRY_COMPARE(model.rowCount(), 0);
        QCOMPARE(model.heldCount(), 0);
    }

    // The model checker over everything the window does: pages on top, live events, threads
    // opened and closed, edits and deletions, trimming. After each, the rows agree with the
    // counts: an expanded start has its replies right under it, a collapsed one none.
    void theModelStaysConsistentThroughEverything()
    {
        const Event first = commit(*m_store, { makeEvent(kChannel, QStringLiteral("start 0")) }).first();
        EventList events;
        for (int i = 1; i < 60; ++i) {
            if (i % 3 == 0)
                events << replyTo(i % 2 ? first.slackTs() : QStringLiteral("group"), QStringLiteral("reply %1").arg(i));
            else
                events << makeEvent(kChannel, QStringLiteral("event %1").arg(i));
        }
        const EventList stored = commit(*m_store, events);
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setCapacity(50);
        model.setFlushInterval(0);
        open(model);
        QSignalSpy older(&model, &FeedModel::olderLoaded);
        while (model.canFetchOlder()) {
            model.fetchOlder();
            QVERIFY(older.wait());
        }
        QCOMPARE(model.heldCount(), 50);
        checkThreads(model);
        for (int row = 0; row < model.rowCount(); ++row)
            model.toggleThread(model.eventAt(row).id);
        checkThreads(model);

        Event content;
        for (int i = 0; i < stored.size(); i += 4) {
            content.text = QStringLiteral("edited %1").arg(i);
            QVERIFY(m_store->replaceEventContent(stored.at(i).id, content).result().ok);
        }
        int held = 0;
        for (int i = 1; i < stored.size(); i += 5) {
            held += rowOf(model, stored.at(i).id) >= 0 || model.revealRow(stored.at(i).id) >= 0;
            QVERIFY(m_store->removeEvent(stored.at(i).id).result().ok);
        }
        commit(*m_store, { makeEvent(kChannel, QStringLiteral("after the edits")) }); // announced after them
        QTRY_COMPARE(model.eventAt(model.rowCount() - 1).text, QStringLiteral("after the edits"));
        QCOMPARE(model.heldCount(), 50 - held + 1);
        checkThreads(model);

        for (int i = 0; i <= 20; ++i)
            commit(*m_store, { i % 2 ? replyTo(QStringLiteral("group"), QStringLiteral("live reply %1").arg(i))
                                     : makeEvent(kChannel, QStringLiteral("live %1").arg(i)) });
        QTRY_COMPARE(model.eventAt(model.rowCount() - 1).text, QStringLiteral("live 20"));
        QVERIFY(model.heldCount() <= 50); // trimmed a whole thread at a time
        checkThreads(model);
        for (int row = 0; row < model.rowCount(); ++row)
            model.setThreadExpanded(model.eventAt(row).id, false);
        checkThreads(model);
    }

    void clickingTheRepliesLineExpandsTheThread()
    {
        const Event start = commit(*m_store, { makeEvent(kChannel, QStringLiteral("deploy api")) }).first();
        commit(*m_store, { replyTo(start.slackTs(), QStringLiteral("done")) });
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FeedView view;
        view.setFeedModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
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
    static void checkThreads(const FeedModel &model)
    {
        int held = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(!index.data(FeedModel::IsReplyRole).toBool());
            const int replies = index.data(FeedModel::ReplyCountRole).toInt();
            const bool expanded = index.data(FeedModel::ThreadExpandedRole).toBool();
            QVERIFY(!expanded || replies > 0);
            held += 1 + replies;
            for (int i = 1; expanded && i <= replies; ++i)
                QVERIFY(model.index(row + i).data(FeedModel::IsReplyRole).toBool());
            row += expanded ? replies : 0;
        }
        QCOMPARE(model.heldCount(), held);
    }

    // (Re)opens the channel and waits for its newest page.
    void open(FeedModel &model)
    {
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(kChannel);
        QVERIFY(loaded.wait());
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<AsyncEventReader> m_reader;
};

QTEST_MAIN(TestFeedThreads)
#include "tst_feedthreads.moc"
