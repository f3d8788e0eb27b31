#include "store/postgresfixture.h"
#include "store/storetesthelpers.h"

#include "store/eventreader.h"
#include "store/eventstore.h"
#include "store/storebackend.h"
#include "core/channelname.h"
#include "core/eventmatch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace bb;
using namespace bb::test;

namespace {
constexpr qint64 hour = 3600 * 1000;
const QDateTime now(QDate(2026, 12, 2), QTime(14, 0), Qt::LocalTime);
} // namespace

// One suite, every store engine: each test runs once on a SQLite file and once on a fresh
// database of a private PostgreSQL server, and expects the same answers from both.
class TestStoreBackends : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    PostgresFixture m_postgres;
    int m_databases = 0;

    // A new, empty store location of the engine the current data row names.
    QString freshLocation()
    {
        QFETCH_GLOBAL(QString, engine);
        const QString name = QStringLiteral("store%1").arg(++m_databases);
        if (engine == QLatin1String("sqlite"))
            return m_files.filePath(name + QStringLiteral(".db"));
        if (!m_postgres.createDatabase(name))
            qWarning("%s", qPrintable(m_postgres.error()));
        return m_postgres.url(name);
    }

    static QStringList textsOf(const EventList &events)
    {
        QStringList out;
        for (const Event &event : events)
            out << event.text;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_postgres.setUp(), qPrintable(m_postgres.error()));
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void choosesTheEngineByLocation()
    {
        QCOMPARE(storeEngineOf(QStringLiteral("/var/lib/bellboard/events.db")), StoreEngine::Sqlite);
        QCOMPARE(storeEngineOf(QStringLiteral("postgresql://db.example/bellboard")), StoreEngine::Postgres);
        QCOMPARE(storeEngineOf(QStringLiteral("postgres://bellboard@db.example:5432/bb")), StoreEngine::Postgres);
    }

    void appendsCommitsAndReadsBack()
    {
        const QString location = freshLocation();
        EventStore store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QCOMPARE(store.databasePath(), location);
        QSignalSpy committed(&store, &EventStore::eventsCommitted);

        Event rich = makeEvent(QStringLiteral("payments"), QStringLiteral("paid\twith\\tabs\nand lines"),
                               { QStringLiteral("alice@example.com"), QStringLiteral("@carol") }, Level::Warn,
                               QStringLiteral("stripe"));
        rich.title = QStringLiteral("Payment ✓ ünïcode");
        rich.amount = Money{ 12345, QStringLiteral("EUR") };
        rich.mrkdwn = false;
        rich.senderNameIsFallback = true;
        rich.threadKey = QStringLiteral("order-7");
        rich.senderTs = QStringLiteral("1503435956.000247");
        rich.attachmentsJson = R"([{"title":"Invoice","text":"net 30"}])";
        const EventList events = commit(store, { makeEvent(QStringLiteral("general"), QStringLiteral("first")), rich,
                                                 makeEvent(QStringLiteral("general"), QStringLiteral("third")) });
        QCOMPARE(events.size(), 3);
        QVERIFY(events[0].id > 0);
        QVERIFY(events[0].id < events[1].id);
        QVERIFY(events[1].id < events[2].id);
        store.flush();
        QCOMPARE(committed.size(), 1);
        QVERIFY(store.hasChannel(QStringLiteral("payments")));

        EventReader reader(location);
        QVERIFY2(reader.open(&error), qPrintable(error));
        const std::optional<Event> back = reader.event(events[1].id);
        QVERIFY(back);
        QCOMPARE(back->channel, rich.channel);
        QCOMPARE(back->text, rich.text);
        QCOMPARE(back->title, rich.title);
        QCOMPARE(back->users, rich.users);
        QCOMPARE(back->level, Level::Warn);
        QCOMPARE(back->senderName, QStringLiteral("stripe"));
        QVERIFY(back->amount == rich.amount);
        QCOMPARE(back->mrkdwn, false);
        QCOMPARE(back->senderNameIsFallback, true);
        QCOMPARE(back->threadKey, rich.threadKey);
        QCOMPARE(back->senderTs, rich.senderTs);
        QCOMPARE(back->attachmentsJson, rich.attachmentsJson);
        QCOMPARE(back->receivedAtMs, rich.receivedAtMs);
        QVERIFY(!back->acknowledgement.isValid());
        QCOMPARE(reader.totalCount(), 3);
        QVERIFY(!reader.event(events[2].id + 100));
    }

    void answersTheQueryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // newest first
        QTest::newRow("word") << "disk" << QStringList{ "disk full on db-1" };
        QTest::newRow("words AND") << "payment bob" << QStringList{ "Payment received from Bob" };
        QTest::newRow("case") << "PAYMENT" << QStringList{ "Payment received from Bob" };
        QTest::newRow("prefix") << "pay*" << QStringList{ "payments batch done", "Payment received from Bob" };
        QTest::newRow("whole words only") << "pay" << QStringList{};
        QTest::newRow("phrase") << "\"received from\"" << QStringList{ "Payment received from Bob" };
        QTest::newRow("phrase order") << "\"from received\"" << QStringList{};
        QTest::newRow("excluded word") << "pay* -batch" << QStringList{ "Payment received from Bob" };
        QTest::newRow("excluded phrase") << "pay* -\"received from\"" << QStringList{ "payments batch done" };
        QTest::newRow("user") << "user:alice@example.com" << QStringList{ "deploy finished", "disk full on db-1" };
        QTest::newRow("user any case") << "user:ALICE@example.com" << QStringList{ "deploy finished", "disk full on db-1" };
        QTest::newRow("users OR") << "user:@carol user:bob@example.com"
                                  << QStringList{ "deploy finished", "Payment received from Bob" };
        QTest::newRow("channel") << "in:#deploys" << QStringList{ "deploy finished" };
        QTest::newRow("channels OR") << "in:deploys in:alerts" << QStringList{ "deploy finished", "disk full on db-1" };
        QTest::newRow("sender") << "from:Stripe" << QStringList{ "payments batch done", "Payment received from Bob" };
        QTest::newRow("level") << "level:crit" << QStringList{ "disk full on db-1" };
        QTest::newRow("combined") << "from:stripe level:warn pay*" << QStringList{ "Payment received from Bob" };
        QTest::newRow("attachment text") << "invoice" << QStringList{ "payments batch done" };
        QTest::newRow("sender name is a word") << "stripe" << QStringList{ "payments batch done", "Payment received from Bob" };
        QTest::newRow("after") << "after:2030-01-01" << QStringList{ "payments batch done" };
        QTest::newRow("before") << "before:2000-01-01" << QStringList{ "disk full on db-1" };
        QTest::newRow("syntax is text") << "\"a AND (b\" NEAR* -\"^\"" << QStringList{};
    }

    void answersTheQueryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QString location = freshLocation();
        {
            EventStore store;
            QVERIFY(store.open(location));
            Event disk = makeEvent(QStringLiteral("alerts"), QStringLiteral("disk full on db-1"),
                                   { QStringLiteral("alice@example.com") }, Level::Crit, QStringLiteral("nagios"));
            disk.receivedAtMs = QDateTime(QDate(1999, 6, 1), QTime(12, 0)).toMSecsSinceEpoch();
            Event payment = makeEvent(QStringLiteral("payments"), QStringLiteral("Payment received from Bob"),
                                      { QStringLiteral("bob@example.com") }, Level::Warn, QStringLiteral("Stripe"));
            Event deploy = makeEvent(QStringLiteral("deploys"), QStringLiteral("deploy finished"),
                                     { QStringLiteral("alice@example.com"), QStringLiteral("@carol") }, Level::Info,
                                     QStringLiteral("ci"));
            Event batch = makeEvent(QStringLiteral("payments"), QStringLiteral("payments batch done"), {}, Level::Info,
                                    QStringLiteral("stripe"));
            batch.attachmentsJson = R"([{"title":"Invoice 42","color":"#ff0000"}])";
            batch.receivedAtMs = QDateTime(QDate(2031, 1, 1), QTime(12, 0)).toMSecsSinceEpoch();
            QCOMPARE(commit(store, { disk, payment, deploy, batch }).size(), 4);
        }
        const QueryParseResult parsed = parseSearchQuery(query);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        EventReader reader(location);
        const EventPage page = reader.search(parsed.query);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(textsOf(page.events), expected);
    }

    // A wall tile's count, and its sums per currency, are the same on both engines.
    void countsWhatTheQueryMatches()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        const qint64 today = now.toMSecsSinceEpoch();
        const qint64 yesterday = today - 24 * hour;
        commit(store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! a@x.io")), yesterday),
                        at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! b@x.io")), today - hour),
                        at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! c@x.io")), today - 2 * hour),
                        at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("c@x.io logged in")), today - hour),
                        at(makeEvent(QStringLiteral("financials"), QStringLiteral("New user registration! d@x.io")), today - hour) });
        EventReader reader(location);
        const auto tally = [&](const QString &query) {
            const QueryParseResult parsed = parseSearchQuery(query, now);
            [&] { QVERIFY2(parsed.ok(), qPrintable(parsed.error)); }();
            return reader.tally(parsed.query, false);
        };
        const EventTally signups = tally(QStringLiteral(R"(in:#user-behavior "new user registration" today)"));
        QVERIFY2(signups.error.isEmpty(), qPrintable(signups.error));
        QCOMPARE(signups.count, 2);
        QCOMPARE(signups.upToId, 5);
        QCOMPARE(tally(QStringLiteral(R"(in:#user-behavior "new user registration")")).count, 3);
        QCOMPARE(tally(QStringLiteral("in:#user-behavior today")).count, 3);
        QCOMPARE(tally(QStringLiteral("today")).count, 4);
        QCOMPARE(tally(QStringLiteral("registration")).count, 4);
        QCOMPARE(tally(QStringLiteral("in:#user-behavior in:#financials after:yesterday before:today")).count, 1);
        QCOMPARE(tally(QStringLiteral("after:2030-01-01")).count, 0);
    }

    void sumsPerCurrencyNeverMixed()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        commit(store, { payment(QStringLiteral("Charge succeeded"), Money{ 4900, QStringLiteral("USD") }),
                        payment(QStringLiteral("Charge succeeded"), Money{ 1000, QStringLiteral("USD") }),
                        payment(QStringLiteral("Charge succeeded"), Money{ 500, QStringLiteral("JPY") }),
                        // No stored amount: the text's counts, and the stored one wins over the text.
                        payment(QStringLiteral("Payment received: 49,00 €")),
                        payment(QStringLiteral("Payment received: $1.50")),
                        payment(QStringLiteral("$99 but stored"), Money{ 100, QStringLiteral("EUR") }),
                        payment(QStringLiteral("Refund requested, no amount")),
                        makeEvent(QStringLiteral("user-behavior"), QStringLiteral("$1000 elsewhere")) });
        EventReader reader(location);
        const EventTally tally = reader.tally(parseSearchQuery(QStringLiteral("in:#financials")).query, true);
        QVERIFY2(tally.error.isEmpty(), qPrintable(tally.error));
        QCOMPARE(tally.count, 7);
        QMap<QString, qint64> expected{ { QStringLiteral("USD"), 4900 + 1000 + 150 },
                                        { QStringLiteral("JPY"), 500 },
                                        { QStringLiteral("EUR"), 4900 + 100 } };
        QCOMPARE(tally.sums, expected);
        // Without sums, nothing is added up.
        QVERIFY(reader.tally(parseSearchQuery(QStringLiteral("in:#financials")).query, false).sums.isEmpty());
    }

    // The head of a person's story.
    void userSummaryOfAKnownFixture()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        const QString dana = QStringLiteral("dana@acme.io");
        const qint64 t0 = now.toMSecsSinceEpoch() - 48 * hour;
        commit(store, { at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("New user registration! dana@acme.io"), { dana }), t0),
                        at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io added a domain"), { dana }), t0 + hour),
                        at(payment(QStringLiteral("Charge succeeded"), Money{ 4900, QStringLiteral("USD") }, { dana }), t0 + 2 * hour),
                        at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("someone else"), { QStringLiteral("eve@x.io") }), t0 + 3 * hour),
                        at(makeEvent(QStringLiteral("critical-server-errors"), QStringLiteral("Could not mail dana@acme.io"), { dana }, Level::Crit), t0 + 4 * hour),
                        at(makeEvent(QStringLiteral("user-behavior"), QStringLiteral("dana@acme.io logged in"), { dana }), t0 + 5 * hour) });
        EventReader reader(location);
        UserSummary summary = reader.userSummary(dana);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.events, 5);
        QCOMPARE(summary.firstSeenMs, t0);
        QCOMPARE(summary.lastSeenMs, t0 + 5 * hour);
        const QList<QPair<QString, qint64>> perChannel{ { QStringLiteral("user-behavior"), 3 },
                                                        { QStringLiteral("critical-server-errors"), 1 },
                                                        { QStringLiteral("financials"), 1 } };
        QCOMPARE(summary.perChannel, perChannel);
        QVERIFY(summary.latestPayment);
        QCOMPARE(summary.latestPayment->amount, (Money{ 4900, QStringLiteral("USD") }));

        // A newer plan change in the text is the latest.
        commit(store, { at(makeEvent(QStringLiteral("financials"), QStringLiteral("dana@acme.io upgraded from Starter to Pro"), { dana }), t0 + 6 * hour) });
        summary = reader.userSummary(dana);
        QCOMPARE(summary.events, 6);
        QCOMPARE(summary.latestPayment->text, QStringLiteral("dana@acme.io upgraded from Starter to Pro"));
        // Someone else's plan change is not theirs.
        QVERIFY(!reader.userSummary(QStringLiteral("eve@x.io")).latestPayment);
        QCOMPARE(reader.userSummary(QStringLiteral("nobody@x.io")).events, 0);
    }

    void pagesNewestFirst()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        EventList events;
        for (int i = 0; i < 7; ++i)
            events << makeEvent(QStringLiteral("general"), QStringLiteral("event %1").arg(i));
        const EventList stored = commit(store, events);
        EventReader reader(location);
        SearchQuery all;
        EventPage page = reader.search(all, 0, 3);
        QCOMPARE(textsOf(page.events), (QStringList{ "event 6", "event 5", "event 4" }));
        QVERIFY(page.hasMore);
        page = reader.search(all, page.events.last().id, 3);
        QCOMPARE(textsOf(page.events), (QStringList{ "event 3", "event 2", "event 1" }));
        QVERIFY(page.hasMore);
        page = reader.search(all, page.events.last().id, 3);
        QCOMPARE(textsOf(page.events), (QStringList{ "event 0" }));
        QVERIFY(!page.hasMore);
        SearchQuery inGeneral;
        inGeneral.channels << QStringLiteral("general");
        QCOMPARE(reader.search(inGeneral, stored[2].id, 10).events.size(), 2);
    }

    // after:, before:, a window and user:/in: with one, over enough events (more than the
    // 50,000 both engines bound by exact ids) that wide windows take the other path, with ids
    // that do not follow time: a backfill of old events in the middle and late arrivals right
    // above a cutoff. Every answer is the one a scan of all events in memory gives.
    void boundsSearchesByTimeWindowWithoutLosingAMatch()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        constexpr qint64 minute = 60 * 1000;
        const qint64 t0 = now.toMSecsSinceEpoch() - 60000 * minute;
        const auto timeOf = [&](int i) { return t0 + i * minute; };
        const QString alice = QStringLiteral("alice@example.com");
        EventList all;
        EventList batch;
        const auto add = [&](int i, qint64 ms) {
            batch << at(makeEvent(i % 3 == 0 ? QStringLiteral("ops") : QStringLiteral("sales"),
                                  QStringLiteral("event %1").arg(i), i % 10 == 0 ? QStringList{ alice } : QStringList{}),
                        ms);
            if (batch.size() == 5000) {
                all << commit(store, batch);
                batch.clear();
            }
        };
        for (int i = 0; i < 60000; ++i) {
            if (i == 30000) {
                for (int j = 0; j < 200; ++j) // a backfill: days-old events under new ids
                    add(100000 + j, t0 - 14400 * minute + j * minute);
            }
            // Late arrivals: an hour old when stored, just above the 51,000th event's time.
            add(i, i >= 51010 && i < 51020 ? timeOf(i) - 60 * minute : timeOf(i));
        }
        all << commit(store, batch);
        QCOMPARE(all.size(), 60200);

        const auto window = [&](int afterIndex, int beforeIndex) {
            SearchQuery query;
            if (afterIndex >= 0)
                query.after = QDateTime::fromMSecsSinceEpoch(timeOf(afterIndex));
            if (beforeIndex >= 0)
                query.before = QDateTime::fromMSecsSinceEpoch(timeOf(beforeIndex));
            return query;
        };
        const auto withUser = [&](SearchQuery query) { query.users = { alice }; return query; };
        const auto inOps = [&](SearchQuery query) { query.channels = { QStringLiteral("ops") }; return query; };
        SearchQuery backfill;
        backfill.after = QDateTime::fromMSecsSinceEpoch(t0 - 14400 * minute + 50 * minute);
        backfill.before = QDateTime::fromMSecsSinceEpoch(t0 - 14400 * minute + 120 * minute);
        const QList<QPair<const char *, SearchQuery>> cases = {
            { "before: wide, late arrivals above the cutoff", window(-1, 51000) },
            { "before: wide", window(-1, 55000) },
            { "before: narrow", window(-1, 1000) },
            { "before: nothing", window(-1, -40000) },
            { "after: narrow", window(59000, -1) },
            { "after: wide", window(5000, -1) },
            { "after: nothing", window(70000, -1) },
            { "window wide", window(2000, 56000) },
            { "window narrow", window(30000, 30100) },
            { "window of the backfill", backfill },
            { "user: alone", withUser(SearchQuery()) },
            { "user: + after: narrow", withUser(window(59500, -1)) },
            { "user: + after: wide", withUser(window(3000, -1)) },
            { "user: + before: wide", withUser(window(-1, 54000)) },
            { "in: + window wide", inOps(window(1000, 57000)) },
        };
        EventReader reader(location);
        for (const auto &[name, query] : cases) {
            QList<qint64> expected;
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                if (eventMatches(query, *it))
                    expected << it->id;
            }
            QList<qint64> found;
            qint64 beforeId = 0;
            for (int page = 0; page < 2; ++page) { // the first page, and the next from its end
                const EventPage result = reader.search(query, beforeId, 50);
                QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
                for (const Event &event : result.events)
                    found << event.id;
                QVERIFY2(result.hasMore == (expected.size() > found.size()), name);
                if (!result.hasMore)
                    break;
                beforeId = result.events.last().id;
            }
            QVERIFY2(found == expected.mid(0, found.size()) && found.size() == qMin(expected.size(), qsizetype(100)),
                     qPrintable(QStringLiteral("%1: %2 found, %3 expected").arg(QLatin1String(name)).arg(found.size()).arg(expected.size())));
            const EventTally tally = reader.tally(query, false);
            QVERIFY2(tally.error.isEmpty(), qPrintable(tally.error));
            QVERIFY2(tally.count == expected.size(), name);
        }
    }

    void keepsChannelsAndTheirCounts()
    {
        const QString location = freshLocation();
        EventStore store;
        store.setConfiguredChannels({ QStringLiteral("ops-team") });
        QVERIFY(store.open(location));
        for (const QString &name : defaultChannelNames())
            QVERIFY2(store.hasChannel(name), qPrintable(name));
        QVERIFY(store.hasChannel(QStringLiteral("ops-team")));
        commit(store, { makeEvent(QStringLiteral("new-one"), QStringLiteral("a")),
                        makeEvent(QStringLiteral("new-one"), QStringLiteral("b")),
                        makeEvent(QStringLiteral("ops-team"), QStringLiteral("c")) });
        QVERIFY(store.hasChannel(QStringLiteral("new-one")));
        QStringList expected = defaultChannelNames() + QStringList{ "new-one", "ops-team" };
        expected.sort();
        QCOMPARE(store.channels(), expected);
        EventReader reader(location);
        const auto counts = reader.countsByChannel();
        QCOMPARE(counts.size(), defaultChannelNames().size() + 2);
        for (const auto &[name, count] : counts)
            QCOMPARE(count, name == "new-one" ? 2 : name == "ops-team" ? 1
                                                                       : 0);

        // Invalid names are refused, nothing is stored.
        const AppendResult refused = store.append({ makeEvent(QStringLiteral("Bad Name"), QStringLiteral("x")) }).result();
        QVERIFY(!refused.ok);
        QCOMPARE(reader.totalCount(), 3);
    }

    void mirrorsExternalEventsWithCursors()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        QSignalSpy changedSpy(&store, &EventStore::eventsChanged);
        QSignalSpy removedSpy(&store, &EventStore::eventsRemoved);

        ExternalChange message;
        message.source = QStringLiteral("slack:C01");
        message.externalId = QStringLiteral("1700000000.000100");
        message.event = makeEvent(QStringLiteral("ops"), QStringLiteral("from slack"));
        ExternalBatch batch;
        batch.changes << message;
        batch.cursors << qMakePair(QStringLiteral("slack:C01"), QStringLiteral("1700000000.000100"));
        ExternalResult result = store.applyExternal(batch).result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added.size(), 1);
        const qint64 id = result.added.first().id;

        // The same message again (backfill and live overlap): nothing new, nothing changed.
        result = store.applyExternal(batch).result();
        QVERIFY(result.ok);
        QVERIFY(result.added.isEmpty());
        QVERIFY(result.changed.isEmpty());

        // Edited in Slack: the same row changes.
        batch.changes.first().event.text = QStringLiteral("edited in slack");
        batch.changes.first().event.users = { QStringLiteral("dave@example.com") };
        batch.cursors = { qMakePair(QStringLiteral("slack:C01"), QStringLiteral("1700000000.000050")) }; // older
        result = store.applyExternal(batch).result();
        QVERIFY(result.ok);
        QCOMPARE(result.changed.size(), 1);
        QCOMPARE(result.changed.first().id, id);
        store.flush();
        QCOMPARE(changedSpy.size(), 1);
        QCOMPARE(texts(location, QStringLiteral("user:dave@example.com")), QStringList{ "edited in slack" });
        QCOMPARE(texts(location, QStringLiteral("from slack")), QStringList{});
        // The cursor only moves forward.
        QCOMPARE(store.syncCursor(QStringLiteral("slack:C01")).result(), QStringLiteral("1700000000.000100"));
        QCOMPARE(store.syncCursor(QStringLiteral("slack:unknown")).result(), QString());

        // Deleted in Slack.
        ExternalBatch removal;
        ExternalChange gone = message;
        gone.kind = ExternalChange::Kind::Remove;
        removal.changes << gone;
        result = store.applyExternal(removal).result();
        QVERIFY(result.ok);
        QCOMPARE(result.removed.size(), 1);
        QCOMPARE(result.removed.first().id, id);
        store.flush();
        QCOMPARE(removedSpy.size(), 1);
        EventReader reader(location);
        QVERIFY(!reader.event(id));
        QCOMPARE(reader.totalCount(), 0);

        // Added and removed within one batch: never stored.
        ExternalBatch both;
        ExternalChange fresh = message;
        fresh.externalId = QStringLiteral("1700000001.000000");
        both.changes << fresh;
        fresh.kind = ExternalChange::Kind::Remove;
        both.changes << fresh;
        result = store.applyExternal(both).result();
        QVERIFY(result.ok);
        QVERIFY(result.added.isEmpty());
        QCOMPARE(reader.totalCount(), 0);
    }

    void editsAndRemovesByIdLikeSlack()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        const EventList stored = commit(store, { makeEvent(QStringLiteral("ops"), QStringLiteral("build started"),
                                                           { QStringLiteral("erin@example.com") }) });
        const qint64 id = stored.first().id;
        Event content;
        content.text = QStringLiteral("build passed");
        content.users = { QStringLiteral("frank@example.com") };
        ExternalResult result = store.replaceEventContent(id, content).result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed.size(), 1);
        QCOMPARE(result.changed.first().channel, QStringLiteral("ops"));
        QCOMPARE(texts(location, QStringLiteral("passed")), QStringList{ "build passed" });
        QCOMPARE(texts(location, QStringLiteral("started")), QStringList{});
        QCOMPARE(texts(location, QStringLiteral("user:frank@example.com")), QStringList{ "build passed" });
        QCOMPARE(texts(location, QStringLiteral("user:erin@example.com")), QStringList{});
        // The same content again changes nothing.
        result = store.replaceEventContent(id, content).result();
        QVERIFY(result.ok);
        QVERIFY(result.changed.isEmpty());

        result = store.removeEvent(id).result();
        QVERIFY(result.ok);
        QCOMPARE(result.removed.size(), 1);
        result = store.removeEvent(id).result();
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QString::number(id)));
        result = store.replaceEventContent(id + 1000, content).result();
        QVERIFY(!result.ok);
        EventReader reader(location);
        QCOMPARE(reader.totalCount(), 0);
    }

    void appliesRetention()
    {
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        EventList events;
        for (int i = 0; i < 5; ++i)
            events << makeEvent(QStringLiteral("general"), QStringLiteral("event %1").arg(i));
        Event old = makeEvent(QStringLiteral("alerts"), QStringLiteral("ancient"));
        old.receivedAtMs = QDateTime::currentMSecsSinceEpoch() - qint64(40) * 24 * 3600 * 1000;
        commit(store, EventList{ old } + events);
        EventReader reader(location);
        QCOMPARE(reader.totalCount(), 6);
        store.setRetention({ 30, 0 });
        QTRY_COMPARE(reader.totalCount(), 5);
        QCOMPARE(texts(location, QStringLiteral("ancient")), QStringList{});
        store.setRetention({ 30, 2 });
        QTRY_COMPARE(reader.totalCount(), 2);
        SearchQuery all;
        QCOMPARE(textsOf(reader.search(all).events), (QStringList{ "event 4", "event 3" }));
    }

    // Acknowledgements and read markers through the backend interface the team server's
    // EventStore methods call.
    void acknowledgesFirstWinsAndMarksReadForwardOnly()
    {
        const QString location = freshLocation();
        auto backend = makeStoreBackend(location);
        QStringList channels;
        QString error;
        QVERIFY2(backend->open(location, EventStore::Durability::Full, {}, &channels, &error), qPrintable(error));
        EventList events = { makeEvent(QStringLiteral("alerts"), QStringLiteral("page me")) };
        QVERIFY2(backend->inTransaction([&](QString *why) { return backend->insert(&events, why); }, &error),
                 qPrintable(error));
        const qint64 id = events.first().id;

        Acknowledgement winner;
        QVERIFY(backend->inTransaction(
                [&](QString *why) { return backend->acknowledge(id, { QStringLiteral("alice"), 1000 }, &winner, why); },
                &error));
        QCOMPARE(winner.by, QStringLiteral("alice"));
        QVERIFY(backend->inTransaction(
                [&](QString *why) { return backend->acknowledge(id, { QStringLiteral("bob"), 2000 }, &winner, why); },
                &error));
        QCOMPARE(winner.by, QStringLiteral("alice"));
        QCOMPARE(winner.atMs, 1000);
        QVERIFY(!backend->inTransaction(
                [&](QString *why) { return backend->acknowledge(id + 50, { QStringLiteral("bob"), 2000 }, &winner, why); },
                &error));

        qint64 current = 0;
        auto mark = [&](qint64 readId) {
            return backend->inTransaction(
                    [&](QString *why) {
                        return backend->markRead(QStringLiteral("alice"), QStringLiteral("alerts"), readId, 5, &current, why);
                    },
                    &error);
        };
        QVERIFY(mark(10));
        QCOMPARE(current, 10);
        QVERIFY(mark(7));
        QCOMPARE(current, 10); // never back
        QVERIFY(mark(12));
        QCOMPARE(current, 12);
        QList<QPair<QString, qint64>> markers;
        QVERIFY(backend->readMarkers(QStringLiteral("alice"), &markers, &error));
        QCOMPARE(markers, (QList<QPair<QString, qint64>>{ { QStringLiteral("alerts"), 12 } }));
        QVERIFY(backend->readMarkers(QStringLiteral("nobody"), &markers, &error));
        QVERIFY(markers.isEmpty());
        backend.reset();

        // Readers see the acknowledgement on the event.
        EventReader reader(location);
        const std::optional<Event> read = reader.event(id);
        QVERIFY(read);
        QCOMPARE(read->acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(read->acknowledgement.atMs, 1000);
    }

    // The team server's calls (EventStore::acknowledge, setReadMarkers; EventReader::readMarkers,
    // eventsAfter) go through the backend, so they answer the same on every engine.
    void teamServerCallsWorkOnEveryEngine()
    {
        const QString location = freshLocation();
        EventStore store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        const EventList events = commit(store, { makeEvent(QStringLiteral("ops"), QStringLiteral("one")),
                                                 makeEvent(QStringLiteral("ops"), QStringLiteral("two")),
                                                 makeEvent(QStringLiteral("general"), QStringLiteral("three")) });
        QCOMPARE(events.size(), 3);
        const qint64 id = events[1].id;

        const AckResult first = store.acknowledge(id, QStringLiteral("alice"), 1000).result();
        QCOMPARE(first.outcome, AckResult::Outcome::Acknowledged);
        QCOMPARE(first.event.acknowledgement.by, QStringLiteral("alice"));
        const AckResult second = store.acknowledge(id, QStringLiteral("bob"), 2000).result();
        QCOMPARE(second.outcome, AckResult::Outcome::AlreadyAcknowledged);
        QCOMPARE(second.event.acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(second.event.acknowledgement.atMs, 1000);
        QCOMPARE(store.acknowledge(events[2].id + 100, QStringLiteral("bob"), 2000).result().outcome,
                 AckResult::Outcome::NotFound);

        ReadMarkerMap markers{ { QStringLiteral("ops"), events[1].id }, { QStringLiteral("general"), events[2].id } };
        QCOMPARE(store.setReadMarkers(QStringLiteral("alice"), markers).result(), markers);
        const ReadMarkerMap back{ { QStringLiteral("ops"), events[0].id } };
        QCOMPARE(store.setReadMarkers(QStringLiteral("alice"), back).result(), markers); // never back

        EventReader reader(location);
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(reader.readMarkers(QStringLiteral("alice"), &error), markers);
        QVERIFY(reader.readMarkers(QStringLiteral("nobody"), &error).isEmpty());
        const EventPage page = reader.eventsAfter(events[0].id, 1);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(textsOf(page.events), QStringList{ QStringLiteral("two") });
        QVERIFY(page.hasMore);
        QCOMPARE(page.events.first().acknowledgement.by, QStringLiteral("alice"));
        const EventPage rest = reader.eventsAfter(events[1].id, 10);
        QCOMPARE(textsOf(rest.events), QStringList{ QStringLiteral("three") });
        QVERIFY(!rest.hasMore);
    }

    // Two servers starting together on a new database: one migrates, the other waits and
    // finds the schema; their ids never collide.
    void twoWritersStartTogether()
    {
        const QString location = freshLocation();
        EventStore first;
        EventStore second;
        auto openSecond = std::async(std::launch::async, [&] { return second.open(location); });
        QString error;
        QVERIFY2(first.open(location, &error), qPrintable(error));
        QVERIFY(openSecond.get());
        QSet<qint64> ids;
        for (int round = 0; round < 5; ++round) {
            auto a = first.append({ makeEvent(QStringLiteral("general"), QStringLiteral("a")) });
            auto b = second.append({ makeEvent(QStringLiteral("general"), QStringLiteral("b")) });
            for (const Event &event : a.result().events + b.result().events)
                ids.insert(event.id);
        }
        QCOMPARE(ids.size(), 10);
        EventReader reader(location);
        QCOMPARE(reader.totalCount(), 10);
    }

    // Server A's events reach server B's stream (eventsCommitted), B's own only once.
    void fansOutToTheOtherServers()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("one SQLite file has one server");
        const QString location = freshLocation();
        EventStore serverA;
        EventStore serverB;
        QVERIFY(serverA.open(location));
        QVERIFY(serverB.open(location));
        QSignalSpy seenByB(&serverB, &EventStore::eventsCommitted);
        commit(serverB, { makeEvent(QStringLiteral("ops"), QStringLiteral("from b")) });
        commit(serverA, { makeEvent(QStringLiteral("brand-new"), QStringLiteral("from a")) });
        auto textsSeenByB = [&] {
            QStringList seen;
            for (const QList<QVariant> &signal : std::as_const(seenByB))
                seen += textsOf(signal.first().value<EventList>());
            return seen;
        };
        QTRY_COMPARE(textsSeenByB(), (QStringList{ "from b", "from a" }));
        QVERIFY(serverB.hasChannel(QStringLiteral("brand-new"))); // learnt from A's event
    }

    // Server A's acknowledgements, edits and removals reach server B as eventsChanged and
    // eventsRemoved; B's own are announced on B once, by its writer.
    void fansOutChangesToTheOtherServers()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("one SQLite file has one server");
        const QString location = freshLocation();
        EventStore serverA;
        EventStore serverB;
        QVERIFY(serverA.open(location));
        QVERIFY(serverB.open(location));
        QSignalSpy changedOnA(&serverA, &EventStore::eventsChanged);
        QSignalSpy changedOnB(&serverB, &EventStore::eventsChanged);
        QSignalSpy removedOnB(&serverB, &EventStore::eventsRemoved);
        const EventList events = commit(serverA, { makeEvent(QStringLiteral("alerts"), QStringLiteral("disk full")),
                                                   makeEvent(QStringLiteral("ops"), QStringLiteral("to go")),
                                                   makeEvent(QStringLiteral("ops"), QStringLiteral("for b")) });
        QCOMPARE(events.size(), 3);
        auto lastChangedOnB = [&] { return changedOnB.last().first().value<EventList>(); };

        QVERIFY(serverA.acknowledge(events[0].id, QStringLiteral("alice"), 1700000000000).result().ok());
        QTRY_COMPARE(changedOnB.size(), 1);
        QCOMPARE(lastChangedOnB().size(), 1);
        QCOMPARE(lastChangedOnB().first().id, events[0].id);
        QCOMPARE(lastChangedOnB().first().acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(lastChangedOnB().first().acknowledgement.atMs, 1700000000000);

        Event content;
        content.text = QStringLiteral("disk full (fixed)");
        QVERIFY(serverA.replaceEventContent(events[0].id, content).result().ok);
        QTRY_COMPARE(changedOnB.size(), 2);
        QCOMPARE(lastChangedOnB().first().text, QStringLiteral("disk full (fixed)"));
        QCOMPARE(lastChangedOnB().first().acknowledgement.by, QStringLiteral("alice")); // as stored now

        QVERIFY(serverA.removeEvent(events[1].id).result().ok);
        QTRY_COMPARE(removedOnB.size(), 1);
        const EventList removed = removedOnB.first().first().value<EventList>();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().id, events[1].id);
        QCOMPARE(removed.first().channel, QStringLiteral("ops"));

        // B acknowledges: A hears of it through its listener, B once, from its own writer.
        const int changedOnABefore = int(changedOnA.size());
        QVERIFY(serverB.acknowledge(events[2].id, QStringLiteral("bob"), 1700000000001).result().ok());
        QTRY_COMPARE(changedOnA.size(), changedOnABefore + 1);
        QCOMPARE(changedOnA.last().first().value<EventList>().first().acknowledgement.by, QStringLiteral("bob"));
        serverB.flush();
        QCOMPARE(changedOnB.size(), 3);
        // Changes arrive in order: were B's own announced again, it would come before A's edit.
        content.text = QStringLiteral("for b (edited by a)");
        QVERIFY(serverA.replaceEventContent(events[2].id, content).result().ok);
        QTRY_COMPARE(changedOnB.size(), 4);
        QCOMPARE(lastChangedOnB().first().text, QStringLiteral("for b (edited by a)"));
    }

    // The listener's connection breaks and comes back: statusChanged says so, with the reason.
    void saysWhenTheDatabaseGoesAndComesBack()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("a SQLite file is always there");
        const QString location = freshLocation();
        EventStore store;
        QVERIFY(store.open(location));
        QSignalSpy status(&store, &EventStore::statusChanged);
        QVERIFY(m_postgres.stop());
        QTRY_VERIFY(!status.isEmpty());
        const StoreStatus gone = status.first().first().value<StoreStatus>();
        QVERIFY(!gone.available);
        QVERIFY(!gone.reason.isEmpty());
        QVERIFY(gone.nextRetryMs > 0);
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.error()));
        QTRY_VERIFY_WITH_TIMEOUT(status.last().first().value<StoreStatus>().available, 20000);
    }

    // The database restarts: the writer reconnects by itself, and a server that missed the
    // notifications meanwhile catches up by id.
    void survivesADatabaseRestart()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("no database server to restart");
        const QString location = freshLocation();
        EventStore serverA;
        EventStore serverB;
        QVERIFY(serverA.open(location));
        QVERIFY(serverB.open(location));
        QSignalSpy seenByB(&serverB, &EventStore::eventsCommitted);
        QVERIFY(m_postgres.stop());
        const AppendResult whileDown = serverA.append({ makeEvent(QStringLiteral("ops"), QStringLiteral("lost")) }).result();
        QVERIFY(!whileDown.ok); // never acknowledged without a commit
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.error()));
        const AppendResult afterwards = serverA.append({ makeEvent(QStringLiteral("ops"), QStringLiteral("back")) }).result();
        QVERIFY2(afterwards.ok, qPrintable(afterwards.error));
        QTRY_COMPARE(seenByB.size(), 1);
        QCOMPARE(textsOf(seenByB.first().first().value<EventList>()), QStringList{ "back" });
        QCOMPARE(texts(location, QStringLiteral("lost")), QStringList{});
    }

    // Retention runs on one server at a time; when that one goes, another takes over.
    void retentionRunsOnOneServerAtATime()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine == QLatin1String("sqlite"))
            QSKIP("one SQLite file has one server");
        const QString location = freshLocation();
        auto serverA = std::make_unique<EventStore>();
        EventStore serverB;
        QVERIFY(serverA->open(location));
        QVERIFY(serverB.open(location));
        EventReader reader(location);
        EventList five;
        for (int i = 0; i < 5; ++i)
            five << makeEvent(QStringLiteral("general"), QStringLiteral("event %1").arg(i));
        commit(serverB, five);
        serverA->setRetention({ 0, 2 });
        QTRY_COMPARE(reader.totalCount(), 2); // A leads
        commit(serverB, five);
        serverB.setRetention({ 0, 2 });
        // Two jobs after the retention request: the writer has been round its loop once.
        serverB.syncCursor(QStringLiteral("barrier")).waitForFinished();
        serverB.syncCursor(QStringLiteral("barrier")).waitForFinished();
        QCOMPARE(reader.totalCount(), 7); // B left it to A
        serverA.reset();                  // A stops: its session, and the lock, go (once its backend process exits)
        // B tries at each retention run (every minute; here, at each request).
        QTRY_VERIFY((serverB.setRetention({ 0, 2 }), reader.totalCount() == 2)); // B took over
    }

    void refusesWhatIsNotAStore()
    {
        QFETCH_GLOBAL(QString, engine);
        QString error;
        if (engine == QLatin1String("postgres")) {
            EventReader reader(m_postgres.url(QStringLiteral("postgres"))); // exists, never opened by a store
            QVERIFY(!reader.open(&error));
            QVERIFY(!error.isEmpty());
            EventStore store;
            QVERIFY(!store.open(m_postgres.url(QStringLiteral("no_such_database")), &error));
            QVERIFY(error.contains(QStringLiteral("no_such_database")));
        } else {
            EventReader reader(m_files.filePath(QStringLiteral("missing.db")));
            QVERIFY(!reader.open(&error));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreBackends)
#include "tst_storebackends.moc"
