// Fan-out between two servers sharing one PostgreSQL database (issue 17): events posted to
// server A at a steady rate, a stream client on server B; reports how long each event took to
// arrive on B's /api/stream (A's commit, the NOTIFY, B's read by id and B's stream included),
// from its POST's start (the client's own queue included) and from A's receive time (stamped
// before A's commit), and checks that every event arrived.
// PostgreSQL is the tests' private one (initdb + pg_ctl in a temporary folder).
// See README "Benchmarks" for the figures and the command.
//
//   bench_fanout [--rate 200] [--seconds 20]
#include "bellboardinstance.h"
#include "store/postgresfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("events per second posted to A"), QStringLiteral("n"),
                       QStringLiteral("200") });
    parser.addOption({ QStringLiteral("seconds"), QStringLiteral("how long to post"), QStringLiteral("n"),
                       QStringLiteral("20") });
    parser.process(app);
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    bb::test::PostgresFixture postgres;
    if (!postgres.setUp() || !postgres.createDatabase(QStringLiteral("fanout"))) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(postgres.error()));
        return 1;
    }
    const QByteArray config = "[store]\nurl = \"" + postgres.url(QStringLiteral("fanout")).toUtf8() + "\"\n";
    BellboardInstance serverA(config);
    BellboardInstance serverB(config);
    if (!serverA.start() || !serverB.start()) {
        std::fprintf(stderr, "the servers did not start\n");
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> sentAt; // text → ms on `clock`
    QList<qint64> latencies;       // from the POST's start (the client's queue included)
    QList<qint64> fromA;           // from A's receive time, stamped before its commit
    QWebSocket console;
    QObject::connect(&console, &QWebSocket::textMessageReceived, [&](const QString &message) {
        const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
        if (object.value(QStringLiteral("type")).toString() != QLatin1String("event"))
            return;
        const QJsonObject event = object.value(QStringLiteral("event")).toObject();
        const auto sent = sentAt.constFind(event.value(QStringLiteral("text")).toString());
        if (sent == sentAt.constEnd())
            return;
        latencies << clock.elapsed() - *sent;
        const QDateTime receivedByA = QDateTime::fromString(event.value(QStringLiteral("received_at")).toString(),
                                                            Qt::ISODateWithMs);
        fromA << QDateTime::currentMSecsSinceEpoch() - receivedByA.toMSecsSinceEpoch();
    });
    bool connected = false;
    QObject::connect(&console, &QWebSocket::connected, [&] { connected = true; });
    console.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream").arg(serverB.port())));
    while (!connected && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    QNetworkAccessManager network;
    int posted = 0;
    int failed = 0;
    const int total = rate * seconds;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    const qint64 start = clock.elapsed();
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        // As many as the rate says by now: a late tick catches up instead of lowering the rate.
        const qint64 due = qMin<qint64>(total, (clock.elapsed() - start) * rate / 1000 + 1);
        while (posted < due) {
            const QString text = QStringLiteral("fan-out %1").arg(posted++);
            sentAt.insert(text, clock.elapsed());
            QNetworkRequest request(QUrl(serverA.url(QStringLiteral("/c/fanout"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            QNetworkReply *reply = network.post(request, text.toUtf8());
            QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++failed;
                reply->deleteLater();
            });
        }
        if (posted >= total)
            ticker.stop();
    });
    ticker.start(5);
    while ((posted < total || latencies.size() + failed < total) && clock.elapsed() - start < (seconds + 30) * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    std::printf("posted to A: %d at %d/s for %d s; refused: %d; arrived on B's stream: %lld\n", posted, rate, seconds,
                failed, qlonglong(latencies.size()));
    std::printf("POST to A → B's stream, ms: p50 %.0f  p90 %.0f  p99 %.0f  max %.0f\n", percentile(latencies, 0.5),
                percentile(latencies, 0.9), percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("received by A (before its commit) → B's stream, ms: p50 %.0f  p90 %.0f  p99 %.0f  max %.0f\n",
                percentile(fromA, 0.5), percentile(fromA, 0.9), percentile(fromA, 0.99), percentile(fromA, 1.0));
    return latencies.size() + failed == total ? 0 : 1;
}
