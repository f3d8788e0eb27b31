#include "bellboardinstance.h"
#include "keepalivesender.h"
#include "streamclient.h"
#include "store/postgresfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using bb::test::PostgresFixture;

// The program on PostgreSQL as a user sets it up: [store] url and a password secret in the
// config file, or --store for one run; `bellboard search --store URL` reads the same events.
class TestPostgresStore : public QObject
{
    Q_OBJECT

private:
    PostgresFixture m_postgres;

    static QStringList textsOf(const QByteArray &json)
    {
        QStringList texts;
        for (const QJsonValue &event : QJsonDocument::fromJson(json).array())
            texts << event.toObject().value(QStringLiteral("text")).toString();
        return texts;
    }

    // Posts numbered events from `clients` keep-alive connections for `ms`, then runs `crash`
    // while they are still posting; returns the markers that got a 200.
    static void postUnderLoad(quint16 port, int round, int ms, const std::function<void()> &crash,
                              QSet<QByteArray> *acknowledged)
    {
        std::vector<std::unique_ptr<KeepAliveSender>> clients;
        auto sequence = std::make_shared<int>(0);
        for (int id = 0; id < 4; ++id) {
            const QByteArray prefix = "crash-" + QByteArray::number(round) + '-' + QByteArray::number(id) + '-';
            clients.push_back(std::make_unique<KeepAliveSender>(
                    port, "/c/crash", [=] { return prefix + QByteArray::number((*sequence)++); },
                    [=](const QByteArray &marker, int status) {
                        if (status == 200)
                            acknowledged->insert(marker);
                    }));
        }
        QTest::qWait(ms);
        crash();
        QTest::qWait(50);
    }

    // Every acknowledged marker is stored exactly once.
    void checkStored(const QString &database, const QSet<QByteArray> &acknowledged)
    {
        const QStringList stored = m_postgres.psql(QStringLiteral("SELECT text FROM events WHERE channel = 'crash'"), database)
                                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(QSet<QString>(stored.cbegin(), stored.cend()).size(), stored.size()); // none twice
        for (const QByteArray &marker : acknowledged)
            QVERIFY2(stored.contains(QString::fromUtf8(marker)), ("acknowledged but lost: " + marker).constData());
    }

private slots:
    void initTestCase() { QVERIFY2(m_postgres.setUp(), qPrintable(m_postgres.error())); }

