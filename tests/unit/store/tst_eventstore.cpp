#include "storetesthelpers.h"

#include "core/channelname.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace bb;
using namespace bb::test;

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("events-%1.db").arg(++m_files)); }

private slots:
    void committedEventReadsBackWithEveryField()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        Event event;
        event.channel = QStringLiteral("financials");
        event.receivedAtMs = 1700000000123;
        event.senderTs = QStringLiteral("1503435956.000247");
        event.source = QStringLiteral("webhook:billing");
        event.senderName = QStringLiteral("Stripe Bot");
        event.senderIcon = QStringLiteral(":moneybag:");
        event.level = Level::Warn;
        event.title = QStringLiteral("Payment received");
        event.text = QStringLiteral("*$49* from alice@example.com — ünïcode ok 🎉\n\t\"quoted\" back\\slash \x01 end");
        event.attachmentsJson = R"([{"title":"Invoice","text":"paid","color":"good"}])";
        event.blocksJson = R"([{"type":"section","text":{"type":"mrkdwn","text":"hi"}}])";
        event.threadKey = QStringLiteral("1503435956.000100");
        event.users = { QStringLiteral("alice@example.com"), QStringLiteral("@bob") };
        event.mrkdwn = false;

        const EventList committed = commit(store, { event });
        QCOMPARE(committed.size(), 1);
        QVERIFY(committed.first().id > 0);

        EventReader reader(path);
        QVERIFY(reader.open());
        const auto read = reader.event(committed.first().id);
        QVERIFY(read.has_value());
        QCOMPARE(read->id, committed.first().id);
        QCOMPARE(read->channel, event.channel);
        QCOMPARE(read->receivedAtMs, event.receivedAtMs);
        QCOMPARE(read->senderTs, event.senderTs);
        QCOMPARE(read->source, event.source);
        QCOMPARE(read->senderName, event.senderName);
        QCOMPARE(read->senderIcon, event.senderIcon);
        QCOMPARE(read->level, event.level);
        QCOMPARE(read->title, event.title);
        QCOMPARE(read->text, event.text);
        QCOMPARE(read->attachmentsJson, event.attachmentsJson);
        QCOMPARE(read->blocksJson, event.blocksJson);
        QCOMPARE(read->threadKey, event.threadKey);
        QCOMPARE(read->users, event.users);
        QCOMPARE(read->mrkdwn, false);
        QVERIFY(!reader.event(committed.first().id + 1000).has_value());
    }

    void eventsPersistAfterReopen()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            EventStore store;
            QVERIFY(store.open(path));
            id = commit(store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("signup")) }).value(0).id;
        }
        EventStore reopened;
        QVERIFY(reopened.open(path));
        const EventList next = commit(reopened, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("second")) });
        QVERIFY(next.value(0).id > id);
        EventReader reader(path);
        QCOMPARE(reader.totalCount(), 2);
        QCOMPARE(reader.event(id)->text, QStringLiteral("signup"));
    }

    void idsIncreaseInAppendOrder()
    {
        EventStore store;
        QVERIFY(store.open(newPath()));
        EventList events;
        for (int i = 0; i < 5; ++i)
            events << makeEvent(QStringLiteral("application-stats"), QString::number(i));
        const EventList first = commit(store, events);
        const EventList second = commit(store, events);
        QCOMPARE(first.size(), 5);
        EventList all = first + second;
        for (int i = 1; i < all.size(); ++i)
            QVERIFY2(all[i].id > all[i - 1].id, "ids must increase");
        QCOMPARE(first[3].text, QStringLiteral("3")); // the caller's events come back in its order
    }

    // A batch spans several INSERT statements (128 rows each), the last one partly filled:
    // every id the caller gets back must name that very event on disk.
    void eachIdOfALargeBatchReadsBackItsOwnEvent()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        EventList events;
        for (int i = 0; i < 300; ++i) {
            Event event = makeEvent(i % 2 ? QStringLiteral("financials") : QStringLiteral("user-behavior"),
                                    QStringLiteral("event number %1").arg(i));
            event.users = { QStringLiteral("user%1@example.com").arg(i) };
            if (i % 3 == 0)
                event.title = QStringLiteral("title %1").arg(i);
            events << event;
        }
        const EventList committed = commit(store, events);
        QCOMPARE(committed.size(), 300);
        EventReader reader(path);
        QVERIFY(reader.open());
        for (int i = 0; i < 300; ++i) {
            const auto read = reader.event(committed[i].id);
            QVERIFY(read.has_value());
            QCOMPARE(read->text, QStringLiteral("event number %1").arg(i));
            QCOMPARE(read->channel, events[i].channel);
            QCOMPARE(read->title, events[i].title);
            QCOMPARE(read->users, events[i].users);
        }
        QCOMPARE(committed.last().id - committed.first().id, 299);
    }
    void eventsCommittedAnnouncesEachTransactionOnceWithItsEvents()
    {
        EventStore store;
        QVERIFY(store.open(newPath()));
        QSignalSpy spy(&store, &EventStore::eventsCommitted);
        const EventList committed = commit(store, { makeEvent(QStringLiteral("financials"), QStringLiteral("a")),
                                                    makeEvent(QStringLiteral("financials"), QStringLiteral("b")) });
        QTRY_COMPARE(spy.count(), 1);
        const auto announced = spy.first().first().value<EventList>();
        QCOMPARE(announced.size(), 2);
        QCOMPARE(announced[0].id, committed[0].id);
        QCOMPARE(announced[1].text, QStringLiteral("b"));
    }

    // Another process holds the write lock: appends wait (busy_timeout) instead of failing,
    // and everything queued meanwhile is committed together.
    void appendsWaitForAnotherWriterAndCommitTogether()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QSignalSpy spy(&store, &EventStore::eventsCommitted);
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QList<QFuture<AppendResult>> futures;
        for (int i = 0; i < 10; ++i)
            futures << store.append({ makeEvent(QStringLiteral("financials"), QString::number(i)) });
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        store.flush();
        for (auto &future : futures)
            QVERIFY2(future.result().ok, qPrintable(future.result().error));
        QTRY_VERIFY(spy.count() >= 1);
        QVERIFY2(spy.count() <= 2, "appends queued behind a lock are committed as one transaction");
        int announced = 0;
        for (const auto &arguments : spy)
            announced += arguments.first().value<EventList>().size();
        QCOMPARE(announced, 10);
    }

    void concurrentAppendsAreAllCommittedExactlyOnce()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QSignalSpy spy(&store, &EventStore::eventsCommitted);
        constexpr int kThreads = 4, kAppendsPerThread = 150;
        std::vector<QList<QFuture<AppendResult>>> futures(kThreads);
        std::vector<std::thread> workers;
        for (int t = 0; t < kThreads; ++t) {
            workers.emplace_back([&, t] {
                for (int i = 0; i < kAppendsPerThread; ++i) {
                    EventList events;
                    for (int n = 0; n <= i % 3; ++n)
                        events << makeEvent(QStringLiteral("application-stats"), QStringLiteral("t%1 i%2 n%3").arg(t).arg(i).arg(n));
                    futures[t] << store.append(events);
                }
            });
        }
        for (auto &worker : workers)
            worker.join();
        QSet<qint64> ids;
        int expected = 0;
        for (auto &list : futures) {
            for (auto &future : list) {
                const AppendResult result = future.result();
                QVERIFY(result.ok);
                for (const Event &event : result.events)
                    ids.insert(event.id);
                expected += result.events.size();
            }
        }
        QCOMPARE(ids.size(), expected);
        EventReader reader(path);
        QCOMPARE(reader.totalCount(), expected);
        QTRY_VERIFY(!spy.isEmpty());
        int announced = 0;
        QTRY_VERIFY([&] {
            announced = 0;
            for (const auto &arguments : spy)
                announced += arguments.first().value<EventList>().size();
            return announced == expected;
        }());
    }

    void unknownChannelIsCreatedWithTheEvent()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        QVERIFY(!store.hasChannel(QStringLiteral("deploys")));
        commit(store, { makeEvent(QStringLiteral("deploys"), QStringLiteral("web v42 is live")) });
        QVERIFY(store.hasChannel(QStringLiteral("deploys")));
        QVERIFY(store.channels().contains(QStringLiteral("deploys")));
        QVERIFY(std::is_sorted(store.channels().cbegin(), store.channels().cend()));
        EventReader reader(path);
        const auto counts = reader.countsByChannel();
        QVERIFY(counts.contains(qMakePair(QStringLiteral("deploys"), qint64(1))));
    }

    void invalidChannelIsRefusedWithAnError()
    {
        EventStore store;
        QVERIFY(store.open(newPath()));
        const AppendResult result = store.append({ makeEvent(QStringLiteral("Not A Channel!"), QStringLiteral("x")) }).result();
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void newDatabaseHasTheDefaultChannelsAndReopenDoesNotReseed()
    {
        const QString path = newPath();
        QStringList expected = defaultChannelNames();
        expected.sort();
        {
            EventStore store;
            QVERIFY(store.open(path));
            QCOMPARE(store.channels(), expected);
        }
        {
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("DELETE FROM channels WHERE name = 'financials'")));
        }
        EventStore reopened;
        QVERIFY(reopened.open(path));
        QVERIFY(!reopened.hasChannel(QStringLiteral("financials")));
        QCOMPARE(reopened.channels().size(), expected.size() - 1);
    }

    void configuredChannelsExistFromTheStart()
    {
        const QString path = newPath();
        {
            EventStore store;
            store.setConfiguredChannels({ QStringLiteral("deployments"), QStringLiteral("financials") });
            QVERIFY(store.open(path));
            QVERIFY(store.hasChannel(QStringLiteral("deployments")));
            QCOMPARE(store.channels().size(), defaultChannelNames().size() + 1);
        }
        EventStore reopened; // no longer configured: the channel stays, like any other
        QVERIFY(reopened.open(path));
        QVERIFY(reopened.hasChannel(QStringLiteral("deployments")));
    }

    void anInvalidConfiguredChannelFailsTheOpenWithItsName()
    {
        EventStore store;
        store.setConfiguredChannels({ QStringLiteral("Not Valid") });
        QString error;
        QVERIFY(!store.open(newPath(), &error));
        QVERIFY2(error.contains(QStringLiteral("Not Valid")), qPrintable(error));
    }

    void databaseFromANewerVersionIsRefused()
    {
        const QString path = newPath();
        {
            EventStore store;
            QVERIFY(store.open(path));
        }
        {
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        EventStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(!store.append({ makeEvent(QStringLiteral("financials"), QStringLiteral("x")) }).result().ok);
        EventReader reader(path);
        QString readerError;
        QVERIFY(!reader.open(&readerError));
        QVERIFY2(readerError.contains(QStringLiteral("newer")), qPrintable(readerError));
    }

    // One caller's bad events fail that caller only, with the reason; the others commit.
    void failingAppendReportsItsErrorAndOthersStillCommit()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON events WHEN new.text = 'poison'"
                                          " BEGIN SELECT RAISE(ABORT, 'poisoned event'); END")));
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE"))); // queue all three behind the lock
        auto good1 = store.append({ makeEvent(QStringLiteral("financials"), QStringLiteral("fine")) });
        auto bad = store.append({ makeEvent(QStringLiteral("financials"), QStringLiteral("ok")),
                                  makeEvent(QStringLiteral("financials"), QStringLiteral("poison")) });
        auto good2 = store.append({ makeEvent(QStringLiteral("financials"), QStringLiteral("also fine")) });
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        QVERIFY(good1.result().ok);
        QVERIFY(good2.result().ok);
        QVERIFY(!bad.result().ok);
        QVERIFY2(bad.result().error.contains(QStringLiteral("poisoned")), qPrintable(bad.result().error));
        EventReader reader(path);
        QCOMPARE(reader.totalCount(), 2); // the bad request's good half was rolled back with it
    }

    void destroyingTheStoreCommitsWhatIsQueued()
    {
        const QString path = newPath();
        {
            EventStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < 200; ++i)
                store.append({ makeEvent(QStringLiteral("application-stats"), QString::number(i)) });
        }
        EventReader reader(path);
        QCOMPARE(reader.totalCount(), 200);
    }

    void retentionByCountKeepsTheNewest()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        EventList events;
        for (int i = 0; i < 30; ++i)
            events << makeEvent(QStringLiteral("application-stats"), QStringLiteral("n%1").arg(i));
        const EventList committed = commit(store, events);
        store.setRetention({ 0, 10 });
        EventReader reader(path);
        QTRY_COMPARE(reader.totalCount(), 10);
        QVERIFY(!reader.event(committed[19].id).has_value());
        QVERIFY(reader.event(committed[20].id).has_value());
        // The full-text index forgot the deleted events too.
        SearchQuery query;
        query.words = { QStringLiteral("n5") };
        QVERIFY(reader.search(query).events.isEmpty());
        query.words = { QStringLiteral("n25") };
        QCOMPARE(reader.search(query).events.size(), 1);
    }

    void retentionByAgeDeletesOldEventsAndTheirIndexEntries()
    {
        const QString path = newPath();
        EventStore store;
        QVERIFY(store.open(path));
        const qint64 tenDaysAgo = QDateTime::currentMSecsSinceEpoch() - 10LL * 24 * 3600 * 1000;
        EventList old;
        for (int i = 0; i < 5; ++i) {
            Event event = makeEvent(QStringLiteral("user-behavior"), QStringLiteral("ancient signup"),
                                    { QStringLiteral("old@example.com") });
            event.receivedAtMs = tenDaysAgo;
            old << event;
        }
        commit(store, old);
        commit(store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("fresh signup"),
                                  { QStringLiteral("new@example.com") }) });
        store.setRetention({ 7, 0 });
        EventReader reader(path);
        QTRY_COMPARE(reader.totalCount(), 1);
        SearchQuery byWord;
        byWord.words = { QStringLiteral("ancient") };
        QVERIFY(reader.search(byWord).events.isEmpty());
        SearchQuery byUser;
        byUser.users = { QStringLiteral("old@example.com") };
        QVERIFY(reader.search(byUser).events.isEmpty());
        // The indexes themselves forgot them (searches also join the events, which hides leftovers).
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'ancient'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'fresh'")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM event_users WHERE event_users MATCH '\"old@example.com\"'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM event_users WHERE event_users MATCH '\"new@example.com\"'")).toInt(), 1);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO event_users(event_users) VALUES ('integrity-check')")));
        QCOMPARE(raw.value(QStringLiteral("SELECT event_count FROM channels WHERE name = 'user-behavior'")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
