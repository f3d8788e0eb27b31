#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A private PulseAudio server with one null sink ("bbtest"), in a temporary runtime folder,
// so tests can play real sound and record exactly what reached the sink. Runs as root too.
class NullSink
{
public:
    NullSink();
    ~NullSink();

    // Starts the server and waits for its socket; false with the server's log in *why.
    bool start(QString *why);
    // XDG_RUNTIME_DIR, HOME and PULSE_SERVER pointing at this server.
    QProcessEnvironment environment() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_server;
};

// Records the sink's monitor live (parec, raw 16-bit mono at 44.1 kHz, small latency) and
// finds where sounds start: a 5 ms block louder than the threshold after at least 50 ms of
// silence. Each onset carries the monotonic time its block arrived from parec.
class MonitorRecorder
{
public:
    static constexpr int kRate = 44100;
    static constexpr int kBlock = kRate / 200; // 5 ms
    static constexpr int kSilentBlocksBeforeOnset = 10;
    static constexpr int kLoud = 1000; // about -30 dBFS

    explicit MonitorRecorder(const QProcessEnvironment &environment);
    ~MonitorRecorder();

    bool start(QString *why); // returns once samples are flowing
    void poll();              // reads what parec produced so far
    int onsetCount() const { return int(m_onsetsNs.size()); }
    QList<qint64> onsetsNs() const { return m_onsetsNs; } // QElapsedTimer::msecsSinceReference() * 1e6 scale
    bool isSilentNow() const { return m_silentBlocks >= kSilentBlocksBeforeOnset; }
    int peak() const { return m_peak; }
    const QByteArray &raw() const { return m_raw; }
    // Waits (processing events) until `done` or `timeoutMs`; true when done.
    template<typename Done>
    bool waitFor(Done done, int timeoutMs);
    bool writeWav(const QString &path) const;

private:
    void consume(const char *data, qsizetype bytes, qint64 arrivedNs);

    QProcess m_parec;
    QByteArray m_raw;
    QByteArray m_partialBlock;
    int m_silentBlocks = 0;
    int m_peak = 0;
    QList<qint64> m_onsetsNs;
};

qint64 monotonicNs();

template<typename Done>
bool MonitorRecorder::waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        m_parec.waitForReadyRead(5);
        poll();
    }
    return true;
}
