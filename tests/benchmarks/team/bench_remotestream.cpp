// 50 consoles' live streams (RemoteStream, the console's own client code) attached to the real
// `bellboard --headless`, fed by a load generator at 1,000 events/s on this machine:
//   - every client receives every event, once, in order;
//   - server receive → client receipt latency, p50 / p99 over all clients (the event's
//     received_at is stamped by the server as the request arrives, before its commit, so this
//     is commit latency plus the stream's; same machine, same clock);
//   - the server's CPU time and peak RSS;
//   - catch-up: one client stopped, 100,000 events stored meanwhile, time from start(last id)
//     to the live edge.
// Usage: bench_remotestream [clients=50] [rate=1000] [seconds=20] [missed=100000]
#include "app/bellboardinstance.h"
#include "app/processstats.h"
#include "remote/remotestream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <QFile>

#include <algorithm>
#include <vector>
#include <unistd.h>
#include <cstdio>
#include <memory>

using namespace bb;

namespace {

struct Client
{
    std::unique_ptr<RemoteStream> stream;
    QList<qint64> ids;
    bool inOrder = true;
};

// utime + stime of a process, in ms (/proc/<pid>/stat fields 14 and 15).
qint64 cpuMs(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Posts `count` events as fast as `inFlight` concurrent keep-alive requests allow (or paced
// at `perSecond` when > 0), then returns how many were accepted.
int generate(const BellboardInstance &server, int count, int perSecond, int inFlight)
{
    // QNetworkAccessManager opens at most six connections to one host; with the store's
    // durability "full" six requests in flight cap the rate near 600/s, so the requests are
    // shared out over several managers.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int i = 0; i < std::max(1, inFlight / 6); ++i)
        networks.push_back(std::make_unique<QNetworkAccessManager>());
    int started = 0, finished = 0, accepted = 0;
    const QUrl urls[] = { QUrl(server.url(QStringLiteral("/c/user-behavior"))), QUrl(server.url(QStringLiteral("/c/ops"))) };
    QElapsedTimer clock;
    clock.start();
    std::function<void()> pump = [&] {
        const qint64 due = perSecond > 0 ? std::min<qint64>(count, clock.elapsed() * perSecond / 1000 + 1) : count;
        while (started < due && started - finished < inFlight) {
            QNetworkRequest request(urls[started % 2]);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            QNetworkReply *reply = networks[std::size_t(started) % networks.size()]->post(request, "load event " + QByteArray::number(started));
            ++started;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                ++finished;
                accepted += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
                reply->deleteLater();
                pump();
            });
        }
    };
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pacer, &QTimer::timeout, pump);
    pacer.start(perSecond > 0 ? 5 : 50);
    pump();
    while (finished < count)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return accepted;
}

// generate() on a thread of its own, so that its pacing does not wait for the clients' work;
// this thread keeps serving the clients meanwhile.
int generateBeside(const BellboardInstance &server, int count, int perSecond, int inFlight)
{
    int accepted = 0;
    std::unique_ptr<QThread> thread(QThread::create([&] { accepted = generate(server, count, perSecond, inFlight); }));
    thread->start();
    while (!thread->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    thread->wait();
    return accepted;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clientCount = args.value(1, QStringLiteral("50")).toInt();
    const int rate = args.value(2, QStringLiteral("1000")).toInt();
    const int seconds = args.value(3, QStringLiteral("20")).toInt();
    const int missed = args.value(4, QStringLiteral("100000")).toInt();

    BellboardInstance server("[store]\ndurability = \"normal\"\n");
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start: %s\n", server.serverErrors().constData());
        return 1;
    }
    RemoteServer remote;
    remote.url = QUrl(server.url(QString()));
    remote.token = QStringLiteral("bench");

    QList<qint64> latencies;
    std::vector<Client> clients(clientCount);
    int connectedCount = 0;
    for (Client &client : clients) {
        client.stream = std::make_unique<RemoteStream>(remote);
        Client *self = &client;
        QObject::connect(client.stream.get(), &RemoteStream::connected, [&] { ++connectedCount; });
        QObject::connect(client.stream.get(), &RemoteStream::eventReceived, [&, self](const Event &event, RemoteStream::Delivery) {
            if (!self->ids.isEmpty() && event.id <= self->ids.last())
                self->inOrder = false;
            self->ids << event.id;
            latencies << QDateTime::currentMSecsSinceEpoch() - event.receivedAtMs;
        });
        client.stream->start();
    }
    while (connectedCount < clientCount)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    const qint64 cpuBefore = cpuMs(server.process().processId());
    QElapsedTimer wall;
    wall.start();
    const int total = rate * seconds;
    const int accepted = generateBeside(server, total, rate, 256);
    const qint64 loadMs = wall.elapsed();
    QElapsedTimer drain;
    drain.start();
    auto everyoneHasAll = [&] {
        return std::all_of(clients.begin(), clients.end(), [&](const Client &c) { return c.ids.size() >= accepted; });
    };
    while (!everyoneHasAll() && drain.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 cpuAfter = cpuMs(server.process().processId());
    const ProcessStats memory = processStats(server.process().processId());
    int complete = 0;
    bool ordered = true;
    for (const Client &client : clients) {
        complete += client.ids.size() == accepted;
        ordered = ordered && client.inOrder;
    }
    std::printf("clients %d, %d events at %d/s over %.1f s (%d accepted)\n", clientCount, total, rate, loadMs / 1000.0, accepted);
    std::printf("every event at every client, once, in order: %d of %d clients%s\n", complete, clientCount, ordered ? "" : " (OUT OF ORDER)");
    std::printf("server receive -> client receipt: p50 %lld ms, p99 %lld ms, max %lld ms (%lld samples)\n",
                percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 1.0), qint64(latencies.size()));
    std::printf("server CPU %.1f s over %.1f s (%.0f%% of one core), peak RSS %lld MiB\n", (cpuAfter - cpuBefore) / 1000.0,
                loadMs / 1000.0, 100.0 * double(cpuAfter - cpuBefore) / double(std::max<qint64>(1, loadMs)),
                memory.peakRssKiB / 1024);

    // Catch-up: one client away while `missed` events are stored, then back.
    Client &away = clients.front();
    for (std::size_t i = 1; i < clients.size(); ++i)
        clients[i].stream->stop();
    const qint64 lastSeen = away.stream->lastSeenId();
    away.stream->stop();
    away.ids.clear();
    const int stored = generate(server, missed, 0, 128);
    QHash<QString, int> summary;
    QObject::connect(away.stream.get(), &RemoteStream::caughtUp, [&](const QHash<QString, int> &counts) { summary = counts; });
    QElapsedTimer catchUp;
    catchUp.start();
    away.stream->start(lastSeen);
    while (away.ids.size() < stored && catchUp.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const qint64 catchUpMs = catchUp.elapsed();
    int summarized = 0;
    for (int count : std::as_const(summary))
        summarized += count;
    std::printf("catch-up: %d missed events in %lld ms to the live edge (%s; summary counted %d)\n", stored, catchUpMs,
                away.ids.size() == stored && away.inOrder ? "all, in order" : "INCOMPLETE", summarized);
    server.stop();
    return complete == clientCount && ordered ? 0 : 1;
}
