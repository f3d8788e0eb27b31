#include "storetesthelpers.h"

#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace bb;
using namespace bb::test;

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), Qt::UTC);
}

} // namespace

class TestEventReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids; // m_ids[n] is the id of fixture event n (1-based, [0] unused)
    std::unique_ptr<EventReader> m_reader;

    // The fixture events' numbers, in the order a search returned them.
    QList<int> numbers(const EventPage &page)
    {
        if (!page.error.isEmpty())
            qWarning("search error: %s", qPrintable(page.error));
        QList<int> result;
        for (const Event &event : page.events)
            result << int(m_ids.indexOf(event.id));
        return result;
    }
    QList<int> find(const SearchQuery &query, qint64 beforeId = 0, int limit = 50)
    {
        return numbers(m_reader->search(query, beforeId, limit));
    }
    static SearchQuery words(const QStringList &words)
    {
        SearchQuery query;
        query.words = words;
        return query;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("events.db"));
        EventStore store;
        QVERIFY(store.open(m_path));
        auto at = [](Event event, const QDateTime &when) {
            event.receivedAtMs = when.toMSecsSinceEpoch();
            return event;
        };
        const QString alice = QStringLiteral("alice@example.com");
        Event withAttachment = makeEvent(QStringLiteral("non-critical-server-errors"), QStringLiteral("disk alert"), {},
                                         Level::Warn, QStringLiteral("s3-uploader"));
        withAttachment.attachmentsJson = R"([{"title":"Disk usage","text":"volume nearly full","color":"warning"}])";
        const EventList fixture = {
            at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! alice@example.com"),
                         { alice }, Level::Info, QStringLiteral("signup-service")),
               utc(2024, 1, 1)),
            at(makeEvent(QStringLiteral("critical-server-errors"),
                         QStringLiteral(":x: Error while adding user bob@example.com: payment failed"),
                         { QStringLiteral("bob@example.com") }, Level::Crit, QStringLiteral("API")),
               utc(2024, 1, 2)),
            at(makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received $49 from alice@example.com"),
                         { alice }, Level::Info, QStringLiteral("Stripe")),
               utc(2024, 1, 3)),
            at(makeEvent(QStringLiteral("financials"), QStringLiteral("failed payment retry for carol@example.com"),
                         { QStringLiteral("carol@example.com") }, Level::Warn, QStringLiteral("stripe")),
               utc(2024, 2, 1)),
            at(makeEvent(QStringLiteral("application-stats"), QStringLiteral("nightly cleanup: 1,204 rows removed"), {},
                         Level::Info, QStringLiteral("cron")),
               utc(2024, 2, 2)),
            at(withAttachment, utc(2024, 2, 3)),
            at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("alice@example.com upgraded plan to pro"),
                         { alice }, Level::Info, QStringLiteral("signup-service")),
               utc(2024, 2, 4)),
        };
        m_ids << 0;
        for (const Event &event : commit(store, fixture))
            m_ids << event.id;
        QCOMPARE(m_ids.size(), 8);
        m_reader = std::make_unique<EventReader>(m_path);
        QString error;
        QVERIFY2(m_reader->open(&error), qPrintable(error));
    }

    void wordFindsEventsNewestFirst() { QCOMPARE(find(words({ "payment" })), QList<int>({ 4, 3, 2 })); }
    void everyWordMustMatch() { QCOMPARE(find(words({ "payment", "failed" })), QList<int>({ 4, 2 })); }
    void wordsAreWholeWordsNotPrefixes() { QVERIFY(find(words({ "pay" })).isEmpty()); }
    void wordEndingInStarIsAPrefix() { QCOMPARE(find(words({ "pay*" })), QList<int>({ 4, 3, 2 })); }
    void emailAsAWordFindsItInText() { QCOMPARE(find(words({ "alice@example.com" })), QList<int>({ 7, 3, 1 })); }
    void attachmentTextIsSearchable() { QCOMPARE(find(words({ "volume" })), QList<int>({ 6 })); }
    void senderNameIsSearchableAsAWord() { QCOMPARE(find(words({ "stripe" })), QList<int>({ 4, 3 })); }

    void phraseMatchesWordsInOrder()
    {
        SearchQuery query;
        query.phrases = { QStringLiteral("payment failed") };
        QCOMPARE(find(query), QList<int>({ 2 }));
    }

    void excludedWordRemovesMatches()
    {
        SearchQuery query = words({ "payment" });
        query.excludedWords = { QStringLiteral("failed") };
        QCOMPARE(find(query), QList<int>({ 3 }));
        SearchQuery onlyExcluded;
        onlyExcluded.excludedWords = { QStringLiteral("alice"), QStringLiteral("disk usage") };
        QCOMPARE(find(onlyExcluded), QList<int>({ 5, 4, 2 }));
    }

    void hostileTermsNeverBreakTheSearch_data()
    {
        QTest::addColumn<QString>("term");
        for (const char *term : { "\"", "\"\"", "*", "AND", "OR", "NOT", "NEAR(", "NEAR(a b)", "-", "(", ")", "^x",
                                  "title:x", "a\"b", "'", "\\", "{title text}:x", "+", "payment\" OR \"x", "%", "_" })
            QTest::newRow(term) << QString::fromUtf8(term);
    }
    void hostileTermsNeverBreakTheSearch()
    {
        QFETCH(QString, term);
        SearchQuery query;
        query.words = { term };
        query.phrases = { term };
        query.excludedWords = { term };
        const EventPage page = m_reader->search(query);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        // Quoted, an operator is just a word: "payment" OR "x" must not widen the search.
        SearchQuery withWord = words({ QStringLiteral("payment"), term });
        QVERIFY(m_reader->search(withWord).error.isEmpty());
        QVERIFY(find(withWord).size() <= 3);
    }

    void userFilterFindsEverythingOneUserDid()
    {
        SearchQuery query;
        query.users = { QStringLiteral("alice@example.com") };
        QCOMPARE(find(query), QList<int>({ 7, 3, 1 }));
        query.users << QStringLiteral("bob@example.com");
        QCOMPARE(find(query), QList<int>({ 7, 3, 2, 1 }));
    }

    // A user is matched whole: alice@example.com is not part of x.alice@example.com.
    void userFilterMatchesWholeAddressesAndHandlesOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("users.db"));
        const QStringList users = { "alice@example.com", "x.alice@example.com", "alice@example.co",
                                    "malice@example.com", "@alice", "o+tag@example.com" };
        EventStore store;
        QVERIFY(store.open(path));
        for (const QString &user : users)
            commit(store, { makeEvent(QStringLiteral("user-behavior"), user, { user }) });
        EventReader reader(path);
        for (const QString &user : users) {
            SearchQuery query;
            query.users = { user };
            const EventPage page = reader.search(query);
            QCOMPARE(page.events.size(), 1);
            QCOMPARE(page.events.first().users, QStringList({ user }));
        }
        SearchQuery nobody;
        nobody.users = { QStringLiteral("alice") };
        QVERIFY(reader.search(nobody).events.isEmpty());
    }

    void channelFilter()
    {
        SearchQuery query;
        query.channels = { QStringLiteral("financials") };
        QCOMPARE(find(query), QList<int>({ 4, 3 }));
        query.channels << QStringLiteral("user-behavior");
        QCOMPARE(find(query), QList<int>({ 7, 4, 3, 1 }));
    }

    void senderFilterIgnoresCase()
    {
        SearchQuery query;
        query.senders = { QStringLiteral("STRIPE") };
        QCOMPARE(find(query), QList<int>({ 4, 3 }));
    }

    void levelFilterIsExact()
    {
        SearchQuery query;
        query.level = Level::Crit;
        QCOMPARE(find(query), QList<int>({ 2 }));
        query.level = Level::Warn;
        QCOMPARE(find(query), QList<int>({ 6, 4 }));
    }

    void dateFiltersAfterInclusiveBeforeExclusive()
    {
        SearchQuery query;
        query.after = utc(2024, 2, 2);
        QCOMPARE(find(query), QList<int>({ 7, 6, 5 }));
        query = SearchQuery();
        query.before = utc(2024, 1, 3);
        QCOMPARE(find(query), QList<int>({ 2, 1 }));
        query.after = utc(2024, 1, 2);
        QCOMPARE(find(query), QList<int>({ 2 }));
    }

    // A Slack backfill or a slow CLI may commit an older event after newer ones.
    void dateFiltersFindEventsThatArrivedOutOfTimeOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out-of-order.db"));
        EventStore store;
        QVERIFY(store.open(path));
        for (const QDateTime &when : { utc(2024, 2, 1), utc(2024, 1, 1), utc(2024, 3, 1) }) {
            Event event = makeEvent(QStringLiteral("financials"), when.toString(Qt::ISODate));
            event.receivedAtMs = when.toMSecsSinceEpoch();
            commit(store, { event });
        }
        EventReader reader(path);
        SearchQuery january;
        january.before = utc(2024, 1, 15);
        const EventPage page = reader.search(january);
        QCOMPARE(page.events.size(), 1);
        QCOMPARE(page.events.first().receivedAtMs, utc(2024, 1, 1).toMSecsSinceEpoch());
        SearchQuery fromMidJanuary;
        fromMidJanuary.after = utc(2024, 1, 15);
        fromMidJanuary.channels = { QStringLiteral("financials") };
        QCOMPARE(reader.search(fromMidJanuary).events.size(), 2);
        SearchQuery nothing;
        nothing.after = utc(2030, 1, 1);
        QVERIFY(reader.search(nothing).events.isEmpty());
    }

    void filtersOfDifferentKindsCombine()
    {
        SearchQuery query = words({ "payment" });
        query.channels = { QStringLiteral("financials") };
        QCOMPARE(find(query), QList<int>({ 4, 3 }));
        query.level = Level::Info;
        QCOMPARE(find(query), QList<int>({ 3 }));

        SearchQuery userAndWord = words({ "payment" });
        userAndWord.users = { QStringLiteral("alice@example.com") };
        QCOMPARE(find(userAndWord), QList<int>({ 3 }));
        userAndWord.excludedWords = { QStringLiteral("received") };
        QVERIFY(find(userAndWord).isEmpty());

        SearchQuery userInChannel;
        userInChannel.users = { QStringLiteral("alice@example.com") };
        userInChannel.channels = { QStringLiteral("user-behavior") };
        userInChannel.after = utc(2024, 1, 15);
        QCOMPARE(find(userInChannel), QList<int>({ 7 }));
    }

    void pagesWalkBackWithoutGapsOrRepeats()
    {
        const SearchQuery all;
        EventPage page = m_reader->search(all, 0, 3);
        QCOMPARE(numbers(page), QList<int>({ 7, 6, 5 }));
        QVERIFY(page.hasMore);
        page = m_reader->search(all, page.events.last().id, 3);
        QCOMPARE(numbers(page), QList<int>({ 4, 3, 2 }));
        QVERIFY(page.hasMore);
        page = m_reader->search(all, page.events.last().id, 3);
        QCOMPARE(numbers(page), QList<int>({ 1 }));
        QVERIFY(!page.hasMore);

        SearchQuery alice;
        alice.users = { QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com") };
        page = m_reader->search(alice, 0, 2);
        QCOMPARE(numbers(page), QList<int>({ 7, 3 }));
        QVERIFY(page.hasMore);
        page = m_reader->search(alice, page.events.last().id, 2);
        QCOMPARE(numbers(page), QList<int>({ 2, 1 }));
        QVERIFY(!page.hasMore);
    }

    void countsComeFromTheChannels()
    {
        QCOMPARE(m_reader->totalCount(), 7);
        const auto counts = m_reader->countsByChannel();
        QVERIFY(counts.contains(qMakePair(QStringLiteral("financials"), qint64(2))));
        QVERIFY(counts.contains(qMakePair(QStringLiteral("user-behavior"), qint64(2))));
        QCOMPARE(counts.size(), 5); // the five defaults, all used by the fixture
    }

    void missingFileIsAnErrorNotANewDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.db"));
        EventReader reader(path);
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!reader.search(SearchQuery()).error.isEmpty());
    }

    // `bellboard search` after an upgrade, before the new server's first start has migrated the
    // file: a reader never writes, so it reads a version-2 file as it is.
    void aFileOfTheVersionBeforeIsReadWithoutMigrating()
    {
        const QString path = m_dir.filePath(QStringLiteral("version2.db"));
        {
            EventStore store;
            QVERIFY(store.open(path));
            commit(store, { makeEvent(QStringLiteral("user-behavior"), QStringLiteral("alice@example.com upgraded plan to pro"),
                                      { QStringLiteral("alice@example.com") }) });
        }
        {
            RawConnection v2(path);
            QVERIFY(v2.exec(QStringLiteral("ALTER TABLE events DROP COLUMN sender_name_fallback"))); // version 3's
            QVERIFY(v2.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        EventReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        SearchQuery query;
        query.users = { QStringLiteral("alice@example.com") };
        const EventPage page = reader.search(query);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.events.size(), 1);
        QCOMPARE(page.events.first().text, QStringLiteral("alice@example.com upgraded plan to pro"));
        QVERIFY(!page.events.first().senderNameIsFallback);
        RawConnection check(path);
        QCOMPARE(check.value(QStringLiteral("PRAGMA user_version")).toInt(), 2); // still as it was
    }

    // A payment's amount is stored in integer minor units beside its currency, and an event's
    // acknowledgement (its own table) is read with it; an event without either has neither.
    void amountAndAcknowledgementAreReadWithTheEvent()
    {
        const QString path = m_dir.filePath(QStringLiteral("payments.db"));
        EventStore store;
        QVERIFY(store.open(path));
        Event paid = makeEvent(QStringLiteral("financials"), QStringLiteral("Payment received"));
        paid.amount = Money{ 500, QStringLiteral("JPY") };
        const EventList committed = commit(store, { paid, makeEvent(QStringLiteral("financials"), QStringLiteral("plain")) });
        QCOMPARE(committed.size(), 2);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO acknowledgements (event_id, by_user, at_ms) VALUES (%1, 'alice', 1700000000000)")
                                     .arg(committed.first().id)));
        }
        EventReader reader(path);
        QVERIFY(reader.open());
        const EventPage page = reader.search(SearchQuery());
        QCOMPARE(page.events.size(), 2);
        const Event &plain = page.events.at(0);
        const Event &payment = page.events.at(1);
        QVERIFY(!plain.amount.isValid());
        QVERIFY(!plain.acknowledgement.isValid());
        QCOMPARE(payment.amount, (Money{ 500, QStringLiteral("JPY") }));
        QCOMPARE(payment.acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(payment.acknowledgement.atMs, qint64(1700000000000));
        const QJsonObject json = payment.toJson();
        QCOMPARE(json.value(QStringLiteral("amount")).toObject().value(QStringLiteral("minor_units")).toInteger(), 500);
        QCOMPARE(json.value(QStringLiteral("acknowledged")).toObject().value(QStringLiteral("by")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("acknowledged")).toObject().value(QStringLiteral("at")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
    }

    // WAL: an open write transaction of another process neither blocks nor leaks into reads.
    void readerIsNotBlockedByAnOpenWriteTransaction()
    {
        RawConnection writer(m_path);
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO events(channel, received_at_ms, text) VALUES ('financials', 1, 'uncommitted')")));
        QVERIFY(find(words({ "uncommitted" })).isEmpty());
        QCOMPARE(m_reader->totalCount(), 7);
        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    }

    void readerWorksWhileTheStoreAppends()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.db"));
        EventStore store;
        QVERIFY(store.open(path));
        std::atomic<bool> done = false;
        std::thread producer([&] {
            for (int i = 0; i < 100; ++i)
                store.append({ makeEvent(QStringLiteral("financials"), QStringLiteral("tick %1").arg(i)),
                               makeEvent(QStringLiteral("financials"), QStringLiteral("tock %1").arg(i)) });
            store.flush();
            done = true;
        });
        EventReader reader(path);
        QVERIFY(reader.open());
        qint64 seen = 0;
        int searches = 0;
        while (!done || searches == 0) {
            const EventPage page = reader.search(words({ "tick" }), 0, 10);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            const qint64 count = reader.totalCount();
            QVERIFY(count >= seen); // never goes back
            seen = count;
            ++searches;
        }
        producer.join();
        QCOMPARE(reader.totalCount(), 200);
        QCOMPARE(reader.search(words({ "tock" }), 0, 1000).events.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestEventReader)
#include "tst_eventreader.moc"
