// The read side's live WebSocket stream, end to end: the real binary, a real QWebSocket
// client on the one listener, events posted over HTTP.
#include "bellboardinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace {

constexpr int kWait = 10000;

QJsonObject jsonOf(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object();
}

// A client of /api/stream that keeps every message it received.
struct StreamClient
{
    explicit StreamClient(const QString &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &message) { messages << message; });
        socket.open(QUrl(url));
    }
    bool waitForHello()
    {
        if (!QTest::qWaitFor([this] { return !messages.isEmpty(); }, kWait))
            return false;
        return jsonOf(messages.first()).value(QStringLiteral("type")).toString() == QLatin1String("hello");
    }
    QWebSocket socket;
    QStringList messages;
};

QByteArray upgradeRequest(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

} // namespace

class TestLiveStream : public QObject
{
    Q_OBJECT

    BellboardInstance *bellboard = nullptr;

    QString streamUrl(const QString &query) const
    {
        return QStringLiteral("ws://127.0.0.1:%1/api/stream%2").arg(bellboard->port()).arg(query);
    }
    void post(const QString &channel, const QByteArray &text, const QByteArray &level = "info")
    {
        QCOMPARE(httpRequest("POST", bellboard->url(QStringLiteral("/c/%1").arg(channel)), text, { { "X-Level", level } }).status, 200);
    }

private slots:
    void initTestCase()
    {
        bellboard = new BellboardInstance;
        QVERIFY2(bellboard->start(), bellboard->serverErrors().constData());
    }
    void cleanupTestCase() { delete bellboard; }

    // Committed events arrive as they are stored, only those the filter asks for, in order.
    void committedEventsArriveThroughTheFilter()
    {
        StreamClient ops(streamUrl(QStringLiteral("?channel=ops,%23deploys&level=warn")));
        StreamClient everything(streamUrl(QString()));
        QVERIFY(ops.waitForHello());
        QVERIFY(everything.waitForHello());
        const QJsonObject hello = jsonOf(ops.messages.first());
        QCOMPARE(hello.value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(hello.value(QStringLiteral("channels")).toArray().size(), 2);

        post(QStringLiteral("ops"), "disk at 70%", "info");       // below the level
        post(QStringLiteral("billing"), "card declined", "crit"); // another channel
        post(QStringLiteral("ops"), "disk at 95%", "crit");
        post(QStringLiteral("deploys"), "rollback started", "warn");
        QTRY_COMPARE_WITH_TIMEOUT(everything.messages.size(), 5, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ops.messages.size(), 3, kWait);
        QTest::qWait(200); // nothing else is on its way
        QCOMPARE(ops.messages.size(), 3);
        const QJsonObject first = jsonOf(ops.messages.at(1));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("event"));
        const QJsonObject event = first.value(QStringLiteral("event")).toObject();
        QCOMPARE(event.value(QStringLiteral("text")).toString(), QStringLiteral("disk at 95%"));
        QCOMPARE(event.value(QStringLiteral("channel")).toString(), QStringLiteral("ops"));
        QCOMPARE(event.value(QStringLiteral("level")).toString(), QStringLiteral("crit"));
        QVERIFY(event.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(jsonOf(ops.messages.at(2)).value(QStringLiteral("event")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("rollback started"));
        // The same event, with the id /api/events gives it.
        const QJsonObject stored = QJsonDocument::fromJson(httpRequest("GET", bellboard->url(QStringLiteral("/api/events?channel=ops&limit=1"))).body)
                                           .object()
                                           .value(QStringLiteral("events"))
                                           .toArray()
                                           .first()
                                           .toObject();
        QCOMPARE(stored.value(QStringLiteral("id")), event.value(QStringLiteral("id")));
    }

    // The listener keeps serving HTTP while streams are open, and a closed stream goes away.
    void httpKeepsWorkingBesideTheStream()
    {
        StreamClient client(streamUrl(QStringLiteral("?channel=ops")));
        QVERIFY(client.waitForHello());
        QCOMPARE(httpRequest("GET", bellboard->url(QStringLiteral("/healthz"))).body, QByteArray("ok"));
        client.socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::UnconnectedState, kWait);
        post(QStringLiteral("ops"), "after the close");
        QCOMPARE(httpRequest("GET", bellboard->url(QStringLiteral("/healthz"))).body, QByteArray("ok"));
    }

    void badRequestsGetAPlainHttpAnswer()
    {
        const HttpAnswer plain = httpRequest("GET", bellboard->url(QStringLiteral("/api/stream")));
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.header("upgrade"), QByteArray("websocket"));
        const QByteArray badLevel = rawExchange(bellboard->port(), upgradeRequest("/api/stream?level=loud"));
        QVERIFY2(badLevel.startsWith("HTTP/1.1 400"), badLevel.constData());
        QVERIFY2(badLevel.contains("unknown level 'loud' (info, warn, crit)"), badLevel.constData());
        const QByteArray badChannel = rawExchange(bellboard->port(), upgradeRequest("/api/stream?channel=Not%20A%20Channel!"));
        QVERIFY2(badChannel.startsWith("HTTP/1.1 400"), badChannel.constData());
        // An upgrade is a connection's first request; after a keep-alive request it is refused.
        const QByteArray second = rawExchange(bellboard->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + upgradeRequest("/api/stream"));
        QVERIFY2(second.startsWith("HTTP/1.1 200"), second.constData());
        QVERIFY2(second.contains("HTTP/1.1 400") && second.endsWith("upgrade_not_first"), second.constData());
    }

    void theStreamNeedsTheIngestTokenOnceConfigured()
    {
        BellboardInstance guarded("ingest_tokens = [\"ci\"]\n");
        guarded.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_CI"), QStringLiteral("s3cret-token"));
        QVERIFY(guarded.start());
        const QByteArray refused = rawExchange(guarded.port(), upgradeRequest("/api/stream"));
        QVERIFY2(refused.startsWith("HTTP/1.1 401"), refused.constData());
        StreamClient client(QStringLiteral("ws://127.0.0.1:%1/api/stream?token=s3cret-token").arg(guarded.port()));
        QVERIFY(client.waitForHello());
    }
};

QTEST_GUILESS_MAIN(TestLiveStream)
#include "tst_livestream.moc"
