#include "bellboardinstance.h"
#include "store/postgresfixture.h"
#include "store/storetesthelpers.h"

#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace bb::test;

// `bellboard store copy` as a user runs it: the real binary between a SQLite file and a
// database of a private PostgreSQL server, both ways, interrupted, and given bad input.
class TestStoreCopy : public QObject
{
    Q_OBJECT

private:
    PostgresFixture m_postgres;
    QTemporaryDir m_files;
    BellboardInstance m_bellboard; // only for run(): its data folder and config file

    BellboardInstance::Result copy(const QString &from, const QString &to)
    {
        return m_bellboard.run({ QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                                 QStringLiteral("--to"), to });
    }

    QString freshDatabase(const QString &name)
    {
        if (!m_postgres.createDatabase(name))
            qWarning("%s", qPrintable(m_postgres.error()));
        return m_postgres.url(name);
    }

    // A store with something in every table: events of several channels (one with an amount,
    // users and attachments), an acknowledgement, mirrored Slack messages with their cursor,
    // a delivery id, read markers; and ids given out then deleted.
    static void fill(const QString &location, int plainEvents = 0)
    {
        EventStore store;
        QVERIFY(store.open(location));
        Event rich = makeEvent(QStringLiteral("payments"), QStringLiteral("Payment\treceived\nfrom Alice"),
                               { QStringLiteral("alice@example.com") }, Level::Warn, QStringLiteral("Stripe"));
        rich.amount = Money{ 4900, QStringLiteral("USD") };
        rich.attachmentsJson = R"([{"title":"Invoice 7"}])";
        const EventList local = commit(store, { rich, makeEvent(QStringLiteral("ops"), QStringLiteral("deploy done")),
                                                makeEvent(QStringLiteral("ops"), QStringLiteral("to be removed")) });
        QCOMPARE(local.size(), 3);
        QVERIFY(store.acknowledge(local[1].id, QStringLiteral("carol"), 1700000000000).result().ok());
        QVERIFY(store.removeEvent(local[2].id).result().ok);
        ExternalBatch slack;
        for (int i = 1; i <= 3; ++i) {
            ExternalChange change;
            change.source = QStringLiteral("slack:C01");
            change.externalId = QStringLiteral("1700000000.00000%1").arg(i);
            change.event = makeEvent(QStringLiteral("general"), QStringLiteral("slack message %1").arg(i));
            slack.changes << change;
        }
        slack.cursors << qMakePair(QStringLiteral("slack:C01"), QStringLiteral("1700000000.000003"));
        QVERIFY(store.applyExternal(slack).result().ok);
        QVERIFY(!store.setReadMarkers(QStringLiteral("carol"), { { QStringLiteral("ops"), local[1].id } }).result().isEmpty());
        EventList many;
        for (int i = 0; i < plainEvents; ++i)
            many << makeEvent(QStringLiteral("bulk"), QStringLiteral("bulk event %1").arg(i));
        for (qsizetype start = 0; start < many.size(); start += 5000)
            QCOMPARE(commit(store, many.mid(start, 5000)).size(), qMin<qsizetype>(5000, many.size() - start));
        // The newest id given is one a deleted event had.
        const EventList last = commit(store, { makeEvent(QStringLiteral("ops"), QStringLiteral("gone too")) });
        QVERIFY(store.removeEvent(last.first().id).result().ok);
    }

    // Every event of `location`, oldest first, read through the store's own reader.
    static EventList allEvents(const QString &location)
    {
        EventReader reader(location);
        EventList events;
        qint64 after = 0;
        for (;;) {
            const EventPage page = reader.eventsAfter(after, 1000);
            events += page.events;
            if (!page.hasMore || page.events.isEmpty())
                return events;
            after = page.events.last().id;
        }
    }

