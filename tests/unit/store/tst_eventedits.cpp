// Edits of stored events by id (what response_url's replace_original and delete_original do)
// in a real SQLite file: the row keeps its id and place, the full-text and user indexes
// and the channel counts follow, the window hears eventsChanged / eventsRemoved, and an id
// that is not stored is a clear error that changes nothing.
#include "storetesthelpers.h"

#include "core/searchquery.h"
#include "store/eventreader.h"
#include "store/eventstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bb;
using namespace bb::test;

namespace {

ExternalResult wait(QFuture<ExternalResult> future)
{
    future.waitForFinished();
    return future.result();
}

Event content(const QString &text, const QStringList &users = {}, const QByteArray &blocks = {})
{
    Event event;
    event.text = text;
    event.users = users;
    event.blocksJson = blocks;
    return event;
}

} // namespace

class TestEventEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<EventStore> m_store;
    Event m_stored; // "Deploy web to production?" with an Approve button, in #deployments
    Event m_other;  // another event in the same channel

    qint64 count(const QString &sql)
    {
        RawConnection check(m_path);
        return check.value(sql).toLongLong();
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("events-%1.db").arg(++m_files));
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_path));
        Event event = makeEvent(QStringLiteral("deployments"), QStringLiteral("Deploy web to production?"),
                                { QStringLiteral("bob@example.com") }, Level::Warn, QStringLiteral("ci"));
        event.source = QStringLiteral("webhook:ci");
        event.title = QStringLiteral("Approval needed");
        event.senderTs = QStringLiteral("1700000000.000100");
        event.threadKey = QStringLiteral("release-42");
        event.blocksJson = R"([{"type":"actions","block_id":"a","elements":[{"type":"button","action_id":"approve","text":{"type":"plain_text","text":"Approve"}}]}])";
        const EventList stored = commit(*m_store, { event, makeEvent(QStringLiteral("deployments"), QStringLiteral("unrelated")) });
        QCOMPARE(stored.size(), 2);
        m_stored = stored.at(0);
        m_other = stored.at(1);
        m_store->flush(); // announced too, before a test's spies listen
    }
    void cleanup()
    {
        m_store.reset();
    }

    void replacingKeepsTheRowAndChangesWhatItSays()
    {
        QSignalSpy changed(m_store.get(), &EventStore::eventsChanged);
        QSignalSpy committed(m_store.get(), &EventStore::eventsCommitted);
        const ExternalResult result = wait(m_store->replaceEventContent(
                m_stored.id, content(QStringLiteral("Approved by carol"), { QStringLiteral("carol@example.com") })));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed.size(), 1);
        QVERIFY(result.added.isEmpty());
        QVERIFY(result.removed.isEmpty());

        // What the window is told is the whole event as it is now stored.
        const Event now = result.changed.first();
        QCOMPARE(now.id, m_stored.id);
        QCOMPARE(now.channel, m_stored.channel);
        QCOMPARE(now.receivedAtMs, m_stored.receivedAtMs);
        QCOMPARE(now.senderName, QStringLiteral("ci"));
        QCOMPARE(now.source, QStringLiteral("webhook:ci"));
        QCOMPARE(now.senderTs, m_stored.senderTs);
        QCOMPARE(now.threadKey, QStringLiteral("release-42"));
        QCOMPARE(now.level, Level::Warn);
        QCOMPARE(now.text, QStringLiteral("Approved by carol"));
        QCOMPARE(now.title, QString()); // the whole message is replaced, as in Slack
        QVERIFY(now.blocksJson.isEmpty());
        EventReader reader(m_path);
        const std::optional<Event> read = reader.event(m_stored.id);
        QVERIFY(read);
        QCOMPARE(read->text, now.text);
        QCOMPARE(read->users, QStringList{ QStringLiteral("carol@example.com") });
        QVERIFY(read->blocksJson.isEmpty());

        // The indexes follow; the channel still holds two events.
        QCOMPARE(texts(m_path, QStringLiteral("approved")), QStringList{ QStringLiteral("Approved by carol") });
        QVERIFY(texts(m_path, QStringLiteral("production")).isEmpty());
        QCOMPARE(texts(m_path, QStringLiteral("user:carol@example.com")), QStringList{ QStringLiteral("Approved by carol") });
        QVERIFY(texts(m_path, QStringLiteral("user:bob@example.com")).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT event_count FROM channels WHERE name = 'deployments'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), 2);

        m_store->flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<EventList>().first().text, QStringLiteral("Approved by carol"));
        QCOMPARE(committed.size(), 0);

        // The same content again changes nothing and announces nothing.
        const ExternalResult again = wait(m_store->replaceEventContent(
                m_stored.id, content(QStringLiteral("Approved by carol"), { QStringLiteral("carol@example.com") })));
        QVERIFY(again.ok);
        QVERIFY(again.changed.isEmpty());
        m_store->flush();
        QCOMPARE(changed.size(), 1);
    }

    void blocksAndAttachmentsAreSearchableAfterAReplacement()
    {
        const QByteArray blocks = R"([{"type":"section","text":{"type":"mrkdwn","text":"rollout halted"}}])";
        QVERIFY(wait(m_store->replaceEventContent(m_stored.id, content(QString(), {}, blocks))).ok);
        QCOMPARE(texts(m_path, QStringLiteral("halted")).size(), 1);
        EventReader reader(m_path);
        QCOMPARE(reader.event(m_stored.id)->blocksJson, blocks);
    }

    void removingDeletesTheEventEverywhere()
    {
        QSignalSpy removed(m_store.get(), &EventStore::eventsRemoved);
        const ExternalResult result = wait(m_store->removeEvent(m_stored.id));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.removed.size(), 1);
        QCOMPARE(result.removed.first().id, m_stored.id);
        QCOMPARE(result.removed.first().channel, QStringLiteral("deployments"));
        QVERIFY(texts(m_path, QStringLiteral("production")).isEmpty());
        QVERIFY(texts(m_path, QStringLiteral("user:bob@example.com")).isEmpty());
        QCOMPARE(texts(m_path, QStringLiteral("in:deployments")), QStringList{ QStringLiteral("unrelated") });
        QCOMPARE(count(QStringLiteral("SELECT event_count FROM channels WHERE name = 'deployments'")), 1);
        m_store->flush();
        QCOMPARE(removed.size(), 1);
    }

    void anIdThatIsNotStoredIsAClearErrorAndChangesNothing()
    {
        QVERIFY(wait(m_store->removeEvent(m_stored.id)).ok);
        m_store->flush();
        QSignalSpy changed(m_store.get(), &EventStore::eventsChanged);
        QSignalSpy removed(m_store.get(), &EventStore::eventsRemoved);
        for (const qint64 id : { m_stored.id, m_other.id + 1000 }) {
            const ExternalResult replaced = wait(m_store->replaceEventContent(id, content(QStringLiteral("x"))));
            QVERIFY(!replaced.ok);
            QCOMPARE(replaced.error, QStringLiteral("Event %1 is not stored (it was deleted, or never stored).").arg(id));
            QVERIFY(replaced.changed.isEmpty());
            const ExternalResult gone = wait(m_store->removeEvent(id));
            QVERIFY(!gone.ok);
            QCOMPARE(gone.error, replaced.error);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), 1);
        QCOMPARE(texts(m_path, QStringLiteral("in:deployments")), QStringList{ QStringLiteral("unrelated") });
        m_store->flush();
        QCOMPARE(changed.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    // The team's shared state (issue 15). The first acknowledgement wins: a second one changes
    // nothing, announces nothing and answers the first; readers see it with the event.
    void theFirstAcknowledgementWins()
    {
        QSignalSpy changed(m_store.get(), &EventStore::eventsChanged);
        const AckResult first = m_store->acknowledge(m_stored.id, QStringLiteral("alice"), 1000).result();
        QCOMPARE(first.outcome, AckResult::Outcome::Acknowledged);
        QCOMPARE(first.event.id, m_stored.id);
        QCOMPARE(first.event.acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(first.event.acknowledgement.atMs, 1000);
        const AckResult second = m_store->acknowledge(m_stored.id, QStringLiteral("bob"), 2000).result();
        QCOMPARE(second.outcome, AckResult::Outcome::AlreadyAcknowledged);
        QCOMPARE(second.event.acknowledgement.by, QStringLiteral("alice"));
        QCOMPARE(second.event.acknowledgement.atMs, 1000);
        m_store->flush();
        QCOMPARE(changed.size(), 1);
        const EventList announced = changed.first().first().value<EventList>();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().acknowledgement.by, QStringLiteral("alice"));

        EventReader reader(m_path);
        QCOMPARE(reader.event(m_stored.id)->acknowledgement.by, QStringLiteral("alice"));
        QVERIFY(!reader.event(m_other.id)->acknowledgement.isValid());
    }

    void acknowledgingAnUnknownIdIsAClearError()
    {
        const AckResult result = m_store->acknowledge(m_other.id + 1000, QStringLiteral("alice"), 1000).result();
        QCOMPARE(result.outcome, AckResult::Outcome::NotFound);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM acknowledgements")), 0);
        // An acknowledgement goes with its event.
        QVERIFY(m_store->acknowledge(m_stored.id, QStringLiteral("alice"), 1000).result().ok());
        QVERIFY(wait(m_store->removeEvent(m_stored.id)).ok);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM acknowledgements")), 0);
    }

    // Read markers move forward only, per person, and come back from a reader.
    void readMarkersMoveForwardOnlyPerPerson()
    {
        ReadMarkerMap stored = m_store->setReadMarkers(QStringLiteral("alice"), { { QStringLiteral("general"), 10 } }).result();
        QCOMPARE(stored.value(QStringLiteral("general")), 10);
        stored = m_store->setReadMarkers(QStringLiteral("alice"), { { QStringLiteral("general"), 4 }, { QStringLiteral("ops"), 7 } })
                         .result();
        QCOMPARE(stored.value(QStringLiteral("general")), 10);
        QCOMPARE(stored.value(QStringLiteral("ops")), 7);
        m_store->setReadMarkers(QStringLiteral("bob"), { { QStringLiteral("general"), 3 } }).waitForFinished();
        EventReader reader(m_path);
        QCOMPARE(reader.readMarkers(QStringLiteral("alice")), stored);
        QCOMPARE(reader.readMarkers(QStringLiteral("bob")).value(QStringLiteral("general")), 3);
        QVERIFY(reader.readMarkers(QStringLiteral("carol")).isEmpty());
    }

    // A stream client's catch-up reads oldest first, in pages.
    void eventsAfterPagesInIdOrder()
    {
        EventList more;
        for (int i = 0; i < 5; ++i)
            more << makeEvent(QStringLiteral("ops"), QStringLiteral("e%1").arg(i));
        commit(*m_store, more);
        EventReader reader(m_path);
        const EventPage first = reader.eventsAfter(m_stored.id, 3);
        QCOMPARE(first.events.size(), 3);
        QVERIFY(first.hasMore);
        QCOMPARE(first.events.first().id, m_other.id);
        const EventPage second = reader.eventsAfter(first.events.last().id, 3);
        QCOMPARE(second.events.size(), 3);
        QVERIFY(!second.hasMore);
        QCOMPARE(second.events.last().text, QStringLiteral("e4"));
        for (int i = 1; i < second.events.size(); ++i)
            QVERIFY(second.events.at(i).id > second.events.at(i - 1).id);
    }

    void aClosedStoreRefuses()
    {
        EventStore closed;
        const ExternalResult result = wait(closed.replaceEventContent(1, content(QStringLiteral("x"))));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("The event store is not open."));
    }

    // The callback form: the answer runs on the caller's thread after the call returned (even a
    // refusal), and not at all once its context is gone.
    void aCallbackRunsOnItsContextAndNotAfterItIsGone()
    {
        QObject context;
        QList<ExternalResult> answers;
        m_store->replaceEventContent(m_stored.id, content(QStringLiteral("approved")), &context,
                                     [&](const ExternalResult &result) {
                                         QCOMPARE(QThread::currentThread(), thread());
                                         answers << result;
                                     });
        QCOMPARE(answers.size(), 0);
        QTRY_COMPARE(answers.size(), 1);
        QVERIFY2(answers.first().ok, qPrintable(answers.first().error));
        QCOMPARE(answers.first().changed.size(), 1);

        auto gone = std::make_unique<QObject>();
        m_store->removeEvent(m_other.id, gone.get(), [&](const ExternalResult &result) { answers << result; });
        gone.reset();
        m_store->flush(); // removed, and the answer posted to a relay that finds no context
        QCoreApplication::processEvents();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), 1);

        EventStore closed;
        closed.removeEvent(1, &context, [&](const ExternalResult &result) { answers << result; });
        QCOMPARE(answers.size(), 1); // never inside the call
        QTRY_COMPARE(answers.size(), 2);
        QVERIFY(!answers.last().ok);
    }
};

QTEST_GUILESS_MAIN(TestEventEdits)
#include "tst_eventedits.moc"