    void storesInTheConfiguredDatabase()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("fromconfig")), qPrintable(m_postgres.error()));
        const QString url = m_postgres.url(QStringLiteral("fromconfig"));
        BellboardInstance bellboard("[store]\nurl = \"" + url.toUtf8() + "\"\npassword = \"pg\"\n");
        // The secret's value is the password libpq sends (the test server trusts local users).
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_PG"), QStringLiteral("not-needed"));
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
        const HttpAnswer posted = httpRequest("POST", bellboard.url(QStringLiteral("/c/ops")), "kettle boiled over");
        QCOMPARE(posted.status, 200);
        // Committed before the answer: the database has it now.
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT text FROM events"), QStringLiteral("fromconfig")),
                 QStringLiteral("kettle boiled over"));
        // The data folder holds no SQLite store.
        QVERIFY(!QFile::exists(bellboard.databaseFile()));

        const auto found = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("kettle") });
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(textsOf(found.out), QStringList{ "kettle boiled over" });
        const auto viaOption = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--store"),
                                               url, QStringLiteral("boiled") });
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(textsOf(viaOption.out), QStringList{ "kettle boiled over" });
    }

    void storeOptionForOneRun()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("fromoption")), qPrintable(m_postgres.error()));
        const QString url = m_postgres.url(QStringLiteral("fromoption"));
        BellboardInstance bellboard;
        QVERIFY2(bellboard.start({ QStringLiteral("--store"), url }), bellboard.serverErrors().constData());
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/ops")), "tea is ready").status, 200);
        QVERIFY(!QFile::exists(bellboard.databaseFile()));
        // Without --store, search reads the (empty) data folder, not the database.
        QVERIFY(bellboard.run({ QStringLiteral("search"), QStringLiteral("tea") }).exitCode != 0);
        const auto found = bellboard.run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--store"),
                                           url, QStringLiteral("tea") });
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(textsOf(found.out), QStringList{ "tea is ready" });
    }

    // "A 200 means committed" on PostgreSQL too: SIGKILL the server under load, three times.
    void killedServerLosesNoAcknowledgedEvent()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("killed")), qPrintable(m_postgres.error()));
        BellboardInstance bellboard("[store]\nurl = \"" + m_postgres.url(QStringLiteral("killed")).toUtf8() + "\"\n");
        QSet<QByteArray> acknowledged;
        for (int round = 0; round < 3; ++round) {
            QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
            postUnderLoad(
                    bellboard.port(), round, 300 + 200 * round, [&] { bellboard.kill(); }, &acknowledged);
            checkStored(QStringLiteral("killed"), acknowledged);
        }
        QVERIFY(acknowledged.size() > 20);
    }

    // The database crashes under load: nothing acknowledged is lost, every kind of ingest
    // answers 503 with Retry-After meanwhile, and the server serves again by itself once the
    // database is back.
    void databaseCrashLosesNothingAndHeals()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("dbcrash")), qPrintable(m_postgres.error()));
        // Two native sources (no secret: this machine only), one appending, one with a delivery
        // id, which goes through the store's dedupe instead.
        BellboardInstance bellboard("[store]\nurl = \"" + m_postgres.url(QStringLiteral("dbcrash")).toUtf8() + "\"\n"
                                                                                                               "[[sources]]\nname = \"app\"\nkind = \"json\"\nchannel = \"hooks\"\ntext = \"{{ msg }}\"\n"
                                                                                                               "[[sources]]\nname = \"once\"\nkind = \"json\"\nchannel = \"hooks\"\ntext = \"{{ msg }}\"\n"
                                                                                                               "delivery_id = \"{{ id }}\"\n"
                                                                                                               "[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n");
        const QList<QPair<QByteArray, QByteArray>> asAlice = { { "Authorization", "Bearer alice-token" } };
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QStringLiteral("alice-token"));
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/pager")), "disk full").status, 200);
        const QString alarm = m_postgres.psql(QStringLiteral("SELECT id FROM events WHERE channel = 'pager'"), QStringLiteral("dbcrash"));
        const QString ackPath = QStringLiteral("/api/events/%1/ack").arg(alarm);
        QSet<QByteArray> acknowledged;
        postUnderLoad(
                bellboard.port(), 0, 500, [&] { QVERIFY(m_postgres.kill()); }, &acknowledged);
        const QList<QPair<QByteArray, QByteArray>> json = { { "Content-Type", "application/json" } };
        const struct
        {
            const char *path;
            QByteArray body;
            QList<QPair<QByteArray, QByteArray>> headers;
        } whileDown[] = {
            { "/c/crash", "while down", {} },
            { "/sources/app", R"({"msg":"source while down"})", json },
            { "/sources/once", R"({"msg":"delivery while down","id":"d-1"})", json },
        };
        for (const auto &post : whileDown) {
            const HttpAnswer answer = httpRequest("POST", bellboard.url(QLatin1String(post.path)), post.body, post.headers);
            QVERIFY2(answer.status == 503, post.path); // never a 200 for an event not committed
            QCOMPARE(answer.header("Retry-After"), QByteArray("1"));
        }
        // A read marker cannot be saved: the console keeps it and tries again.
        const HttpAnswer markersWhileDown = httpRequest("PUT", bellboard.url(QStringLiteral("/api/read-markers")),
                                                        R"({"markers":{"pager":1}})", asAlice);
        QCOMPARE(markersWhileDown.status, 503);
        // An acknowledgement cannot be recorded either, and the console is told why.
        const HttpAnswer ackWhileDown = httpRequest("POST", bellboard.url(ackPath), {}, asAlice);
        QCOMPARE(ackWhileDown.status, 503);
        QCOMPARE(ackWhileDown.header("Retry-After"), QByteArray("1"));
        QCOMPARE(QJsonDocument::fromJson(ackWhileDown.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("store_unavailable"));
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.error()));
        QCOMPARE(httpRequest("POST", bellboard.url(QStringLiteral("/c/crash")), "crash-after").status, 200);
        acknowledged.insert("crash-after");
        checkStored(QStringLiteral("dbcrash"), acknowledged);
        QVERIFY(acknowledged.size() > 10);
        // The service's retry of the refused delivery is stored, once.
        const HttpAnswer retried = httpRequest("POST", bellboard.url(QStringLiteral("/sources/once")),
                                               R"({"msg":"delivery while down","id":"d-1"})", json);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.header("X-Bellboard-Delivery"), QByteArray());
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT text FROM events WHERE channel = 'hooks'"), QStringLiteral("dbcrash")),
                 QStringLiteral("delivery while down"));
        QCOMPARE(httpRequest("POST", bellboard.url(ackPath), {}, asAlice).status, 200);
        QCOMPARE(m_postgres.psql(QStringLiteral("SELECT by_user FROM acknowledgements"), QStringLiteral("dbcrash")),
                 QStringLiteral("alice"));
    }

    // Two servers on one database: one leads (runs the Slack mirror and retention), and when
    // it is SIGKILLed the other takes over, within 30 s by design (it tries every 3 s).
    void oneServerLeadsAndAnotherTakesOverWhenItDies()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("leaders")), qPrintable(m_postgres.error()));
        const QByteArray config = "[store]\nurl = \"" + m_postgres.url(QStringLiteral("leaders")).toUtf8() + "\"\n";
        BellboardInstance first(config);
        BellboardInstance second(config);
        // Qt logs to the journal when stderr is no terminal; the log line is read here instead.
        first.setEnvironmentVariable(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        second.setEnvironmentVariable(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        QVERIFY(first.start()); // (QVERIFY2's message would read, and so consume, the log)
        QVERIFY(second.start());
        auto leads = [](const BellboardInstance &server) {
            const HttpAnswer stats = httpRequest("GET", server.url(QStringLiteral("/stats")));
            const QJsonValue leader = QJsonDocument::fromJson(stats.body).object().value(QStringLiteral("leader"));
            return stats.status == 200 && leader.isBool() ? QString::number(leader.toBool()) : QStringLiteral("no answer");
        };
        // The first to open the database leads from its start; the other waits.
        QCOMPARE(leads(first), QStringLiteral("1"));
        QCOMPARE(leads(second), QStringLiteral("0"));
        const QByteArray firstLog = first.serverErrors();
        QByteArray secondLog = second.serverErrors();
        QVERIFY2(firstLog.contains("bellboard: this server now leads"), firstLog.constData());
        QVERIFY2(!secondLog.contains("this server now leads"), secondLog.constData());

        first.kill();
        QTRY_COMPARE_WITH_TIMEOUT(leads(second), QStringLiteral("1"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT((secondLog += second.serverErrors()).contains("this server now leads"), 10000);

        // A server started now finds a leader and waits.
        BellboardInstance third(config);
        QVERIFY2(third.start(), third.serverErrors().constData());
        QCOMPARE(leads(third), QStringLiteral("0"));
        QCOMPARE(leads(second), QStringLiteral("1"));
    }

    // A console on server B sees the acknowledgement made on server A: its /api/stream gets
    // the event as "changed", acknowledged by the person who took it on A.
    void anAcknowledgementOnOneServerReachesTheOthersStream()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("acks")), qPrintable(m_postgres.error()));
        const QByteArray config = "[store]\nurl = \"" + m_postgres.url(QStringLiteral("acks")).toUtf8()
                                + "\"\n[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n";
        const QByteArray token = "alice-secret-token";
        const QList<QPair<QByteArray, QByteArray>> asAlice = { { "Authorization", "Bearer " + token } };
        BellboardInstance serverA(config);
        BellboardInstance serverB(config);
        for (BellboardInstance *server : { &serverA, &serverB }) {
            server->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(token));
            QVERIFY2(server->start(), server->serverErrors().constData());
        }
        QList<QJsonObject> seenOnB;
        QWebSocket console;
        connect(&console, &QWebSocket::textMessageReceived,
                [&](const QString &message) { seenOnB << QJsonDocument::fromJson(message.toUtf8()).object(); });
        console.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream?token=%2").arg(serverB.port()).arg(QString::fromLatin1(token))));
        QTRY_VERIFY_WITH_TIMEOUT(!seenOnB.isEmpty(), 20000); // hello

        QCOMPARE(httpRequest("POST", serverA.url(QStringLiteral("/c/ops")), "database down").status, 200);
        const HttpAnswer listed = httpRequest("GET", serverA.url(QStringLiteral("/api/events?limit=1")), {}, asAlice);
        const qint64 id = QJsonDocument::fromJson(listed.body)
                                  .object()
                                  .value(QStringLiteral("events"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        QVERIFY(id > 0);
        QCOMPARE(httpRequest("POST", serverA.url(QStringLiteral("/api/events/%1/ack").arg(id)), {}, asAlice).status, 200);

        auto acknowledgedOnB = [&] {
            for (const QJsonObject &message : std::as_const(seenOnB)) {
                const QJsonObject event = message.value(QStringLiteral("event")).toObject();
                if (message.value(QStringLiteral("type")).toString() == QLatin1String("changed")
                    && event.value(QStringLiteral("id")).toInteger() == id)
                    return event.value(QStringLiteral("acknowledged")).toObject().value(QStringLiteral("by")).toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(acknowledgedOnB(), QStringLiteral("alice"), 20000);
    }

    // A person's desks may be attached to different servers of one database (behind a load
    // balancer): a read marker moved through server A moves at their desk on server B, and
    // nobody else hears of it.
    void aReadMarkerMovedOnOneServerReachesThePersonsDesksOnTheOther()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("markers")), qPrintable(m_postgres.error()));
        const QByteArray config = "[store]\nurl = \"" + m_postgres.url(QStringLiteral("markers")).toUtf8()
                                + "\"\n[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n"
                                  "[[users]]\nname = \"bob\"\ntoken = \"bob\"\nrole = \"viewer\"\n";
        const QByteArray alice = "alice-secret-token";
        const QByteArray bob = "bob-secret-token";
        BellboardInstance serverA(config);
        BellboardInstance serverB(config);
        for (BellboardInstance *server : { &serverA, &serverB }) {
            server->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(alice));
            server->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_BOB"), QString::fromLatin1(bob));
            QVERIFY2(server->start(), server->serverErrors().constData());
        }
        const auto streamOf = [](const BellboardInstance &server, const QByteArray &token) {
            return QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream?token=%2").arg(server.port()).arg(QString::fromLatin1(token)));
        };
        const auto save = [](const BellboardInstance &server, const QByteArray &token, const QJsonObject &body) {
            return httpRequest("PUT", server.url(QStringLiteral("/api/read-markers")), QJsonDocument(body).toJson(),
                               { { "Authorization", "Bearer " + token }, { "Content-Type", "application/json" } })
                    .status;
        };
        StreamClient aliceOnA(streamOf(serverA, alice));
        StreamClient aliceOnB(streamOf(serverB, alice));
        StreamClient bobOnB(streamOf(serverB, bob));
        QVERIFY(aliceOnA.waitForHello() && aliceOnB.waitForHello() && bobOnB.waitForHello());

        // Read at the desk on A (which names its stream): the desk on B moves.
        const QJsonObject first{ { QStringLiteral("billing"), 40 } };
        const QString deskOnA = aliceOnA.messages.first().value(QStringLiteral("stream")).toString();
        QCOMPARE(save(serverA, alice, { { QStringLiteral("markers"), first }, { QStringLiteral("stream"), deskOnA } }), 200);
        QTRY_COMPARE_WITH_TIMEOUT(aliceOnB.markerMoves(), QList<QJsonObject>{ first }, StreamClient::kWait);
        // Back is no move; forward on B, by a client without a stream, reaches the desk on A.
        QCOMPARE(save(serverA, alice, { { QStringLiteral("markers"), QJsonObject{ { QStringLiteral("billing"), 30 } } } }), 200);
        const QJsonObject second{ { QStringLiteral("billing"), 41 }, { QStringLiteral("deploys"), 2 } };
        QCOMPARE(save(serverB, alice, { { QStringLiteral("markers"), second } }), 200);
        QTRY_COMPARE_WITH_TIMEOUT(aliceOnA.markerMoves(), QList<QJsonObject>{ second }, StreamClient::kWait);
        QTRY_COMPARE_WITH_TIMEOUT(aliceOnB.markerMoves(), (QList<QJsonObject>{ first, second }), StreamClient::kWait);

        // Bob's move through A reaches his desk on B after anything sent before it: alice's never did.
        const QJsonObject bobs{ { QStringLiteral("billing"), 7 } };
        QCOMPARE(save(serverA, bob, { { QStringLiteral("markers"), bobs } }), 200);
        QTRY_COMPARE_WITH_TIMEOUT(bobOnB.markerMoves(), QList<QJsonObject>{ bobs }, StreamClient::kWait);
        QCOMPARE(aliceOnB.markerMoves().size(), 2);
        QCOMPARE(aliceOnA.markerMoves().size(), 1);
    }

    void missingPasswordSecretStopsTheStart()
    {
        QVERIFY2(m_postgres.createDatabase(QStringLiteral("nosecret")), qPrintable(m_postgres.error()));
        BellboardInstance bellboard("[store]\nurl = \"" + m_postgres.url(QStringLiteral("nosecret")).toUtf8()
                                    + "\"\npassword = \"no-such-secret\"\n");
        bellboard.setEnvironmentVariable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        QVERIFY(!bellboard.start());
        QVERIFY(bellboard.serverErrors().contains("no-such-secret"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
