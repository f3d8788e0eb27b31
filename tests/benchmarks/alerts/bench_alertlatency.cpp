// bench_alertlatency [EVENTS]: how long from Bellboard's "200 ok" for an event to the first
// audible sample of its alert sound at the speaker.
//
// Starts a private PulseAudio server with a null sink, the real `bellboard --headless` playing
// into it, and parec recording the sink's monitor (raw s16le, 5 ms latency) read live. For
// each event: POST /c/user-behavior on a kept-alive socket, timestamp the moment the answer's
// status line arrives, then timestamp the first 5 ms block above -30 dBFS that parec hands
// over after silence. Both clocks are CLOCK_MONOTONIC in this process, so the figure includes
// parec's own buffering: it is an upper bound for what a listener hears.
// Coalescing and the global cap are off so every event rings; each waits for the previous
// bell to fade out, so each onset is unambiguous.

#include "../../unit/app/bellboardinstance.h"
#include "../../unit/alerts/nullsink.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTextStream>
#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Sends one request and returns the monotonic time its "HTTP/1.1 200" line arrived, or -1.
qint64 postAndTimestampAck(QTcpSocket &socket, const QByteArray &body)
{
    socket.write("POST /c/user-behavior HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (!answer.contains("\r\n")) {
        if (!socket.waitForReadyRead(10'000))
            return -1;
        answer += socket.readAll();
    }
    const qint64 ackNs = monotonicNs();
    while (!answer.contains("\r\n\r\nok") && socket.waitForReadyRead(10'000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200") ? ackNs : -1;
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(fraction * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 30;

    NullSink sink;
    QString why;
    if (!sink.start(&why)) {
        out() << "null sink: " << why << Qt::endl;
        return 1;
    }
    BellboardInstance bellboard("[alerts]\ncoalesce = \"0s\"\nmax_sounds_per_minute = 0\n");
    for (const QString &name : { QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("HOME"), QStringLiteral("PULSE_SERVER") })
        bellboard.setEnvironmentVariable(name, sink.environment().value(name));
    if (!bellboard.start()) {
        out() << "bellboard did not start: " << bellboard.serverErrors() << Qt::endl;
        return 1;
    }
    MonitorRecorder recorder(sink.environment());
    if (!recorder.start(&why)) {
        out() << why << Qt::endl;
        return 1;
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, bellboard.port());
    if (!socket.waitForConnected(5'000))
        return 1;

    QList<double> latenciesMs;
    int missed = 0;
    for (int i = 0; i < events; ++i) {
        const int before = recorder.onsetCount();
        const qint64 ackNs = postAndTimestampAck(socket, "New user registration! user" + QByteArray::number(i) + "@example.com");
        if (ackNs < 0) {
            out() << "request " << i << " was not acknowledged" << Qt::endl;
            return 1;
        }
        if (!recorder.waitFor([&] { return recorder.onsetCount() > before; }, 5'000)) {
            ++missed;
            continue;
        }
        latenciesMs << double(recorder.onsetsNs().at(before) - ackNs) / 1e6;
        recorder.waitFor([&] { return recorder.isSilentNow(); }, 5'000);
    }
    if (latenciesMs.isEmpty()) {
        out() << "no sound was heard" << Qt::endl;
        return 1;
    }
    out() << "acknowledged request -> sound at the sink, " << latenciesMs.size() << " events"
          << (missed ? QStringLiteral(" (%1 unheard!)").arg(missed) : QString()) << Qt::endl;
    out() << QStringLiteral("min %1 ms  median %2 ms  p95 %3 ms  max %4 ms  (target <= 150 ms)")
                     .arg(percentile(latenciesMs, 0), 0, 'f', 1)
                     .arg(percentile(latenciesMs, 0.5), 0, 'f', 1)
                     .arg(percentile(latenciesMs, 0.95), 0, 'f', 1)
                     .arg(percentile(latenciesMs, 1), 0, 'f', 1)
          << Qt::endl;
    return missed ? 2 : 0;
}
