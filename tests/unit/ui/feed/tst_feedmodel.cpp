#include "store/storetesthelpers.h"
#include "store/asynceventreader.h"
#include "ui/feed/feedmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestFeedModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_path));
        EventList events;
        for (int i = 0; i < 500; ++i) {
            events << makeEvent(QStringLiteral("user-behavior"), QStringLiteral("sign-up %1").arg(i));
            events << makeEvent(QStringLiteral("financials"), QStringLiteral("payment %1").arg(i));
        }
        m_seeded = commit(*m_store, events);
        m_reader = std::make_unique<AsyncEventReader>(m_path);
    }
    void cleanup()
    {
        m_reader.reset();
        m_store.reset();
    }

    void opensWithTheNewestPageNewestAtTheBottom()
    {
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("user-behavior"));
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing read on the caller's thread
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.eventAt(199).text, QStringLiteral("sign-up 499"));
        QCOMPARE(model.eventAt(0).text, QStringLiteral("sign-up 300"));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.eventAt(row).id > model.eventAt(row - 1).id);
        QVERIFY(model.index(0).data(FeedModel::StartsDayRole).toBool());
        QVERIFY(!model.index(1).data(FeedModel::StartsDayRole).toBool());
        QVERIFY(model.canFetchOlder());
    }

    void scrollingBackLoadsOlderPagesUntilTheWindowIsFull()
    {
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(350);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        QSignalSpy older(&model, &FeedModel::olderLoaded);
        model.setChannel(QStringLiteral("financials"));
        QVERIFY(loaded.wait());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchOlder();
        QVERIFY(!model.canFetchOlder()); // one page in flight at a time
        QVERIFY(older.wait());
        QCOMPARE(older.at(0).at(0).toInt(), 150);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // at the top
        QCOMPARE(model.rowCount(), 350);
        QCOMPARE(model.eventAt(0).text, QStringLiteral("payment 150"));
        QCOMPARE(model.eventAt(349).text, QStringLiteral("payment 499"));
        QVERIFY(!model.canFetchOlder()); // bounded: deeper history is for search
    }

    void aBurstOfLiveEventsArrivesInAFewBatchedInsertsAndStaysBounded()
    {
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(1000);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("user-behavior"));
        QVERIFY(loaded.wait());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // 2,000 separate commits, as a busy sender makes them.
        QList<QFuture<AppendResult>> commits;
        for (int i = 0; i < 2000; ++i)
            commits << m_store->append({ makeEvent(QStringLiteral("user-behavior"), QStringLiteral("live %1").arg(i)) });
        commits.last().waitForFinished();
        const qint64 newest = commits.last().result().events.first().id;
        QTRY_COMPARE(model.eventAt(model.rowCount() - 1).id, newest);

        QCOMPARE(model.rowCount(), 1000);
        QVERIFY2(inserted.count() <= 10, qPrintable(QStringLiteral("%1 inserts").arg(inserted.count())));
        QCOMPARE(model.eventAt(999).text, QStringLiteral("live 1999"));
        QCOMPARE(model.eventAt(0).text, QStringLiteral("live 1000"));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.eventAt(row).id > model.eventAt(row - 1).id);
    }

    void eventsAddedWithinOneTickAreOneInsert()
    {
        FeedModel model(nullptr, m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("user-behavior"));
        QVERIFY(loaded.wait());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        qint64 id = m_seeded.last().id;
        for (int i = 0; i < 300; ++i) {
            Event event = makeEvent(i % 3 ? QStringLiteral("user-behavior") : QStringLiteral("financials"),
                                    QStringLiteral("live %1").arg(i));
            event.id = ++id;
            model.addEvents({ event });
        }
        QVERIFY(inserted.wait());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 400); // only this channel's 200 of the 300
    }

    void liveEventsAlreadyOnTheFirstPageAreNotShownTwice()
    {
        FeedModel model(nullptr, m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("user-behavior"));
        // The announcement of the newest committed batch races the first page.
        model.addEvents(m_seeded.mid(m_seeded.size() - 10));
        QVERIFY(loaded.wait());
        QTest::qWait(120); // two ticks: nothing may follow
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.eventAt(199).text, QStringLiteral("sign-up 499"));
    }

    void switchingChannelsDropsTheOldChannelsAnswer()
    {
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("user-behavior"));
        model.setChannel(QStringLiteral("financials"));
        QVERIFY(loaded.wait());
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 200);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.eventAt(row).channel, QStringLiteral("financials"));
    }

    // replace_original / delete_original through the store: the open feed edits the row in
    // place (same row, same id, no insert) and drops a deleted one.
    void anEditedEventChangesItsRowInPlaceAndADeletedOneGoes()
    {
        FeedModel model(m_store.get(), m_reader.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("financials"));
        QVERIFY(loaded.wait());
        const int row = 150;
        const Event before = model.eventAt(row);
        QCOMPARE(before.text, QStringLiteral("payment 450"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy replaced(&model, &FeedModel::eventsReplaced);
        Event content;
        content.text = QStringLiteral("payment 450 refunded");
        QVERIFY(m_store->replaceEventContent(before.id, content).result().ok);
        QTRY_COMPARE(model.eventAt(row).text, QStringLiteral("payment 450 refunded"));
        QCOMPARE(model.eventAt(row).id, before.id);
        QCOMPARE(model.eventAt(row).receivedAtMs, before.receivedAtMs);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(replaced.count(), 1);

        QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_store->removeEvent(before.id).result().ok);
        QTRY_COMPARE(model.rowCount(), 199);
        QCOMPARE(removedRows.count(), 1);
        QCOMPARE(removedRows.first().at(1).toInt(), row);
        QCOMPARE(model.eventAt(row).text, QStringLiteral("payment 451"));
        QCOMPARE(model.eventAt(row - 1).text, QStringLiteral("payment 449"));
    }

    // A screen reader (and the AT-SPI tree the console-process test reads) hears who took it.
    void anAcknowledgedRowSaysWhoTookItToAScreenReader()
    {
        FeedModel model(m_store.get(), m_reader.get());
        QSignalSpy loaded(&model, &FeedModel::newestLoaded);
        model.setChannel(QStringLiteral("financials"));
        QVERIFY(loaded.wait());
        const int row = model.rowCount() - 1;
        QVERIFY(!model.index(row).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("acknowledged")));
        QCOMPARE(m_store->acknowledge(model.eventAt(row).id, QStringLiteral("alice"), 1'700'000'000'000).result().outcome,
                 AckResult::Outcome::Acknowledged);
        QTRY_VERIFY(model.index(row).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("(acknowledged by alice)")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    EventList m_seeded;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<AsyncEventReader> m_reader;
};

QTEST_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
