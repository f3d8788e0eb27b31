// The wall's tiles and a person's story through the asynchronous reader, and SQLite's per-channel
// user index behind the story. What the counts and the story hold, on both engines:
// tst_storebackends.
#include "storetesthelpers.h"

#include "store/asynceventreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bb;
using namespace bb::test;

class TestEventTally : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.sqlite3").arg(++m_counter));
        m_store = std::make_unique<EventStore>();
        m_store->setDurability(EventStore::Durability::Normal);
        QVERIFY(m_store->open(m_path));
    }
    void cleanup() { m_store.reset(); }

    void theAsyncReaderAnswersTallies()
    {
        commit(*m_store, { payment(QStringLiteral("a")), payment(QStringLiteral("b")) });
        AsyncEventReader reader(m_path);
        QSignalSpy spy(&reader, &AsyncEventReader::tallyRead);
        std::optional<EventTally> answer;
        QObject context;
        reader.tally(parseSearchQuery(QStringLiteral("in:#financials")).query, false, &context,
                     [&](const EventTally &tally) { answer = tally; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->count, 2);
        QCOMPARE(spy.count(), 1);
    }

    // The counts come from the per-channel user index: it follows removals and edits that
    // change whom an event concerns, as reading the rows would.
    void userSummaryFollowsRemovalsAndEdits()
    {
        const QString dana = QStringLiteral("dana@acme.io");
        const EventList stored = commit(*m_store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("one"), { dana }),
                                                    makeEvent(QStringLiteral("user-behavior"), QStringLiteral("two"), { dana }),
                                                    payment(QStringLiteral("Charge succeeded"), Money{ 900, QStringLiteral("EUR") }, { dana }),
                                                    makeEvent(QStringLiteral("financials"), QStringLiteral("three"), { dana }) });
        EventReader reader(m_path);
        QCOMPARE(reader.userSummary(dana).events, 4);
        QCOMPARE(reader.userSummary(dana).latestPayment->id, stored.at(2).id);

        QVERIFY(m_store->removeEvent(stored.at(0).id).result().ok);
        QVERIFY(m_store->removeEvent(stored.at(2).id).result().ok);
        Event edited = stored.at(1);
        edited.users = { QStringLiteral("eve@x.io") };
        QVERIFY(m_store->replaceEventContent(edited.id, edited).result().ok);
        const UserSummary summary = reader.userSummary(dana);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.events, 1);
        QCOMPARE(summary.perChannel, (QList<QPair<QString, qint64>>{ { QStringLiteral("financials"), 1 } }));
        QVERIFY(!summary.latestPayment); // the payment is gone, and no text speaks of one
        QCOMPARE(reader.userSummary(QStringLiteral("eve@x.io")).perChannel,
                 (QList<QPair<QString, qint64>>{ { QStringLiteral("user-behavior"), 1 } }));
    }

    // A user the index cannot hold as one token (an apostrophe in the address) is counted by
    // reading their rows, with the same answer.
    void userSummaryOfAnAddressTheIndexSplits()
    {
        const QString obrien = QStringLiteral("o'brien@pub.ie");
        commit(*m_store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! o'brien@pub.ie"), { obrien }), 1000),
                           at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("brien@pub.ie logged in"), { QStringLiteral("brien@pub.ie") }), 2000),
                           at(payment(QStringLiteral("Charge succeeded"), Money{ 500, QStringLiteral("JPY") }, { obrien }), 3000) });
        EventReader reader(m_path);
        const UserSummary summary = reader.userSummary(obrien);
        QCOMPARE(summary.events, 2);
        QCOMPARE(summary.firstSeenMs, 1000);
        QCOMPARE(summary.lastSeenMs, 3000);
        QCOMPARE(summary.perChannel, (QList<QPair<QString, qint64>>{ { QStringLiteral("financials"), 1 }, { QStringLiteral("user-behavior"), 1 } }));
        QCOMPARE(summary.latestPayment->amount, (Money{ 500, QStringLiteral("JPY") }));
    }

    // A version 4 file gains the index from its stored events when opened.
    void aVersionFourFileIsIndexedPerChannelWhenOpened()
    {
        const QString dana = QStringLiteral("dana@acme.io");
        commit(*m_store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("one"), { dana }),
                           makeEvent(QStringLiteral("financials"), QStringLiteral("two"), { dana, QStringLiteral("eve@x.io") }),
                           makeEvent(QStringLiteral("financials"), QStringLiteral("nobody's")) });
        m_store.reset();
        {
            RawConnection v4(m_path);
            QVERIFY(v4.exec(QStringLiteral("DROP TABLE user_channels_vocab")));
            QVERIFY(v4.exec(QStringLiteral("DROP TABLE user_channels")));
            QVERIFY(v4.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_path));
        {
            RawConnection check(m_path);
            QCOMPARE(check.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
            QCOMPARE(check.value(QStringLiteral("SELECT doc FROM user_channels_vocab WHERE term = 'dana@acme.io/financials'")).toInt(), 1);
            QCOMPARE(check.value(QStringLiteral("SELECT doc FROM user_channels_vocab WHERE term = 'eve@x.io/financials'")).toInt(), 1);
        }
        commit(*m_store, { makeEvent(QStringLiteral("financials"), QStringLiteral("three"), { dana }) });
        EventReader reader(m_path);
        const UserSummary summary = reader.userSummary(dana);
        QCOMPARE(summary.events, 3);
        QCOMPARE(summary.perChannel, (QList<QPair<QString, qint64>>{ { QStringLiteral("financials"), 2 }, { QStringLiteral("user-behavior"), 1 } }));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestEventTally)
#include "tst_eventtally.moc"
