// The Slack mirror against a fake Slack (Web API over HTTP, Socket Mode over WebSocket, both on
// real loopback sockets) and a real SQLite store: connect, live messages, acks, edits,
// deletions, threads, refreshes, dead connections, rate limits, revoked tokens, backfill after a
// gap, duplicates, posting. Waits are polls (QTRY_*), never timed assertions.
#include "fakeslack.h"

#include "chatops/chatops.h"
#include "chatops/commandanswer.h"
#include "chatops/slackposter.h"
#include "slack/slackmirror.h"
#include "store/eventstore.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bb;
using namespace bb::test;

namespace {

constexpr int kWait = 15000; // a generous ceiling for polls; tests finish far sooner

SlackTimings fastTimings()
{
    SlackTimings timings;
    timings.pacingMs.clear();
    timings.defaultPacingMs = 0;
    timings.retryAfterUnitMs = 200;
    timings.pingIntervalMs = 50;
    timings.deadAfterMs = 500;
    timings.helloTimeoutMs = 500;
    timings.backoffBaseMs = 40;
    timings.backoffMaxMs = 300;
    timings.pageSize = 3; // and the fake serves at most 3: paging everywhere
    timings.firstMirrorMessages = 3;
    return timings;
}

struct Row
{
    qint64 id = 0;
    QString text;
    QString sender;
    QString icon;
    QString ts;
    QString thread;
};

// SlackMirror::post's answers, in arrival order; the context the callback is bound to.
class PostAnswers : public QObject
{
public:
    struct Answer
    {
        bool ok = false;
        QString detail;
    };
    SlackMirror::PostCallback callback()
    {
        return [this](bool ok, const QString &detail) { m_answers.append({ ok, detail }); };
    }
    qsizetype size() const { return m_answers.size(); }
    const Answer &first() const { return m_answers.first(); }
    const Answer &last() const { return m_answers.last(); }

private:
    QList<Answer> m_answers;
};

} // namespace

