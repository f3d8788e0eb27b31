// The team server (issue 15), end to end: the real binary with [[users]], people's tokens and
// roles over real sockets, acknowledgements and read markers through the store, the stream's
// catch-up with ?since=, HTTPS and WSS on the one listener with a certificate made here.
#include "bellboardinstance.h"
#include "streamclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace {

constexpr int kWait = 20000;

const QByteArray kUsers = "[[users]]\nname = \"alice\"\ntoken = \"alice\"\nrole = \"operator\"\n"
                          "[[users]]\nname = \"bob\"\ntoken = \"bob\"\nrole = \"operator\"\n"
                          "[[users]]\nname = \"vera\"\ntoken = \"vera\"\nrole = \"viewer\"\n";
const QByteArray kAlice = "alice-secret-token";
const QByteArray kBob = "bob-secret-token";
const QByteArray kVera = "vera-secret-token";

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return { { "Authorization", "Bearer " + token } };
}

void addPeople(BellboardInstance *instance)
{
    instance->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(kAlice));
    instance->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_BOB"), QString::fromLatin1(kBob));
    instance->setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_VERA"), QString::fromLatin1(kVera));
}

// A self-signed certificate for 127.0.0.1, made by openssl as an admin would.
bool makeCertificate(const QString &dir)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                    QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"), QStringLiteral("-out"),
                    dir + QStringLiteral("/server.crt") });
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

// Trusts exactly the test's certificate, as a pinned console would.
QSslConfiguration trusting(const QString &certificateFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certificateFile));
    return tls;
}

HttpAnswer httpsRequest(const QByteArray &method, const QString &url, const QSslConfiguration &tls, const QByteArray &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{ QUrl(url) };
    request.setSslConfiguration(tls);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    delete reply;
    return answer;
}

} // namespace

class TestTeamServer : public QObject
{
    Q_OBJECT

    BellboardInstance *server = nullptr;

    QUrl streamUrl(const QString &query) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream%2").arg(server->port()).arg(query));
    }
    // Posts one event as an ingest sender does and answers its id.
    qint64 post(const QByteArray &text, const QByteArray &level = "info")
    {
        const HttpAnswer answer = httpRequest("POST", server->url(QStringLiteral("/c/ops")), text, { { "X-Level", level } });
        if (answer.status != 200)
            return 0;
        return newestId();
    }
    qint64 newestId()
    {
        const HttpAnswer answer = httpRequest("GET", server->url(QStringLiteral("/api/events?limit=1")), {}, bearer(kVera));
        return jsonOf(answer.body).value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("id")).toInteger();
    }

