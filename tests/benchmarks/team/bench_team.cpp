// The team server under its consoles (issue 15): N stream clients on the real binary while a
// load generator posts at a steady rate; every client must receive every event. Reports the
// ingest → receipt latency (the event's received_at, stamped before its commit, to the
// client's clock: an upper bound of commit → receipt), the server's CPU and RSS; then the
// catch-up of a backlog written straight into the store, read with ?since=0 to the live edge.
// See README "Benchmarks" for the figures and the command.
//
//   bench_team [--clients 50] [--rate 1000] [--seconds 20] [--backlog 100000]
#include "bellboardinstance.h"
#include "processstats.h"

#include "store/eventstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <unistd.h>
#include <cstdio>

using namespace bb;

namespace {

const QByteArray kToken = "bench-viewer-token";

struct Client
{
    QWebSocket *socket = nullptr;
    qint64 received = 0;
    qint64 lastId = 0;
    bool ordered = true;
};

// The server's CPU time (user + system) in clock ticks, from /proc.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    return fields.size() > 15 ? fields.at(13).toLongLong() + fields.at(14).toLongLong() : -1;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return double(values.at(qMin(values.size() - 1, int(p * values.size()))));
}

// Posts at a steady rate from its own thread, so the clients' thread is not the generator's.
class Generator : public QObject
{
public:
    Generator(const QString &url, int rate, int seconds)
        : m_url(url)
        , m_rate(rate)
        , m_total(qint64(rate) * seconds)
    {
    }
    void start()
    {
        m_network = new QNetworkAccessManager(this);
        m_clock.start();
        auto *timer = new QTimer(this);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            const qint64 due = qMin(m_total, m_clock.elapsed() * m_rate / 1000);
            while (m_sent < due) {
                QNetworkRequest request{ QUrl(m_url) };
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
                QNetworkReply *reply = m_network->post(request, "bench event " + QByteArray::number(m_sent));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                ++m_sent;
            }
            if (m_sent >= m_total)
                timer->stop();
        });
        timer->start(5);
    }