class TestSlackMirror : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<FakeSlack> m_slack;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<SlackMirror> m_mirror;
    QString m_connection;
    SlackTimings m_timings; // fastTimings() unless a test changes them before startMirror()

    QList<Row> rows(const QString &channel = QStringLiteral("slack.ops"))
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        query.prepare(QStringLiteral("SELECT id, text, sender_name, sender_icon, sender_ts, thread_key FROM events"
                                     " WHERE channel = ? ORDER BY id"));
        query.addBindValue(channel);
        query.exec();
        QList<Row> out;
        while (query.next())
            out.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString() });
        return out;
    }
    // Said in #ops while no Bellboard listened: "<prefix> 0", "<prefix> 1", … oldest first.
    QStringList sayOffline(int count, const QString &prefix)
    {
        QStringList said;
        for (int i = 0; i < count; ++i) {
            said << QStringLiteral("%1 %2").arg(prefix).arg(i);
            m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), said.last());
        }
        return said;
    }
    // Slack's documented page limit with an app held to short pages: the mirror asks for up to
    // 200 a page and for the latest 200 of a new channel, the fake answers 15 at a time.
    void useShortPages()
    {
        m_slack->setMaxPageSize(15);
        m_timings.pageSize = 200;
        m_timings.firstMirrorMessages = 200;
    }
    // Ids follow time: stored oldest first, each message once.
    void verifyStoredInOrderOnce()
    {
        const QList<Row> stored = rows();
        QSet<QString> seen;
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QVERIFY2(!seen.contains(stored.at(i).ts), qPrintable(stored.at(i).text));
            seen.insert(stored.at(i).ts);
            if (i > 0)
                QVERIFY2(stored.at(i - 1).ts < stored.at(i).ts, qPrintable(stored.at(i).text));
        }
    }
    QStringList texts(const QString &channel = QStringLiteral("slack.ops"))
    {
        QStringList out;
        for (const Row &row : rows(channel))
            out << row.text;
        return out;
    }

    void startMirror(const QStringList &channels = { QStringLiteral("ops") },
                     const SlackTokens &tokens = { FakeSlack::kBotToken, FakeSlack::kAppToken })
    {
        m_mirror = std::make_unique<SlackMirror>(m_store.get());
        SlackMirrorSettings settings;
        settings.apiUrl = QUrl(m_slack->apiUrl());
        settings.channels = channels;
        settings.timings = m_timings;
        m_mirror->start(settings, tokens);
    }
    bool connected() const { return m_mirror->status().phase == SlackStatus::Phase::Connected; }
    bool allAcked() const
    {
        for (const QString &id : m_slack->sentEnvelopes()) {
            if (!m_slack->ackedEnvelopes().contains(id))
                return false;
        }
        return true;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".db"));
        m_slack = std::make_unique<FakeSlack>();
        m_slack->setMaxPageSize(3);
        m_timings = fastTimings();
        m_slack->addChannel(QStringLiteral("C0OPS"), QStringLiteral("ops"));
        m_slack->addChannel(QStringLiteral("C0RANDOM"), QStringLiteral("random"));
        m_slack->addChannel(QStringLiteral("C0SECRET"), QStringLiteral("secret"), false);
        m_slack->addUser(QStringLiteral("U0ALICE"), QStringLiteral("Alice Example"), QStringLiteral("https://fake/alice48.png"));
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_path));
        m_connection = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
    }

    void cleanup()
    {
        m_mirror.reset();
        m_store.reset();
        m_slack.reset();
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void connectsAndStoresALiveMessageWithTheAuthorsRealName()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QCOMPARE(m_mirror->status().team, QStringLiteral("Fake Team"));
        QCOMPARE(m_mirror->status().channels, QStringList{ QStringLiteral("ops") });
        QVERIFY(m_mirror->mirrors(QStringLiteral("slack.ops")));
        const QString ts = m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("deploy done"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 1, kWait);
        const Row row = rows().first();
        QCOMPARE(row.text, QStringLiteral("deploy done"));
        QCOMPARE(row.sender, QStringLiteral("Alice Example"));
        QCOMPARE(row.icon, QStringLiteral("https://fake/alice48.png"));
        QCOMPARE(row.ts, ts);
        // users.info is asked once, then cached.
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("again"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 2, kWait);
        QCOMPARE(m_slack->calls(QStringLiteral("users.info")), 1);
        // Messages of channels not mirrored are not stored.
        m_slack->say(QStringLiteral("C0RANDOM"), QStringLiteral("U0ALICE"), QStringLiteral("elsewhere"));
        QTRY_VERIFY_WITH_TIMEOUT(allAcked(), kWait);
        QVERIFY(rows(QStringLiteral("slack.random")).isEmpty());
        // Tokens travel in the Authorization header only; the app token only to apps.connections.open.
        const QString openArgs = QString::number(m_slack->callArgs(QStringLiteral("apps.connections.open")).first().size());
        QCOMPARE(openArgs, QStringLiteral("0"));
    }

    void aChannelConfiguredByIdIsMirroredUnderItsName()
    {
        startMirror({ QStringLiteral("C0OPS") });
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QCOMPARE(m_mirror->status().channels, QStringList{ QStringLiteral("ops") });
        QVERIFY(m_mirror->mirrors(QStringLiteral("slack.ops")));
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("by id"));
        QTRY_COMPARE_WITH_TIMEOUT(texts(), QStringList{ QStringLiteral("by id") }, kWait);
    }

    void everyEnvelopeIsAcknowledgedWhateverItsType()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        m_slack->sendEnvelope(QStringLiteral("slash_commands"), { { QStringLiteral("command"), QStringLiteral("/deploy") },
                                                                  { QStringLiteral("text"), QStringLiteral("web") } });
        m_slack->sendEnvelope(QStringLiteral("interactive"), { { QStringLiteral("type"), QStringLiteral("block_actions") } });
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("one"));
        QTRY_COMPARE_WITH_TIMEOUT(m_slack->ackedEnvelopes().size(), 3, kWait);
        QVERIFY(allAcked());
    }

    void anEditUpdatesAndADeletionRemovesTheStoredCopy()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QSignalSpy changed(m_store.get(), &EventStore::eventsChanged);
        QSignalSpy removed(m_store.get(), &EventStore::eventsRemoved);
        const QString ts = m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("dpeloy"));
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("stays"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 2, kWait);
        m_slack->edit(QStringLiteral("C0OPS"), ts, QStringLiteral("deploy"));
        QTRY_COMPARE_WITH_TIMEOUT(texts(), (QStringList{ QStringLiteral("deploy"), QStringLiteral("stays") }), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kWait);
        m_slack->remove(QStringLiteral("C0OPS"), ts);
        QTRY_COMPARE_WITH_TIMEOUT(texts(), QStringList{ QStringLiteral("stays") }, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kWait);
        QCOMPARE(removed.first().first().value<EventList>().first().senderTs, ts);
    }

    void aThreadReplyKeepsItsThread()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        const QString parent = m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("incident"));
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("fixed it"), parent);
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 2, kWait);
        QCOMPARE(rows().at(1).thread, parent);
    }

    // A refresh: the next connection is opened (and says hello) before the old one is let go,
    // and nothing needs backfilling because nothing was missed.
    void aDisconnectWarningOpensTheNextConnectionBeforeDroppingTheOld()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_slack->calls(QStringLiteral("conversations.history")), 1, kWait);
        m_slack->sendDisconnect(QStringLiteral("refresh_requested"));
        QTRY_COMPARE_WITH_TIMEOUT(m_slack->calls(QStringLiteral("apps.connections.open")), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_slack->connectionsAccepted(), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_slack->openSockets(), 1, kWait);
        QCOMPARE(m_slack->maxOpenSockets(), 2);
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("on the new socket"));
        QTRY_COMPARE_WITH_TIMEOUT(texts(), QStringList{ QStringLiteral("on the new socket") }, kWait);
        QCOMPARE(m_slack->calls(QStringLiteral("conversations.history")), 1);
        QVERIFY(connected());
    }

    // Connected yet silent: the relay swallows everything, pongs included. The watchdog drops
    // the socket, the mirror reconnects (through the relay again, thawed) and backfills what
    // was said meanwhile.
    void aSilentConnectionIsDetectedAndWhatWasMissedIsBackfilled()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("before"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 1, kWait);
        QSignalSpy status(m_mirror.get(), &SlackMirror::statusChanged);
        m_slack->relay().setFrozen(true);
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("during the silence"));
        QTRY_VERIFY_WITH_TIMEOUT(m_mirror->status().phase == SlackStatus::Phase::Reconnecting, kWait);
        m_slack->relay().setFrozen(false);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(texts(), (QStringList{ QStringLiteral("before"), QStringLiteral("during the silence") }), kWait);
        QVERIFY(m_slack->calls(QStringLiteral("apps.connections.open")) >= 2);
    }

    // The handshake is watched too: a socket that never says hello is replaced.
    void aConnectionThatNeverSaysHelloIsReplaced()
    {
        m_slack->setSendHello(false);
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(m_slack->connectionsAccepted() >= 2, kWait);
        QVERIFY(!connected());
        m_slack->setSendHello(true);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
    }

    void aRateLimitPausesTheMethodThenTheSameCallIsRetried()
    {
        for (int i = 0; i < 2; ++i)
            m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("old %1").arg(i));
        m_slack->rateLimitNext(QStringLiteral("conversations.history"), 1);
        startMirror();
        QSignalSpy status(m_mirror.get(), &SlackMirror::statusChanged);
        QTRY_COMPARE_WITH_TIMEOUT(texts(), (QStringList{ QStringLiteral("old 0"), QStringLiteral("old 1") }), kWait);
        bool sawLimit = false;
        for (const QList<QVariant> &signal : std::as_const(status)) {
            const SlackStatus seen = signal.first().value<SlackStatus>();
            if (seen.phase == SlackStatus::Phase::RateLimited) {
                sawLimit = true;
                QVERIFY2(seen.text(0).startsWith(QStringLiteral("rate limited until")), qPrintable(seen.text(0)));
            }
        }
        QVERIFY(sawLimit);
        QCOMPARE(m_slack->calls(QStringLiteral("conversations.history")), 2); // the 429, then the retry
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
    }

    void aRevokedTokenStopsTheMirrorInsteadOfRetrying()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        m_slack->revoke(QString::fromLatin1(FakeSlack::kAppToken));
        m_slack->sendDisconnect(QStringLiteral("too_many_websockets")); // forces a new apps.connections.open
        QTRY_VERIFY_WITH_TIMEOUT(m_mirror->status().phase == SlackStatus::Phase::TokenRevoked, kWait);
        QVERIFY2(m_mirror->status().text(0).contains(QStringLiteral("slack login")), qPrintable(m_mirror->status().text(0)));
        const int opens = m_slack->calls(QStringLiteral("apps.connections.open"));
        QTest::qWait(800); // several backoff periods: nothing may try again
        QCOMPARE(m_slack->calls(QStringLiteral("apps.connections.open")), opens);
        QCOMPARE(m_mirror->status().phase, SlackStatus::Phase::TokenRevoked);
    }

    void anInvalidBotTokenIsReportedAtStart()
    {
        startMirror({ QStringLiteral("ops") }, { QStringLiteral("xoxb-wrong"), FakeSlack::kAppToken });
        QTRY_VERIFY_WITH_TIMEOUT(m_mirror->status().phase == SlackStatus::Phase::TokenRevoked, kWait);
        QVERIFY2(m_mirror->status().detail.contains(QStringLiteral("does not accept the token")),
                 qPrintable(m_mirror->status().detail));
        QCOMPARE(m_slack->calls(QStringLiteral("apps.connections.open")), 0);
    }

    // A restart after a night off: everything said since the last stored message arrives,
    // through several small pages of history and of a thread's replies, each message once.
    void aRestartBackfillsTheGapPageByPageAndStoresEachMessageOnce()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        const QString last = m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("last before the night"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), last, kWait);
        m_mirror.reset();

        QStringList expected{ QStringLiteral("last before the night") };
        const QString parent = m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("night 0"));
        expected << QStringLiteral("night 0");
        for (int i = 0; i < 4; ++i) {
            m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("reply %1").arg(i), parent);
            expected << QStringLiteral("reply %1").arg(i);
        }
        for (int i = 1; i < 7; ++i) {
            m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("night %1").arg(i));
            expected << QStringLiteral("night %1").arg(i);
        }
        const qsizetype historyMark = m_slack->callArgs(QStringLiteral("conversations.history")).size();
        startMirror();
        QTRY_COMPARE_WITH_TIMEOUT(texts(), expected, kWait);
        const auto calls = m_slack->callArgs(QStringLiteral("conversations.history")).mid(historyMark);
        QCOMPARE(calls.size(), 3); // 7 top-level messages in pages of 3
        QCOMPARE(calls.first().value(QStringLiteral("oldest")), last);
        QVERIFY(!calls.at(1).value(QStringLiteral("cursor")).isEmpty());
        QCOMPARE(m_slack->calls(QStringLiteral("conversations.replies")), 2); // 4 replies, pages of 3
        QCOMPARE(rows().at(2).thread, parent);
        // The same messages again (a second reconnect) change nothing.
        m_slack->sendDisconnect(QStringLiteral("too_many_websockets"));
        QTRY_VERIFY_WITH_TIMEOUT(m_slack->callArgs(QStringLiteral("conversations.history")).size() > historyMark + 3, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QCOMPARE(texts(), expected);
    }

    // Slack may answer a page with fewer messages than `limit` while more exist (has_more,
    // next_cursor): a channel mirrored for the first time still gets all of its 40 messages,
    // through pages of 15, oldest first, each once.
    void aFirstMirrorFollowsShortPagesToTheChannelsStart()
    {
        useShortPages();
        const QStringList said = sayOffline(40, QStringLiteral("m"));
        startMirror();
        QTRY_COMPARE_WITH_TIMEOUT(texts(), said, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), rows().last().ts, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QCOMPARE(texts(), said);
        verifyStoredInOrderOnce();
        const auto calls = m_slack->callArgs(QStringLiteral("conversations.history"));
        QCOMPARE(calls.size(), 3); // 15 + 15 + 10, the last with has_more false
        QVERIFY(calls.first().value(QStringLiteral("cursor")).isEmpty());
        QVERIFY(!calls.at(1).value(QStringLiteral("cursor")).isEmpty());
        QVERIFY(!calls.at(2).value(QStringLiteral("cursor")).isEmpty());
        QVERIFY(!calls.first().contains(QStringLiteral("oldest")));
    }

    // README's promise for a new channel: its latest 200 messages, not fewer, not more.
    void aFirstMirrorStoresTheLatest200ThroughShortPages()
    {
        useShortPages();
        const QStringList said = sayOffline(250, QStringLiteral("m"));
        startMirror();
        const QStringList newest = said.mid(50);
        QTRY_COMPARE_WITH_TIMEOUT(texts(), newest, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), rows().last().ts, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QCOMPARE(texts(), newest);
        verifyStoredInOrderOnce();
        const auto calls = m_slack->callArgs(QStringLiteral("conversations.history"));
        QCOMPARE(calls.size(), 14); // 13 pages of 15, then one asking for the 5 still missing
        QCOMPARE(calls.last().value(QStringLiteral("limit")), QStringLiteral("5"));
    }

    // A 429 in the middle of the first mirror pauses, then asks for the same page again (same
    // cursor): nothing is lost or stored twice.
    void aRateLimitBetweenPagesRetriesTheSamePage()
    {
        useShortPages();
        const QStringList said = sayOffline(40, QStringLiteral("m"));
        m_slack->rateLimitAfter(QStringLiteral("conversations.history"), 1, 1); // the second page
        startMirror();
        QTRY_COMPARE_WITH_TIMEOUT(texts(), said, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), rows().last().ts, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        verifyStoredInOrderOnce();
        const auto calls = m_slack->callArgs(QStringLiteral("conversations.history"));
        QCOMPARE(calls.size(), 4); // page 1, the 429, page 2 again, page 3
        QVERIFY(!calls.at(1).value(QStringLiteral("cursor")).isEmpty());
        QCOMPARE(calls.at(2).value(QStringLiteral("cursor")), calls.at(1).value(QStringLiteral("cursor")));
    }

    // The catch-up after a restart reads the whole gap through short pages too, however long:
    // no cap on what was missed, unlike a first mirror.
    void aCatchUpFollowsShortPagesThroughTheWholeGap()
    {
        useShortPages();
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        const QString last = m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("before"));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), last, kWait);
        m_mirror.reset();
        const qsizetype historyMark = m_slack->callArgs(QStringLiteral("conversations.history")).size();
        const QStringList expected = QStringList{ QStringLiteral("before") } + sayOffline(250, QStringLiteral("gap"));
        startMirror();
        QTRY_COMPARE_WITH_TIMEOUT(texts(), expected, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), rows().last().ts, kWait);
        verifyStoredInOrderOnce();
        const auto calls = m_slack->callArgs(QStringLiteral("conversations.history")).mid(historyMark);
        QCOMPARE(calls.size(), 17); // 250 in pages of 15
        for (const auto &call : calls)
            QCOMPARE(call.value(QStringLiteral("oldest")), last);
    }

    // A live message that arrives while the gap is still being read is stored after the gap:
    // the store's order (ids) stays the order of time, in the feed and in search.
    void liveMessagesDuringABackfillAreStoredAfterIt()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("first"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->syncCursor(QStringLiteral("slack:C0OPS")).result().isEmpty(), kWait);
        m_mirror.reset();
        m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("gap 1"));
        m_slack->sayOffline(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("gap 2"));
        m_slack->rateLimitNext(QStringLiteral("conversations.history"), 3); // holds the backfill a moment
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(m_mirror->status().phase == SlackStatus::Phase::RateLimited, kWait);
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("live during the backfill"));
        const QStringList inOrder{ QStringLiteral("first"), QStringLiteral("gap 1"), QStringLiteral("gap 2"),
                                   QStringLiteral("live during the backfill") };
        QTRY_COMPARE_WITH_TIMEOUT(texts(), inOrder, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->syncCursor(QStringLiteral("slack:C0OPS")).result(), rows().last().ts, kWait);
    }

    // At-least-once delivery: a retried envelope, and the same message from backfill and live.
    void duplicatesAreStoredOnce()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        const QString ts = m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("once"));
        // Laid out by hand: clang-format 14 would join the message into one line.
        // clang-format off
        QJsonObject again{ { QStringLiteral("type"), QStringLiteral("message") }, { QStringLiteral("channel"), QStringLiteral("C0OPS") },
                           { QStringLiteral("user"), QStringLiteral("U0ALICE") }, { QStringLiteral("text"), QStringLiteral("once") },
                           { QStringLiteral("ts"), ts } };
        // clang-format on
        m_slack->sendMessageEvent(again, 1);
        m_slack->sendDisconnect(QStringLiteral("too_many_websockets")); // a reconnect: backfill sees it too
        QTRY_VERIFY_WITH_TIMEOUT(m_slack->calls(QStringLiteral("conversations.history")) >= 2, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("after"));
        QTRY_COMPARE_WITH_TIMEOUT(texts(), (QStringList{ QStringLiteral("once"), QStringLiteral("after") }), kWait);
        // The mirror acks before it stores, but the fake reads that ack on this thread's event
        // loop, so "after" can be stored before the fake has seen its ack: wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(allAcked(), kWait);
    }

    void aPostIsStoredOnceAndItsEchoIsNotShownTwice()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        PostAnswers finished;
        QSignalSpy committed(m_store.get(), &EventStore::eventsCommitted);
        m_mirror->post(QStringLiteral("slack.ops"), QStringLiteral("on it :eyes:"), {}, &finished, finished.callback());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY2(finished.first().ok, qPrintable(finished.first().detail));
        const QString ts = finished.first().detail;
        QTRY_VERIFY_WITH_TIMEOUT(allAcked(), kWait); // the echo arrived
        m_slack->say(QStringLiteral("C0OPS"), QStringLiteral("U0ALICE"), QStringLiteral("thanks"));
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 2, kWait);
        QCOMPARE(rows().first().text, QStringLiteral("on it :eyes:"));
        QCOMPARE(rows().first().ts, ts);
        QCOMPARE(rows().first().sender, QStringLiteral("Bellboard"));
        QCOMPARE(committed.size(), 2); // the post once, "thanks" once: no echo event

        // In a thread; and the errors, with their meaning.
        m_mirror->post(QStringLiteral("ops"), QStringLiteral("in the thread"), ts, &finished, finished.callback());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
        QCOMPARE(m_slack->callArgs(QStringLiteral("chat.postMessage")).last().value(QStringLiteral("thread_ts")), ts);
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 3, kWait);
        QCOMPARE(rows().last().thread, ts);
        m_mirror->post(QStringLiteral("slack.random"), QStringLiteral("not mirrored"), {}, &finished, finished.callback());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kWait);
        QVERIFY(!finished.last().ok);
        QVERIFY2(finished.last().detail.contains(QStringLiteral("not a mirrored")), qPrintable(finished.last().detail));
    }

    // The composer: plain text in a mirrored channel goes to Slack and is stored once; in a
    // local channel it stays local; a refusal comes back as an error notice on this console.
    void composerTextInAMirroredChannelGoesToSlack()
    {
        startMirror({ QStringLiteral("ops"), QStringLiteral("secret") });
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        ChatOps chatops(m_store.get());
        chatops.setUserName(QStringLiteral("desk"));
        SlackPoster poster(m_mirror.get());
        poster.serve(&chatops);
        QSignalSpy notices(&chatops, &ChatOps::noticeShown);

        QCOMPARE(chatops.submit(QStringLiteral("slack.ops"), QStringLiteral("from the desk")), ChatOps::Outcome::Posted);
        QTRY_COMPARE_WITH_TIMEOUT(m_slack->calls(QStringLiteral("chat.postMessage")), 1, kWait);
        QCOMPARE(m_slack->callArgs(QStringLiteral("chat.postMessage")).last().value(QStringLiteral("text")),
                 QStringLiteral("from the desk"));
        QTRY_COMPARE_WITH_TIMEOUT(texts(), QStringList{ QStringLiteral("from the desk") }, kWait);

        QCOMPARE(chatops.submit(QStringLiteral("user-behavior"), QStringLiteral("stays here")), ChatOps::Outcome::Posted);
        QTRY_COMPARE_WITH_TIMEOUT(texts(QStringLiteral("user-behavior")), QStringList{ QStringLiteral("stays here") }, kWait);
        QCOMPARE(rows(QStringLiteral("user-behavior")).first().sender, QStringLiteral("desk"));
        QCOMPARE(m_slack->calls(QStringLiteral("chat.postMessage")), 1);

        chatops.submit(QStringLiteral("slack.secret"), QStringLiteral("hello?")); // the bot is not in it
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, kWait);
        QCOMPARE(notices.first().at(0).toString(), QStringLiteral("slack.secret"));
        const auto answer = notices.first().at(3).value<CommandAnswer>();
        QVERIFY(answer.isError);
        QVERIFY2(answer.text.contains(QStringLiteral("/invite")), qPrintable(answer.text));
        QVERIFY(texts(QStringLiteral("slack.secret")).isEmpty());
    }

    // A poster that goes before the ChatOps it serves (a test's or a shutdown's order) leaves
    // it posting locally, rather than calling into the poster that is gone.
    void aPosterThatGoesLeavesTheComposerPostingLocally()
    {
        startMirror({ QStringLiteral("ops") });
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        ChatOps chatops(m_store.get());
        chatops.setUserName(QStringLiteral("desk"));
        {
            SlackPoster poster(m_mirror.get());
            poster.serve(&chatops);
        }
        QCOMPARE(chatops.submit(QStringLiteral("slack.ops"), QStringLiteral("after the poster")),
                 ChatOps::Outcome::Posted);
        QTRY_COMPARE_WITH_TIMEOUT(texts(), QStringList{ QStringLiteral("after the poster") }, kWait);
        QCOMPARE(rows(QStringLiteral("slack.ops")).first().sender, QStringLiteral("desk"));
        QCOMPARE(m_slack->calls(QStringLiteral("chat.postMessage")), 0);
    }

    void aChannelTheBotIsNotInSaysHowToInviteIt()
    {
        startMirror({ QStringLiteral("ops"), QStringLiteral("secret"), QStringLiteral("nonexistent") });
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_mirror->status().problems.join(QLatin1Char('\n')).contains(QStringLiteral("/invite")), kWait);
        QVERIFY(m_mirror->status().problems.join(QLatin1Char('\n')).contains(QStringLiteral("nonexistent")));
        PostAnswers finished;
        m_mirror->post(QStringLiteral("slack.secret"), QStringLiteral("hello?"), {}, &finished, finished.callback());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY2(finished.first().detail.contains(QStringLiteral("/invite")), qPrintable(finished.first().detail));
    }

    void botMessagesAndFileSharesShowSensibly()
    {
        startMirror();
        QTRY_VERIFY_WITH_TIMEOUT(connected(), kWait);
        // Laid out by hand: clang-format 14 would join each message into one line.
        // clang-format off
        m_slack->sendMessageEvent({ { QStringLiteral("type"), QStringLiteral("message") }, { QStringLiteral("subtype"), QStringLiteral("bot_message") },
                                    { QStringLiteral("channel"), QStringLiteral("C0OPS") }, { QStringLiteral("bot_id"), QStringLiteral("B0CI") },
                                    { QStringLiteral("username"), QStringLiteral("ci-bot") },
                                    { QStringLiteral("icons"), QJsonObject{ { QStringLiteral("emoji"), QStringLiteral(":robot_face:") } } },
                                    { QStringLiteral("text"), QStringLiteral("build green") }, { QStringLiteral("ts"), QStringLiteral("1800000000.000001") } });
        m_slack->sendMessageEvent({ { QStringLiteral("type"), QStringLiteral("message") }, { QStringLiteral("subtype"), QStringLiteral("file_share") },
                                    { QStringLiteral("channel"), QStringLiteral("C0OPS") }, { QStringLiteral("user"), QStringLiteral("U0ALICE") },
                                    { QStringLiteral("text"), QStringLiteral("the log") }, { QStringLiteral("ts"), QStringLiteral("1800000000.000002") },
                                    { QStringLiteral("files"), QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("crash.log") },
                                                                                        { QStringLiteral("pretty_type"), QStringLiteral("Plain Text") },
                                                                                        { QStringLiteral("size"), 2048 },
                                                                                        { QStringLiteral("permalink"), QStringLiteral("https://fake/files/crash.log") } } } } });
        // clang-format on
        QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 2, kWait);
        QCOMPARE(rows().at(0).sender, QStringLiteral("ci-bot"));
        QCOMPARE(rows().at(0).icon, QStringLiteral(":robot_face:"));
        QSqlQuery query(QSqlDatabase::database(m_connection));
        QVERIFY(query.exec(QStringLiteral("SELECT attachments_json FROM events WHERE sender_ts = '1800000000.000002'")) && query.next());
        const QString attachments = query.value(0).toString();
        QVERIFY2(attachments.contains(QStringLiteral("crash.log")) && attachments.contains(QStringLiteral("https://fake/files/crash.log"))
                         && attachments.contains(QStringLiteral("2 KB")),
                 qPrintable(attachments));
    }
};

QTEST_GUILESS_MAIN(TestSlackMirror)
#include "tst_slackmirror.moc"