    static void compareStores(const QString &a, const QString &b)
    {
        const EventList first = allEvents(a);
        const EventList second = allEvents(b);
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(second[i].id, first[i].id);
            QCOMPARE(second[i].channel, first[i].channel);
            QCOMPARE(second[i].text, first[i].text);
            QCOMPARE(second[i].users, first[i].users);
            QCOMPARE(second[i].attachmentsJson, first[i].attachmentsJson);
            QVERIFY(second[i].amount == first[i].amount);
            QCOMPARE(second[i].acknowledgement.by, first[i].acknowledgement.by);
            QCOMPARE(second[i].acknowledgement.atMs, first[i].acknowledgement.atMs);
            QCOMPARE(second[i].receivedAtMs, first[i].receivedAtMs);
        }
        EventReader readerA(a);
        EventReader readerB(b);
        QCOMPARE(readerB.countsByChannel(), readerA.countsByChannel());
        QCOMPARE(readerB.readMarkers(QStringLiteral("carol")), readerA.readMarkers(QStringLiteral("carol")));
        // Searches use the copied indexes: words and users.
        QCOMPARE(texts(b, QStringLiteral("user:alice@example.com")), texts(a, QStringLiteral("user:alice@example.com")));
        QCOMPARE(texts(b, QStringLiteral("invoice")), QStringList{ "Payment\treceived\nfrom Alice" });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_postgres.setUp(), qPrintable(m_postgres.error()));
    }

    void copiesSqliteIntoPostgresAndBack()
    {
        const QString sqlite = m_files.filePath(QStringLiteral("original.db"));
        fill(sqlite);
        const QString postgres = freshDatabase(QStringLiteral("copied"));

        const auto there = copy(sqlite, postgres);
        QVERIFY2(there.exitCode == 0, there.err.constData());
        // The count check, table by table.
        QVERIFY2(there.out.contains("events"), there.out.constData());
        QVERIFY(there.out.contains("external_events"));
        compareStores(sqlite, postgres);
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT value FROM sync_cursors"), QStringLiteral("copied")),
                 QStringLiteral("1700000000.000003"));

        // The mirror finds its copied messages: a redelivery stores nothing new.
        {
            EventStore store;
            QVERIFY(store.open(postgres));
            ExternalBatch again;
            ExternalChange change;
            change.source = QStringLiteral("slack:C01");
            change.externalId = QStringLiteral("1700000000.000001");
            change.event = makeEvent(QStringLiteral("general"), QStringLiteral("slack message 1"));
            again.changes << change;
            const ExternalResult result = store.applyExternal(again).result();
            QVERIFY(result.ok);
            QVERIFY(result.added.isEmpty());
            // A new event never takes an id the original store gave out (even a deleted one's).
            const qint64 lastGiven = allEvents(sqlite).last().id + 1;
            const EventList fresh = commit(store, { makeEvent(QStringLiteral("ops"), QStringLiteral("after the copy")) });
            QVERIFY(fresh.first().id > lastGiven);
        }

        const QString back = m_files.filePath(QStringLiteral("back.db"));
        const auto returned = copy(postgres, back);
        QVERIFY2(returned.exitCode == 0, returned.err.constData());
        compareStores(postgres, back);
    }

    // SIGKILLed midway, the copy is run again: it continues, and stores no event twice.
    void resumesAfterAnInterruption()
    {
        const QString sqlite = m_files.filePath(QStringLiteral("big.db"));
        fill(sqlite, 60000);
        const QString postgres = freshDatabase(QStringLiteral("interrupted"));
        QProcess copying;
        copying.start(QStringLiteral(BELLBOARD_BINARY),
                      { QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--config"),
                        m_bellboard.configFile(), QStringLiteral("--from"), sqlite, QStringLiteral("--to"), postgres });
        QVERIFY(copying.waitForStarted());
        auto copied = [&] {
            return m_postgres.psql(QStringLiteral("SELECT count(*) FROM events"), QStringLiteral("interrupted")).toLongLong();
        };
        QTRY_VERIFY_WITH_TIMEOUT(copied() > 0, 60000);
        copying.kill();
        copying.waitForFinished();
        const qint64 before = copied();
        if (before >= 60000)
            QSKIP("the copy finished before it could be interrupted");

        const auto resumed = copy(sqlite, postgres);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        // The progress said where it resumed, a line per step when stderr is not a terminal.
        QVERIFY2(resumed.err.contains("Copying events"), resumed.err.constData());
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT count(*) - count(DISTINCT id) FROM events"),
                                 QStringLiteral("interrupted")),
                 QStringLiteral("0"));
        compareStores(sqlite, postgres);
    }

    void refusesBadInputAndChangesNothing()
    {
        const QString sqlite = m_files.filePath(QStringLiteral("source.db"));
        fill(sqlite);

        const auto missing = copy(m_files.filePath(QStringLiteral("no-such.db")), freshDatabase(QStringLiteral("untouched")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no-such.db does not exist"), missing.err.constData());
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                                 QStringLiteral("untouched")),
                 QStringLiteral("0")); // not even the schema was made

        const QString unreachable = QStringLiteral("postgresql://postgres@127.0.0.1:%1/bellboard?connect_timeout=3")
                                            .arg(BellboardInstance::freePort());
        const auto refused = copy(sqlite, unreachable);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Cannot open the target") && refused.err.contains("connect"), refused.err.constData());

        // A database that holds other events under the same ids.
        const QString other = freshDatabase(QStringLiteral("other"));
        {
            EventStore store;
            QVERIFY(store.open(other));
            commit(store, { makeEvent(QStringLiteral("ops"), QStringLiteral("someone else's event")) });
        }
        const QString before = m_postgres.psql(QStringLiteral("SELECT count(*), max(id) FROM events"), QStringLiteral("other"));
        const auto conflict = copy(sqlite, other);
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains("different event under id 1"), conflict.err.constData());
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT count(*), max(id) FROM events"), QStringLiteral("other")), before);
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT count(*) FROM read_markers"), QStringLiteral("other")),
                 QStringLiteral("0"));

        // A database a server is running on (this store leads it, as a server would): the
        // copied history would reach its consoles as new events.
        const QString live = freshDatabase(QStringLiteral("live"));
        {
            EventStore server;
            QVERIFY(server.open(live));
            QTRY_VERIFY(server.isLeader());
            const auto running = copy(sqlite, live);
            QCOMPARE(running.exitCode, 1);
            QVERIFY2(running.err.contains("A Bellboard server is running on the target"), running.err.constData());
            QCOMPARE(m_postgres.psql(QStringLiteral("SELECT count(*) FROM events"), QStringLiteral("live")), QStringLiteral("0"));
        }
        QCOMPARE(copy(sqlite, live).exitCode, 0); // stopped: the copy goes through

        const auto itself = copy(sqlite, sqlite);
        QCOMPARE(itself.exitCode, 1);
        QVERIFY(itself.err.contains("the same store"));
    }

    // A target holding rows the source lacks (here another person's read marker): the copy
    // goes through, and the check says which table differs.
    void aCountThatDiffersFailsNamingTheTable()
    {
        const QString sqlite = m_files.filePath(QStringLiteral("counted.db"));
        fill(sqlite);
        const QString postgres = freshDatabase(QStringLiteral("counted"));
        {
            EventStore store;
            QVERIFY(store.open(postgres));
            QVERIFY(!store.setReadMarkers(QStringLiteral("dave"), { { QStringLiteral("ops"), 1 } }).result().isEmpty());
        }
        const auto checked = copy(sqlite, postgres);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.err.contains("read_markers (source 1, target 2)"), checked.err.constData());
        QVERIFY(!checked.err.contains("events ("));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