private slots:
    void initTestCase()
    {
        server = new BellboardInstance(kUsers);
        addPeople(server);
        // start() waits for /healthz, which needs no token.
        QVERIFY2(server->start(), server->serverErrors().constData());
    }
    void cleanupTestCase() { delete server; }

    void whoamiNamesThePersonOfTheToken()
    {
        const HttpAnswer alice = httpRequest("GET", server->url(QStringLiteral("/api/whoami")), {}, bearer(kAlice));
        QCOMPARE(alice.status, 200);
        QCOMPARE(jsonOf(alice.body).value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(jsonOf(alice.body).value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
        const HttpAnswer vera = httpRequest("GET", server->url(QStringLiteral("/api/whoami")), {}, bearer(kVera));
        QCOMPARE(jsonOf(vera.body).value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));

        const HttpAnswer none = httpRequest("GET", server->url(QStringLiteral("/api/whoami")));
        QCOMPARE(none.status, 401);
        QVERIFY(!jsonOf(none.body).value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(httpRequest("GET", server->url(QStringLiteral("/api/whoami")), {}, bearer("wrong")).status, 401);
    }

    // With users, every read needs a person; an ingest sender still posts as before.
    void readsNeedAPersonAndIngestIsUnchanged()
    {
        QCOMPARE(httpRequest("GET", server->url(QStringLiteral("/api/events"))).status, 401);
        QCOMPARE(httpRequest("GET", server->url(QStringLiteral("/api/events")), {}, bearer(kVera)).status, 200);
        QCOMPARE(httpRequest("POST", server->url(QStringLiteral("/c/ops")), "plain sender").status, 200);
        QCOMPARE(httpRequest("POST", server->url(QStringLiteral("/api/chat.postMessage")),
                             R"({"channel":"ops","text":"sdk sender"})", { { "Authorization", "Bearer any-token" }, { "Content-Type", "application/json" } })
                         .status,
                 200);
    }

    void aViewerMayNotPostOrAcknowledge()
    {
        const qint64 id = post("something broke", "crit");
        QVERIFY(id > 0);
        const HttpAnswer ack = httpRequest("POST", server->url(QStringLiteral("/api/events/%1/ack").arg(id)), {}, bearer(kVera));
        QCOMPARE(ack.status, 403);
        const HttpAnswer posted = httpRequest("POST", server->url(QStringLiteral("/api/chat.postMessage")),
                                              R"({"channel":"ops","text":"from vera"})",
                                              bearer(kVera) << qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        QCOMPARE(posted.status, 403);
        QCOMPARE(newestId(), id); // nothing was stored
    }

    void anOperatorPostsAsThemselves()
    {
        const HttpAnswer posted = httpRequest("POST", server->url(QStringLiteral("/api/chat.postMessage")),
                                              R"({"channel":"ops","text":"on it","username":"someone else"})",
                                              bearer(kAlice) << qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        QCOMPARE(posted.status, 200);
        const HttpAnswer events = httpRequest("GET", server->url(QStringLiteral("/api/events?limit=1")), {}, bearer(kVera));
        const QJsonObject event = jsonOf(events.body).value(QStringLiteral("events")).toArray().first().toObject();
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("on it"));
        QCOMPARE(event.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    }

    // The first acknowledgement wins; every stream client hears of it as "changed".
    void anAcknowledgementIsSharedAndTheFirstOneStays()
    {
        StreamClient watcher(streamUrl(QStringLiteral("?token=") + QString::fromLatin1(kVera)));
        QVERIFY(watcher.waitForHello());
        const qint64 id = post("database down", "crit");
        QVERIFY(id > 0);

        const HttpAnswer ack = httpRequest("POST", server->url(QStringLiteral("/api/events/%1/ack").arg(id)), {}, bearer(kAlice));
        QCOMPARE(ack.status, 200);
        const QJsonObject acked = jsonOf(ack.body).value(QStringLiteral("event")).toObject();
        QCOMPARE(acked.value(QStringLiteral("id")).toInteger(), id);
        const QJsonObject by = acked.value(QStringLiteral("acknowledged")).toObject();
        QCOMPARE(by.value(QStringLiteral("by")).toString(), QStringLiteral("alice"));
        const QString at = by.value(QStringLiteral("at")).toString();
        QVERIFY(!at.isEmpty());

        QVERIFY(QTest::qWaitFor([&] {
            for (const QJsonObject &message : watcher.messages) {
                if (message.value(QStringLiteral("type")).toString() == QLatin1String("changed")
                    && message.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toInteger() == id)
                    return message.value(QStringLiteral("event")).toObject().value(QStringLiteral("acknowledged")).toObject().value(QStringLiteral("by")).toString()
                        == QLatin1String("alice");
            }
            return false;
        },
                                kWait));

        // Bob comes second: nothing changes, he is told who took it.
        const HttpAnswer again = httpRequest("POST", server->url(QStringLiteral("/api/events/%1/ack").arg(id)), {}, bearer(kBob));
        QCOMPARE(again.status, 200);
        const QJsonObject stays = jsonOf(again.body).value(QStringLiteral("event")).toObject().value(QStringLiteral("acknowledged")).toObject();
        QCOMPARE(stays.value(QStringLiteral("by")).toString(), QStringLiteral("alice"));
        QCOMPARE(stays.value(QStringLiteral("at")).toString(), at);

        const HttpAnswer listed = httpRequest("GET", server->url(QStringLiteral("/api/events?limit=5")), {}, bearer(kVera));
        bool found = false;
        for (const QJsonValue &value : jsonOf(listed.body).value(QStringLiteral("events")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == id) {
                found = true;
                QCOMPARE(value.toObject().value(QStringLiteral("acknowledged")).toObject().value(QStringLiteral("by")).toString(),
                         QStringLiteral("alice"));
            }
        }
        QVERIFY(found);
        QCOMPARE(httpRequest("POST", server->url(QStringLiteral("/api/events/999999/ack")), {}, bearer(kAlice)).status, 404);
    }

    // ?since= replays exactly what was committed after the id, then live events, with events
    // being posted while the client connects: no gap, no duplicate. More than a page of backlog.
    void theStreamCatchesUpWithoutGapOrDuplicate()
    {
        const qint64 from = post("before the gap");
        QVERIFY(from > 0);
        QNetworkAccessManager network;
        int pending = 0;
        const auto postAsync = [&](int count) {
            for (int i = 0; i < count; ++i) {
                QNetworkRequest request(server->url(QStringLiteral("/c/ops")));
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
                QNetworkReply *reply = network.post(request, QByteArray("missed ") + QByteArray::number(i));
                ++pending;
                QObject::connect(reply, &QNetworkReply::finished, reply, [&pending, reply] {
                    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                    --pending;
                    reply->deleteLater();
                });
            }
        };
        postAsync(1200);
        QVERIFY(QTest::qWaitFor([&] { return pending < 100; }, 60000));
        StreamClient client(streamUrl(QStringLiteral("?since=%1&token=%2").arg(from).arg(QString::fromLatin1(kVera))));
        postAsync(200); // while it connects and catches up
        QVERIFY(client.waitForHello());
        QCOMPARE(client.messages.first().value(QStringLiteral("since")).toInteger(), from);
        QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 60000));
        postAsync(50); // live
        QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 60000));
        const qint64 last = newestId();
        QVERIFY(QTest::qWaitFor([&] { return !client.eventIds().isEmpty() && client.eventIds().last() >= last; }, 60000));
        const QList<qint64> ids = client.eventIds();
        QCOMPARE(ids.size(), int(last - from));
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), from + 1 + i);
    }

    void sinceMustBeAnId()
    {
        const HttpAnswer answer = httpRequest("GET", server->url(QStringLiteral("/api/stream?since=yesterday")), {},
                                              bearer(kVera) << qMakePair(QByteArray("Upgrade"), QByteArray("websocket")));
        QCOMPARE(answer.status, 400);
    }

    void readMarkersMoveForwardOnlyAndArePerPerson()
    {
        const QString url = server->url(QStringLiteral("/api/read-markers"));
        const auto json = QList<QPair<QByteArray, QByteArray>>{ { "Content-Type", "application/json" } };
        HttpAnswer answer = httpRequest("PUT", url, R"({"markers":{"general":10}})", bearer(kAlice) + json);
        QCOMPARE(answer.status, 200);
        QCOMPARE(jsonOf(answer.body).value(QStringLiteral("markers")).toObject().value(QStringLiteral("general")).toInteger(), 10);
        answer = httpRequest("PUT", url, R"({"markers":{"general":5,"ops":3}})", bearer(kAlice) + json);
        QCOMPARE(answer.status, 200);
        const QJsonObject markers = jsonOf(answer.body).value(QStringLiteral("markers")).toObject();
        QCOMPARE(markers.value(QStringLiteral("general")).toInteger(), 10);
        QCOMPARE(markers.value(QStringLiteral("ops")).toInteger(), 3);

        answer = httpRequest("GET", url, {}, bearer(kAlice));
        QCOMPARE(answer.status, 200);
        QCOMPARE(jsonOf(answer.body).value(QStringLiteral("markers")).toObject(), markers);
        answer = httpRequest("GET", url, {}, bearer(kBob));
        QCOMPARE(answer.status, 200);
        QVERIFY(jsonOf(answer.body).value(QStringLiteral("markers")).toObject().isEmpty());
        QCOMPARE(httpRequest("PUT", url, R"({"markers":{"general":"x"}})", bearer(kAlice) + json).status, 400);
        QCOMPARE(httpRequest("GET", url).status, 401);
    }

    // A person's read markers moved forward at one desk reach every other stream that person
    // has open (their other desks), as they are now stored, and nobody else's stream.
    void movedReadMarkersReachThePersonsStreamsOnly()
    {
        const QString url = server->url(QStringLiteral("/api/read-markers"));
        const auto json = QList<QPair<QByteArray, QByteArray>>{ { "Content-Type", "application/json" } };
        StreamClient aliceAtHome(streamUrl(QStringLiteral("?token=") + QString::fromLatin1(kAlice)));
        StreamClient aliceAtWork(streamUrl(QStringLiteral("?token=") + QString::fromLatin1(kAlice)));
        StreamClient bob(streamUrl(QStringLiteral("?token=") + QString::fromLatin1(kBob)));
        QVERIFY(aliceAtHome.waitForHello() && aliceAtWork.waitForHello() && bob.waitForHello());

        // Moved at home (the desk names its own stream, from its hello): work hears of it.
        const QString home = aliceAtHome.messages.first().value(QStringLiteral("stream")).toString();
        QVERIFY(!home.isEmpty() && home != aliceAtWork.messages.first().value(QStringLiteral("stream")).toString());
        const QByteArray fromHome = QJsonDocument(QJsonObject{ { QStringLiteral("markers"), QJsonObject{ { QStringLiteral("billing"), 40 } } },
                                                               { QStringLiteral("stream"), home } })
                                            .toJson(QJsonDocument::Compact);
        QCOMPARE(httpRequest("PUT", url, fromHome, bearer(kAlice) + json).status, 200);
        QCOMPARE(httpRequest("PUT", url, R"({"markers":{"billing":30}})", bearer(kAlice) + json).status, 200); // back: no move
        // Moved by a client without a stream: both desks hear of it.
        QCOMPARE(httpRequest("PUT", url, R"({"markers":{"billing":41,"deploys":2}})", bearer(kAlice) + json).status, 200);
        const QJsonObject first{ { QStringLiteral("billing"), 40 } };
        const QJsonObject second{ { QStringLiteral("billing"), 41 }, { QStringLiteral("deploys"), 2 } };
        QVERIFY(QTest::qWaitFor([&] { return aliceAtHome.markerMoves().size() == 1 && aliceAtWork.markerMoves().size() == 2; }, kWait));
        QCOMPARE(aliceAtHome.markerMoves(), QList<QJsonObject>{ second });
        QCOMPARE(aliceAtWork.markerMoves(), (QList<QJsonObject>{ first, second }));

        // Bob's own move reaches him after anything sent before it: alice's never did.
        QCOMPARE(httpRequest("PUT", url, R"({"markers":{"billing":7}})", bearer(kBob) + json).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return !bob.markerMoves().isEmpty(); }, kWait));
        QCOMPARE(bob.markerMoves(), (QList<QJsonObject>{ QJsonObject{ { QStringLiteral("billing"), 7 } } }));
        QCOMPARE(aliceAtHome.markerMoves().size(), 1);
    }

    // The one listener speaks HTTPS and WSS with the configured certificate, people and all.
    void tlsServesHttpsAndWssOnTheOnePort()
    {
        QTemporaryDir keys;
        QVERIFY(makeCertificate(keys.path()));
        const QString certificate = keys.path() + QStringLiteral("/server.crt");
        BellboardInstance tlsServer("tls_certificate = \"" + certificate.toUtf8() + "\"\ntls_key = \"" + keys.path().toUtf8()
                                    + "/server.key\"\n" + kUsers);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BELLBOARD_SECRET_ALICE"), QString::fromLatin1(kAlice));
        environment.insert(QStringLiteral("BELLBOARD_SECRET_BOB"), QString::fromLatin1(kBob));
        environment.insert(QStringLiteral("BELLBOARD_SECRET_VERA"), QString::fromLatin1(kVera));
        QProcess &process = tlsServer.process();
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BELLBOARD_BINARY), { QStringLiteral("--headless"), QStringLiteral("--data-dir"), tlsServer.dataDir(),
                                                          QStringLiteral("--config"), tlsServer.configFile() });
        const QSslConfiguration tls = trusting(certificate);
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.port());
        QVERIFY2(QTest::qWaitFor([&] { return httpsRequest("GET", base + QStringLiteral("/healthz"), tls).status == 200; }, kWait),
                 process.readAllStandardError().constData());
        QVERIFY(process.readAllStandardOutput().contains("https://127.0.0.1:"));

        const HttpAnswer whoami = httpsRequest("GET", base + QStringLiteral("/api/whoami"), tls, {}, bearer(kAlice));
        QCOMPARE(whoami.status, 200);
        QCOMPARE(jsonOf(whoami.body).value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(httpsRequest("GET", base + QStringLiteral("/api/whoami"), tls).status, 401);

        StreamClient stream(QUrl(QStringLiteral("wss://127.0.0.1:%1/api/stream?token=%2").arg(tlsServer.port()).arg(QString::fromLatin1(kVera))),
                            tls);
        QVERIFY(stream.waitForHello());
        QCOMPARE(httpsRequest("POST", base + QStringLiteral("/c/ops"), tls, "over TLS", { { "Content-Type", "text/plain" } }).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return stream.eventIds().size() == 1; }, kWait));
        QCOMPARE(stream.messages.last().value(QStringLiteral("event")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("over TLS"));

        // Plain HTTP on the TLS port gets nothing.
        QVERIFY(httpRequest("GET", tlsServer.url(QStringLiteral("/healthz"))).status != 200);
        tlsServer.stop();
    }

    void aBadCertificateFileStopsTheStart()
    {
        QTemporaryDir keys;
        QFile junk(keys.path() + QStringLiteral("/server.crt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        BellboardInstance broken("tls_certificate = \"" + junk.fileName().toUtf8() + "\"\ntls_key = \"" + junk.fileName().toUtf8()
                                 + "\"\n");
        const BellboardInstance::Result result = broken.run({ QStringLiteral("--headless") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("holds no PEM certificate"), result.err.constData());
    }

    // A listener other machines reach, with people but without TLS, starts with a loud warning:
    // their tokens would cross the network in clear. On loopback it stays quiet.
    void aNetworkListenerWithPeopleButNoTlsWarns()
    {
        BellboardInstance lan("ingest_tokens = [\"ci\"]\n" + kUsers);
        addPeople(&lan);
        lan.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_CI"), QStringLiteral("ci-ingest-token"));
        // Qt may log to the journal when stderr is not a terminal; the warning is read from stderr.
        lan.setEnvironmentVariable(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        const bool started = lan.start({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0:%1").arg(lan.port()) });
        const QByteArray errors = lan.serverErrors(); // read once: reading empties it
        QVERIFY2(started, errors.constData());
        QVERIFY2(errors.contains("WARNING: listening on 0.0.0.0 with [[users]] but without TLS"), errors.constData());
        // SIGKILL: this test is about the start; a SIGTERM right after it can arrive before the
        // shutdown handler is in place under the sanitizers (the clean exit has its own tests).
        lan.kill();

        BellboardInstance loopback(kUsers);
        addPeople(&loopback);
        loopback.setEnvironmentVariable(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        const bool loopbackStarted = loopback.start();
        const QByteArray loopbackErrors = loopback.serverErrors();
        QVERIFY2(loopbackStarted, loopbackErrors.constData());
        QVERIFY2(!loopbackErrors.contains("WARNING"), loopbackErrors.constData());
        loopback.kill();
    }

    // Last: it locks 127.0.0.1 out for a minute.
    void repeatedBadTokensAreSlowedDown()
    {
        int status = 0;
        int attempts = 0;
        while (status != 429 && attempts < 12) {
            status = httpRequest("GET", server->url(QStringLiteral("/api/whoami")), {}, bearer("guess")).status;
            ++attempts;
        }
        QCOMPARE(status, 429);
        QVERIFY(attempts <= 11);
        const HttpAnswer locked = httpRequest("GET", server->url(QStringLiteral("/api/whoami")), {}, bearer(kAlice));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.header("Retry-After").toInt() >= 1);
    }

    // Without [[users]] the read side is what it was: open on loopback.
    void withoutUsersNothingChanges()
    {
        BellboardInstance plain;
        QVERIFY2(plain.start(), plain.serverErrors().constData());
        QCOMPARE(httpRequest("POST", plain.url(QStringLiteral("/c/ops")), "hello").status, 200);
        const HttpAnswer events = httpRequest("GET", plain.url(QStringLiteral("/api/events")));
        QCOMPARE(events.status, 200);
        QCOMPARE(jsonOf(events.body).value(QStringLiteral("events")).toArray().size(), 1);
        QCOMPARE(httpRequest("GET", plain.url(QStringLiteral("/stats"))).status, 200);
        QCOMPARE(httpRequest("GET", plain.url(QStringLiteral("/api/whoami")), {}, bearer(kAlice)).status, 403);
    }
};

QTEST_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