private:
    QString m_url;
    int m_rate;
    qint64 m_total;
    qint64 m_sent = 0;
    QNetworkAccessManager *m_network = nullptr;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("clients"), QStringLiteral("stream clients"), QStringLiteral("n"), QStringLiteral("50") },
                        { QStringLiteral("rate"), QStringLiteral("events per second"), QStringLiteral("n"), QStringLiteral("1000") },
                        { QStringLiteral("seconds"), QStringLiteral("how long"), QStringLiteral("n"), QStringLiteral("20") },
                        { QStringLiteral("backlog"), QStringLiteral("events to catch up"), QStringLiteral("n"), QStringLiteral("100000") } });
    parser.process(app);
    const int clientCount = parser.value(QStringLiteral("clients")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int backlog = parser.value(QStringLiteral("backlog")).toInt();
    const qint64 expected = qint64(rate) * seconds;

    BellboardInstance server("[store]\ndurability = \"full\"\n[[users]]\nname = \"bench\"\ntoken = \"bench\"\nrole = \"viewer\"\n");
    server.setEnvironmentVariable(QStringLiteral("BELLBOARD_SECRET_BENCH"), QString::fromLatin1(kToken));
    if (!server.start()) {
        std::fprintf(stderr, "server did not start: %s\n", server.serverErrors().constData());
        return 1;
    }
    const qint64 pid = server.process().processId();
    const QUrl streamUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream?token=%2").arg(server.port()).arg(QString::fromLatin1(kToken)));

    // Live: N clients, one generator.
    QList<Client> clients(clientCount);
    QList<qint64> latencies;
    latencies.reserve(expected * clientCount);
    int connected = 0;
    for (Client &client : clients) {
        client.socket = new QWebSocket;
        QObject::connect(client.socket, &QWebSocket::textMessageReceived, [&client, &latencies, &connected](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = message.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("hello")) {
                ++connected;
                return;
            }
            if (type != QLatin1String("event"))
                return;
            const QJsonObject event = message.value(QStringLiteral("event")).toObject();
            const qint64 id = event.value(QStringLiteral("id")).toInteger();
            client.ordered = client.ordered && id > client.lastId;
            client.lastId = id;
            ++client.received;
            const qint64 at = QDateTime::fromString(event.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs)
                                      .toMSecsSinceEpoch();
            latencies << QDateTime::currentMSecsSinceEpoch() - at;
        });
        client.socket->open(streamUrl);
    }
    QElapsedTimer wait;
    wait.start();
    while (connected < clientCount && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (connected < clientCount) {
        std::fprintf(stderr, "only %d of %d clients connected\n", connected, clientCount);
        return 1;
    }

    QThread generatorThread;
    Generator generator(server.url(QStringLiteral("/c/bench")), rate, seconds);
    generator.moveToThread(&generatorThread);
    generatorThread.start();
    const qint64 cpuBefore = cpuTicks(pid);
    QElapsedTimer run;
    run.start();
    QMetaObject::invokeMethod(&generator, [&generator] { generator.start(); });
    const auto everyoneHasAll = [&] {
        return std::all_of(clients.begin(), clients.end(), [&](const Client &c) { return c.received >= expected; });
    };
    ProcessStats peak;
    while (!everyoneHasAll() && run.elapsed() < (seconds + 60) * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const ProcessStats now = processStats(pid);
        peak.rssKiB = qMax(peak.rssKiB, now.rssKiB);
    }
    const double elapsedS = run.elapsed() / 1000.0;
    const qint64 cpuAfter = cpuTicks(pid);
    generatorThread.quit();
    generatorThread.wait();
    bool allOrdered = true;
    qint64 fewest = expected;
    for (const Client &client : clients) {
        allOrdered = allOrdered && client.ordered;
        fewest = qMin(fewest, client.received);
        client.socket->close();
        delete client.socket;
    }
    std::printf("live: %d clients, %d events/s for %d s: every client received %lld of %lld events (%s order)\n",
                clientCount, rate, seconds, fewest, expected, allOrdered ? "in" : "OUT OF");
    std::printf("      ingest -> receipt: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("      server CPU %.0f%% of one core over %.1f s; RSS peak %lld MiB\n",
                100.0 * double(cpuAfter - cpuBefore) / double(sysconf(_SC_CLK_TCK)) / elapsedS, elapsedS, peak.rssKiB / 1024);
    server.stop();

    // Catch-up: a backlog written while "disconnected", read with ?since= to the live edge.
    {
        EventStore store;
        store.setDurability(EventStore::Durability::Normal);
        if (!store.open(server.databaseFile()))
            return 1;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        for (int done = 0; done < backlog; done += 1000) {
            EventList batch;
            for (int i = done; i < qMin(backlog, done + 1000); ++i) {
                Event event;
                event.channel = QStringLiteral("backlog");
                event.receivedAtMs = before;
                event.text = QStringLiteral("missed event %1 while the console was away").arg(i);
                batch << event;
            }
            store.append(batch).waitForFinished();
        }
    }
    if (!server.start())
        return 1;
    qint64 edge = 0;
    {
        const HttpAnswer newest = httpRequest("GET", server.url(QStringLiteral("/api/events?limit=1")), {},
                                              { { "Authorization", "Bearer " + kToken } });
        edge = QJsonDocument::fromJson(newest.body).object().value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("id")).toInteger();
    }
    const qint64 since = edge - backlog;
    QWebSocket catchUp;
    qint64 caughtUp = 0;
    qint64 lastId = 0;
    QObject::connect(&catchUp, &QWebSocket::textMessageReceived, [&](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QStringLiteral("type")).toString() != QLatin1String("event"))
            return;
        lastId = message.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toInteger();
        ++caughtUp;
    });
    const qint64 catchUpCpuBefore = cpuTicks(server.process().processId());
    QElapsedTimer catchUpClock;
    catchUpClock.start();
    catchUp.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/stream?since=%2&token=%3")
                              .arg(server.port())
                              .arg(since)
                              .arg(QString::fromLatin1(kToken))));
    while (lastId < edge && catchUpClock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("catch-up: %lld missed events via ?since= in %.2f s to the live edge (%lld received)\n", qint64(backlog),
                catchUpClock.elapsed() / 1000.0, caughtUp);
    std::printf("      server CPU %.1f s for it; RSS after: %lld MiB\n",
                double(cpuTicks(server.process().processId()) - catchUpCpuBefore) / double(sysconf(_SC_CLK_TCK)),
                processStats(server.process().processId()).rssKiB / 1024);
    catchUp.close();
    server.stop();
    return fewest == expected && allOrdered && caughtUp == backlog ? 0 : 1;
}
