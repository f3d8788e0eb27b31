// The live stream's side of what a store does besides appending (edits and deletions) and its
// one defence, against a client that stops reading: in one process, over real sockets.
#include "ui/window/inprocessconsole.h"

#include "ingest/livestream.h"
#include "store/externalevents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace bb;
using namespace bb::test;

namespace {

constexpr int kWait = 10000;

QString typeOf(const QString &message)
{
    return QJsonDocument::fromJson(message.toUtf8()).object().value(QStringLiteral("type")).toString();
}

ExternalChange upsert(const QString &ts, const QString &text)
{
    Event event;
    event.channel = QStringLiteral("slack.ops");
    event.text = text;
    event.senderTs = ts;
    return { ExternalChange::Kind::Upsert, QStringLiteral("slack:C0OPS"), ts, event };
}

int streamClients(InProcessConsole &console)
{
    return QJsonDocument::fromJson(console.get("/stats").body).object().value(QStringLiteral("stream_clients")).toInt(-1);
}

} // namespace

class TestStreamClients : public QObject
{
    Q_OBJECT

private slots:
    void editsAndDeletionsAreStreamedToo()
    {
        InProcessConsole console;
        QVERIFY(console.isReady());
        QWebSocket client;
        QStringList messages;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &message) { messages << typeOf(message); });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream?channel=slack.ops").arg(console.port())));
        QTRY_COMPARE_WITH_TIMEOUT(messages, QStringList{ QStringLiteral("hello") }, kWait);
        console.store()->applyExternal({ { upsert(QStringLiteral("1.000001"), QStringLiteral("typo hree")) }, {} }).waitForFinished();
        console.store()->applyExternal({ { upsert(QStringLiteral("1.000001"), QStringLiteral("typo here")) }, {} }).waitForFinished();
        console.store()->applyExternal({ { { ExternalChange::Kind::Remove, QStringLiteral("slack:C0OPS"), QStringLiteral("1.000001"), {} } }, {} }).waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(messages, (QStringList{ QStringLiteral("hello"), QStringLiteral("event"), QStringLiteral("changed"), QStringLiteral("removed") }), kWait);
    }

    // A client that never reads is closed once its backlog passes the cap; another client is
    // served all along.
    void aClientThatStopsReadingIsClosedAndOthersGoOn()
    {
        InProcessConsole console;
        QVERIFY(console.isReady());
        QTcpSocket stuck;
        stuck.setReadBufferSize(1024); // and never read: TCP pushes back on the server
        stuck.connectToHost(QHostAddress::LocalHost, console.port());
        QVERIFY(stuck.waitForConnected(kWait));
        stuck.write("GET /api/stream HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QWebSocket reader; // asks for another channel: what it gets is small, whatever the load
        int received = 0;
        connect(&reader, &QWebSocket::textMessageReceived, this, [&] { ++received; });
        reader.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream?channel=small").arg(console.port())));
        QTRY_COMPARE_WITH_TIMEOUT(received, 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(streamClients(console), 2, kWait);

        Event big;
        big.channel = QStringLiteral("ops");
        big.text = QString(60 * 1024, QLatin1Char('x'));
        Event small;
        small.channel = QStringLiteral("small");
        small.text = QStringLiteral("still here");
        const int batches = 40, perBatch = 10; // 24 MB for the stuck client, three times the cap
        for (int i = 0; i < batches; ++i) {
            QVERIFY(console.store()->append(EventList(perBatch, big) << small).result().ok);
            QTest::qWait(5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(received, 1 + batches, 3 * kWait);
        // The server dropped it (and its backlog): one stream client is left.
        QTRY_COMPARE_WITH_TIMEOUT(streamClients(console), 1, kWait);
    }
};

QTEST_GUILESS_MAIN(TestStreamClients)
#include "tst_streamclients.moc"
