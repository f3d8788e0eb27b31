// RemoteStream, a console's live feed, against the real `bellboard --headless`: live events
// once and in order; the server killed and restarted while events keep coming, and every event
// still arrives exactly once, in order; what was stored while the console was away arrives as
// catch-up and is summarized once per channel; a refused token stops the retries.
#include "app/bellboardinstance.h"
#include "remote/remotesession.h"
#include "remote/remotestream.h"
#include "testcertificate.h"
#include "tlsserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

RemoteStreamTimings quickTimings()
{
    RemoteStreamTimings timings;
    timings.backoffBaseMs = 20;
    timings.backoffMaxMs = 300;
    timings.requestTimeoutMs = 5000;
    return timings;
}

RemoteServer serverOf(const BellboardInstance &bellboard, const QString &token = QStringLiteral("any"))
{
    RemoteServer server;
    server.url = QUrl(bellboard.url(QString()));
    server.token = token;
    return server;
}

// What the stream delivered, in order.
struct Received
{
    QList<qint64> ids;
    QList<RemoteStream::Delivery> deliveries;
    QList<QHash<QString, int>> summaries;
    int disconnections = 0;
    QString authFailure;

    explicit Received(RemoteStream &stream)
    {
        QObject::connect(&stream, &RemoteStream::eventReceived, [this](const Event &event, RemoteStream::Delivery delivery) {
            ids << event.id;
            deliveries << delivery;
        });
        QObject::connect(&stream, &RemoteStream::caughtUp, [this](const QHash<QString, int> &missed) { summaries << missed; });
        QObject::connect(&stream, &RemoteStream::disconnected, [this](const QString &, qint64) { ++disconnections; });
        QObject::connect(&stream, &RemoteStream::authenticationFailed, [this](const QString &why) { authFailure = why; });
    }
};

