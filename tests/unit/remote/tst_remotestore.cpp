// The store's engine over a team server (remotestore.h), against the real `bellboard
// --headless` over TLS: the read calls an attached console's window makes (pages, one event,
// channel counts, events after an id, read markers, wall numbers, a person's story) answer what
// the server stores; the writer posts as the person and gets the server's ids, hears its own
// post once, acknowledges and moves read markers on the server; a viewer's post and a wrong
// token are refused with a sentence that says why.
#include "remote/remotestore.h"
#include "store/eventreader.h"
#include "store/eventstore.h"
#include "teamserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

namespace {

// The console of `person`: its store location, registered.
QString attach(const TeamServer &team, const QString &person)
{
    const QString location = team.location(person);
    registerRemoteStore(location, team.as(person), quickRetries());
    return location;
}

SearchQuery parsed(const QString &text)
{
    return parseSearchQuery(text).query;
}

Event composed(const QString &channel, const QString &text)
{
    Event event;
    event.channel = channel;
    event.text = text;
    event.source = QStringLiteral("composer");
    event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return event;
}

} // namespace

class TestRemoteStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TeamServer> m_team;

private slots:
    void initTestCase()
    {
        m_team = std::make_unique<TeamServer>();
        QVERIFY2(m_team->error.isEmpty(), qPrintable(m_team->error));
        QVERIFY2(m_team->start(), m_team->instance().serverErrors().constData());
        QVERIFY(m_team->post(QStringLiteral("signups"), "New user registration! alice@example.com"));
        QVERIFY(m_team->post(QStringLiteral("signups"), "New user registration! bob@example.com"));
        QVERIFY(m_team->post(QStringLiteral("financials"), "Payment received $49.00 from alice@example.com"));
        QVERIFY(m_team->post(QStringLiteral("errors"), "Error while adding user carol@example.com", "crit"));
    }

    void cleanupTestCase()
    {
        m_team->instance().stop();
    }

    void pagesAndSearchesAnswerWhatTheServerStores()
    {
        EventReader reader(attach(*m_team, QStringLiteral("alice")));
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));

        const EventPage signups = reader.search(parsed(QStringLiteral("in:signups")), 0, 50);
        QVERIFY2(signups.error.isEmpty(), qPrintable(signups.error));
        QCOMPARE(signups.events.size(), 2);
        QVERIFY(signups.events.at(0).text.contains(QStringLiteral("bob@example.com"))); // newest first
        QVERIFY(!signups.hasMore);

        const EventPage older = reader.search(parsed(QStringLiteral("in:signups")), signups.events.at(0).id, 1);
        QCOMPARE(older.events.size(), 1);
        QVERIFY(older.events.at(0).text.contains(QStringLiteral("alice@example.com")));

        const EventPage alice = reader.search(parsed(QStringLiteral("user:alice@example.com")), 0, 50);
        QCOMPARE(alice.events.size(), 2);
        const EventPage words = reader.search(parsed(QStringLiteral("\"payment received\" -refund level:info")), 0, 50);
        QCOMPARE(words.events.size(), 1);
        QCOMPARE(words.events.at(0).channel, QStringLiteral("financials"));
        const EventPage crit = reader.search(parsed(QStringLiteral("level:crit after:yesterday")), 0, 50);
        QCOMPARE(crit.events.size(), 1);
        QCOMPARE(crit.events.at(0).level, Level::Crit);
        const EventPage none = reader.search(parsed(QStringLiteral("before:2001-01-01")), 0, 50);
        QVERIFY(none.error.isEmpty());
        QVERIFY(none.events.isEmpty());
    }

    void oneEventChannelCountsAndEventsAfterAnId()
    {
        EventReader reader(attach(*m_team, QStringLiteral("alice")));
        const EventPage all = reader.search(SearchQuery(), 0, 50);
        QCOMPARE(all.events.size(), 4);
        const std::optional<Event> first = reader.event(all.events.last().id);
        QVERIFY(first);
        QCOMPARE(first->text, all.events.last().text);
        QVERIFY(!reader.event(all.events.first().id + 1000));

        QHash<QString, qint64> counts;
        for (const auto &[channel, count] : reader.countsByChannel())
            counts.insert(channel, count);
        QCOMPARE(counts.value(QStringLiteral("signups")), 2);
        QCOMPARE(counts.value(QStringLiteral("financials")), 1);
        QVERIFY(counts.contains(QStringLiteral("user-behavior"))); // a seed channel, empty

        const EventPage after = reader.eventsAfter(all.events.last().id, 2); // oldest first
        QCOMPARE(after.events.size(), 2);
        QCOMPARE(after.events.at(0).id, all.events.at(2).id);
        QCOMPARE(after.events.at(1).id, all.events.at(1).id);
        QVERIFY(after.hasMore);
    }

    void wallNumbersAndAPersonsStory()
    {
        EventReader reader(attach(*m_team, QStringLiteral("vera"))); // reading is all a viewer needs
        const EventTally signups = reader.tally(parsed(QStringLiteral("in:signups")), false);
        QVERIFY2(signups.error.isEmpty(), qPrintable(signups.error));
        QCOMPARE(signups.count, 2);
        QVERIFY(signups.upToId > 0);
        const EventTally revenue = reader.tally(parsed(QStringLiteral("in:financials")), true);
        QCOMPARE(revenue.count, 1);
        QCOMPARE(revenue.sums.value(QStringLiteral("USD")), 4900);

        const UserSummary story = reader.userSummary(QStringLiteral("alice@example.com"));
        QVERIFY2(story.error.isEmpty(), qPrintable(story.error));
        QCOMPARE(story.events, 2);
        QCOMPARE(story.perChannel.size(), 2);
        QVERIFY(story.firstSeenMs > 0 && story.lastSeenMs >= story.firstSeenMs);
        QVERIFY(story.latestPayment);
        QCOMPARE(story.latestPayment->channel, QStringLiteral("financials"));
    }

    void theReadEndpointsNeedAPersonsToken()
    {
        for (const QString &path : { QStringLiteral("/api/channels"), QStringLiteral("/api/events/1"),
                                     QStringLiteral("/api/events?after=0"), QStringLiteral("/api/tally?q=in:signups"),
                                     QStringLiteral("/api/user-summary?user=alice@example.com") }) {
            QCOMPARE(m_team->get(path).first, 401);
            QCOMPARE(m_team->get(path, QStringLiteral("vera")).first, 200);
        }
        QCOMPARE(m_team->get(QStringLiteral("/api/events?after=0&q=signup"), QStringLiteral("vera")).first, 400);
        QCOMPARE(m_team->get(QStringLiteral("/api/tally?sum=pennies"), QStringLiteral("vera")).first, 400);
        QCOMPARE(m_team->get(QStringLiteral("/api/user-summary?user="), QStringLiteral("vera")).first, 400);
        QCOMPARE(m_team->get(QStringLiteral("/api/events/999999"), QStringLiteral("vera")).first, 404);
    }

    void aWrongTokenIsRefusedWithWhatToDo()
    {
        const QString location = QStringLiteral("https://mallory@127.0.0.1:%1").arg(m_team->instance().port());
        RemoteServer wrong = m_team->as(QStringLiteral("alice"));
        wrong.token = QStringLiteral("not-a-token");
        registerRemoteStore(location, wrong, quickRetries());
        EventReader reader(location);
        QString error;
        QVERIFY(!reader.open(&error));
        QVERIFY2(error.contains(QStringLiteral("log in again: bellboard remote login ") + m_team->url()), qPrintable(error));

        EventStore store;
        QVERIFY(!store.open(location, &error));
        QVERIFY2(error.contains(QStringLiteral("log in again")), qPrintable(error));
    }

    void aPostIsThePersonsWithTheServersIdAndHeardOnce()
    {
        EventStore store;
        QSignalSpy committed(&store, &EventStore::eventsCommitted);
        QString error;
        QVERIFY2(store.open(attach(*m_team, QStringLiteral("bob")), &error), qPrintable(error));
        QVERIFY(store.hasChannel(QStringLiteral("signups")));

        const AppendResult result = store.append({ composed(QStringLiteral("ops"), QStringLiteral("deploying web")) }).result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.events.size(), 1);
        const Event posted = result.events.first();
        QVERIFY(posted.id > 0);
        QCOMPARE(posted.senderName, QStringLiteral("bob")); // the server names the person

        // Also an application's event, so that the stream has moved past the post.
        QVERIFY(m_team->post(QStringLiteral("ops"), "deployed"));
        QList<qint64> heard;
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    heard.clear();
                    for (const QList<QVariant> &batch : std::as_const(committed))
                        for (const Event &event : batch.first().value<EventList>())
                            heard << event.id;
                    return heard.size() >= 2;
                }(),
                20000);
        QTest::qWait(200);
        QCOMPARE(heard.count(posted.id), 1); // once: through the stream, not also by the writer
        QCOMPARE(heard.size(), 2);

        EventReader reader(store.databasePath());
        QCOMPARE(reader.event(posted.id)->text, QStringLiteral("deploying web"));
    }

    void acknowledgementsAndReadMarkersAreKeptOnTheServer()
    {
        EventStore store;
        QSignalSpy changed(&store, &EventStore::eventsChanged);
        QString error;
        QVERIFY2(store.open(attach(*m_team, QStringLiteral("alice")), &error), qPrintable(error));
        EventReader reader(store.databasePath());
        const qint64 crit = reader.search(parsed(QStringLiteral("level:crit")), 0, 1).events.first().id;

        const AckResult acked = store.acknowledge(crit, QStringLiteral("ignored: the token says who"), 0).result();
        QVERIFY2(acked.ok(), qPrintable(acked.error));
        QCOMPARE(acked.event.acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(reader.event(crit)->acknowledgement.by, QStringLiteral("alice"));
        QVERIFY(changed.wait(10000) || !changed.isEmpty()); // the stream's `changed` too

        const AckResult missing = store.acknowledge(crit + 100000, QStringLiteral("alice"), 0).result();
        QCOMPARE(missing.outcome, AckResult::Outcome::NotFound);

        const ReadMarkerMap stored = store.setReadMarkers(QStringLiteral("alice"), { { QStringLiteral("errors"), crit } }).result();
        QCOMPARE(stored.value(QStringLiteral("errors")), crit);
        QCOMPARE(reader.readMarkers(QStringLiteral("alice")).value(QStringLiteral("errors")), crit);
        const auto [status, body] = m_team->get(QStringLiteral("/api/read-markers"), QStringLiteral("alice"));
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("markers")).toObject().value(QStringLiteral("errors")).toInteger(),
                 crit);
    }

    void aViewersPostIsRefusedSayingWhy()
    {
        EventStore store;
        QString error;
        QVERIFY2(store.open(attach(*m_team, QStringLiteral("vera")), &error), qPrintable(error));
        const AppendResult result = store.append({ composed(QStringLiteral("ops"), QStringLiteral("hello")) }).result();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("role")) && result.error.contains(QStringLiteral("viewer")),
                 qPrintable(result.error));
        QVERIFY(!result.unavailable);
        const AckResult ack = store.acknowledge(1, QStringLiteral("vera"), 0).result();
        QCOMPARE(ack.outcome, AckResult::Outcome::Failed);
        QVERIFY2(ack.error.contains(QStringLiteral("viewer")), qPrintable(ack.error));
    }
};

QTEST_GUILESS_MAIN(TestRemoteStore)
#include "tst_remotestore.moc"