// Every id the server stores, oldest first, read back through the API.
QList<qint64> storedIds(const BellboardInstance &bellboard)
{
    RemoteSession session(serverOf(bellboard));
    QList<qint64> ids;
    qint64 before = 0;
    for (;;) {
        RemotePage page;
        bool done = false;
        session.search(QString(), QString(), before, 500, nullptr, [&](const RemoteReply &, const RemotePage &answer) {
            page = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return {};
        for (const Event &event : std::as_const(page.events))
            ids.prepend(event.id);
        if (!page.hasMore)
            return ids;
        before = page.nextBefore;
    }
}

bool post(const BellboardInstance &bellboard, const QString &channel, const QByteArray &text)
{
    return httpRequest("POST", bellboard.url(QStringLiteral("/c/") + channel), text).status == 200;
}

// A server that answers the probe (an empty /api/events page) and then, for /api/stream, either
// never answers the handshake or completes it and then goes silent: never a pong, never a
// message, as a server on the far side of a laptop's sleep or a dead Wi-Fi looks.
class FrozenServer : public QObject
{
public:
    enum class Stream {
        NeverAnswers,
        AcceptsThenSilent
    };
    explicit FrozenServer(Stream mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void answer(QTcpSocket *socket)
    {
        if (socket->property("silent").toBool())
            return; // reads nothing more, answers nothing: not even a pong
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        if (head.startsWith("GET /api/events")) {
            const QByteArray body = R"({"ok":true,"events":[],"has_more":false})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
            return;
        }
        socket->setProperty("silent", true);
        if (m_mode == Stream::NeverAnswers)
            return;
        QByteArray key;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        const QByteArray accept =
                QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: "
                      + accept + "\r\n\r\n");
    }

    Stream m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

RemoteStreamTimings watchfulTimings()
{
    RemoteStreamTimings timings = quickTimings();
    timings.pingIntervalMs = 50;
    timings.deadAfterMs = 400;
    timings.backoffBaseMs = 60000; // one attempt is enough to see
    timings.backoffMaxMs = 60000;
    return timings;
}

} // namespace

class TestRemoteStream : public QObject
{
    Q_OBJECT

private slots:
    void liveEventsArriveOnceInOrder()
    {
        BellboardInstance bellboard;
        QVERIFY(bellboard.start());
        QVERIFY(post(bellboard, QStringLiteral("ops"), "before the console")); // history: not streamed
        RemoteStream stream(serverOf(bellboard), quickTimings());
        Received received(stream);
        QSignalSpy connected(&stream, &RemoteStream::connected);
        stream.start();
        QVERIFY(connected.wait(10000));
        for (int i = 0; i < 20; ++i)
            QVERIFY(post(bellboard, QStringLiteral("ops"), "event " + QByteArray::number(i)));
        QTRY_COMPARE_WITH_TIMEOUT(received.ids.size(), 20, 10000);
        QCOMPARE(received.ids, storedIds(bellboard).mid(1));
        QVERIFY(!received.deliveries.contains(RemoteStream::Delivery::CatchUp));
        QVERIFY(received.summaries.isEmpty());
        bellboard.stop();
    }

    void aServerRestartUnderLoadLosesNothingAndRepeatsNothing()
    {
        BellboardInstance bellboard;
        QVERIFY(bellboard.start());
        RemoteStream stream(serverOf(bellboard), quickTimings());
        Received received(stream);
        QSignalSpy connected(&stream, &RemoteStream::connected);
        stream.start();
        QVERIFY(connected.wait(10000));

        // A load generator: one event every few milliseconds, on two channels, whether or not
        // the server is up (a refused post is simply not stored).
        QNetworkAccessManager network;
        int sent = 0;
        QTimer load;
        load.setInterval(3);
        connect(&load, &QTimer::timeout, [&] {
            QNetworkRequest request(QUrl(bellboard.url(sent % 2 ? QStringLiteral("/c/ops") : QStringLiteral("/c/deploys"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            QNetworkReply *reply = network.post(request, "load " + QByteArray::number(sent++));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(received.ids.size() >= 50, 20000);
        bellboard.kill(); // SIGKILL, mid-stream
        QTRY_VERIFY_WITH_TIMEOUT(received.disconnections >= 1, 10000);
        QVERIFY2(bellboard.start(), bellboard.serverErrors().constData());
        const int before = received.ids.size();
        QTRY_VERIFY_WITH_TIMEOUT(received.ids.size() >= before + 50, 30000);
        load.stop();
        QTest::qWait(300); // the last posts in flight land
        const QList<qint64> stored = storedIds(bellboard);
        QVERIFY(stored.size() > 100);
        QTRY_COMPARE_WITH_TIMEOUT(received.ids.size(), stored.size(), 30000);
        QCOMPARE(received.ids, stored); // every event exactly once, in id order
        bellboard.stop();
    }

    void eventsStoredWhileAwayAreSummarizedOncePerChannel()
    {
        BellboardInstance bellboard;
        QVERIFY(bellboard.start());
        RemoteStream stream(serverOf(bellboard), quickTimings());
        Received received(stream);
        QSignalSpy connected(&stream, &RemoteStream::connected);
        stream.start();
        QVERIFY(connected.wait(10000));
        QVERIFY(post(bellboard, QStringLiteral("ops"), "seen live"));
        QTRY_COMPARE_WITH_TIMEOUT(received.ids.size(), 1, 10000);

        bellboard.stop();
        QTRY_VERIFY_WITH_TIMEOUT(received.disconnections >= 1, 10000);
        // While the server is down, `bellboard send` writes its store directly.
        for (int i = 0; i < 37; ++i)
            QCOMPARE(bellboard.run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("user-behavior"),
                                     QStringLiteral("signup %1").arg(i) })
                             .exitCode,
                     0);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(bellboard.run({ QStringLiteral("send"), QStringLiteral("-c"), QStringLiteral("financials"), QStringLiteral("payment") })
                             .exitCode,
                     0);
        QVERIFY(bellboard.start());
        QTRY_COMPARE_WITH_TIMEOUT(received.summaries.size(), 1, 30000);
        const QHash<QString, int> expected{ { QStringLiteral("user-behavior"), 37 }, { QStringLiteral("financials"), 2 } };
        QCOMPARE(received.summaries.first(), expected);
        QCOMPARE(received.ids.size(), 40);
        QCOMPARE(received.deliveries.count(RemoteStream::Delivery::CatchUp), 39);

        QVERIFY(post(bellboard, QStringLiteral("ops"), "live again"));
        QTRY_COMPARE_WITH_TIMEOUT(received.ids.size(), 41, 10000);
        QCOMPARE(received.deliveries.last(), RemoteStream::Delivery::Live);
        QCOMPARE(received.summaries.size(), 1); // rung once, not per event
        QCOMPARE(received.ids, storedIds(bellboard));
        bellboard.stop();
    }

    void aPinnedCertificateStreamsAndAnotherIsRefused()
    {
        QTemporaryDir dir;
        const TestCertificate pinned = TestCertificate::make(dir.path(), QStringLiteral("pinned"));
        const TestCertificate other = TestCertificate::make(dir.path(), QStringLiteral("other"));
        QVERIFY2(pinned.error.isEmpty() && other.error.isEmpty(), qPrintable(pinned.error + other.error));
        BellboardInstance bellboard("tls_certificate = \"" + pinned.certificateFile.toUtf8() + "\"\ntls_key = \""
                                    + pinned.keyFile.toUtf8() + "\"\n");
        QVERIFY2(startOverTls(bellboard), bellboard.serverErrors().constData());
        RemoteServer server;
        server.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(bellboard.port()));
        server.token = QStringLiteral("any");

        server.certificateSha256 = pinned.opensslSha256;
        RemoteStream stream(server, quickTimings());
        Received received(stream);
        QSignalSpy connected(&stream, &RemoteStream::connected);
        stream.start();
        QVERIFY(connected.wait(10000));
        RemoteSession poster(server);
        bool posted = false;
        const QJsonObject body{ { QStringLiteral("text"), QStringLiteral("over TLS") } };
        poster.request("POST", server.endpoint(QStringLiteral("/c/ops")), &body, nullptr, [&](const RemoteReply &reply) {
            posted = reply.status == 200;
        });
        QTRY_VERIFY_WITH_TIMEOUT(posted, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(received.ids.size(), 1, 10000);

        server.certificateSha256 = other.opensslSha256;
        RemoteStream refused(server, quickTimings());
        QSignalSpy certificateRefused(&refused, &RemoteStream::certificateRefused);
        refused.start();
        QVERIFY(certificateRefused.wait(10000));
        const QString why = certificateRefused.first().first().toString();
        QVERIFY2(why.contains(pinned.opensslSha256) && why.contains(other.opensslSha256), qPrintable(why));
        QVERIFY(!refused.isConnected());
        bellboard.stop();
    }

    void aHandshakeThatNeverCompletesIsGivenUp()
    {
        FrozenServer frozen(FrozenServer::Stream::NeverAnswers);
        RemoteServer server;
        server.url = frozen.url();
        RemoteStream stream(server, watchfulTimings());
        QSignalSpy connected(&stream, &RemoteStream::connected);
        QSignalSpy disconnected(&stream, &RemoteStream::disconnected);
        stream.start();
        QVERIFY(disconnected.wait(10000));
        QVERIFY2(disconnected.first().first().toString().contains(QStringLiteral("no answer")),
                 qPrintable(disconnected.first().first().toString()));
        QVERIFY(disconnected.first().at(1).toLongLong() >= 30000); // the next try, as said
        QCOMPARE(connected.count(), 0);
    }

    void aLinkThatWentSilentIsNoticed()
    {
        FrozenServer frozen(FrozenServer::Stream::AcceptsThenSilent);
        RemoteServer server;
        server.url = frozen.url();
        RemoteStream stream(server, watchfulTimings());
        QSignalSpy connected(&stream, &RemoteStream::connected);
        QSignalSpy disconnected(&stream, &RemoteStream::disconnected);
        stream.start();
        QVERIFY(connected.wait(10000));
        QVERIFY(disconnected.wait(10000)); // no pong to its pings
        QVERIFY2(disconnected.first().first().toString().contains(QStringLiteral("no answer")),
                 qPrintable(disconnected.first().first().toString()));
        QVERIFY(!stream.isConnected());
    }

    void aRefusedTokenStopsRetrying()
    {
        BellboardInstance bellboard("ingest_tokens = [\"ci\"]\n");
        bellboard.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_CI"), QStringLiteral("the-right-token"));
        QVERIFY(bellboard.start());
        RemoteStream stream(serverOf(bellboard, QStringLiteral("a-wrong-token")), quickTimings());
        Received received(stream);
        QSignalSpy failed(&stream, &RemoteStream::authenticationFailed);
        stream.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(received.authFailure.contains(QStringLiteral("log in again")), qPrintable(received.authFailure));
        // No retry follows: several backoff periods pass without another attempt.
        QTest::qWait(5 * quickTimings().backoffMaxMs);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(received.disconnections, 0);
        QVERIFY(!stream.isConnected());
        bellboard.stop();
    }
};

QTEST_GUILESS_MAIN(TestRemoteStream)
#include "tst_remotestream.moc"
