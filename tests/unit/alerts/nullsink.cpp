#include "nullsink.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <signal.h>
#include <time.h>

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

NullSink::NullSink() = default;

NullSink::~NullSink()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished();
    }
}

QProcessEnvironment NullSink::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + m_dir.path() + QStringLiteral("/pulse/native"));
    return environment;
}

bool NullSink::start(QString *why)
{
    QProcessEnvironment serverEnvironment = environment();
    serverEnvironment.remove(QStringLiteral("PULSE_SERVER")); // the server itself listens there
    m_server.setProcessEnvironment(serverEnvironment);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // -n: no default.pa (no hardware probing); no idle exit; running as root only warns.
    m_server.start(QStringLiteral("pulseaudio"),
                   { QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                     QStringLiteral("--use-pid-file=no"), QStringLiteral("--log-target=stderr"),
                     QStringLiteral("--load=module-null-sink sink_name=bbtest rate=44100"),
                     QStringLiteral("--load=module-native-protocol-unix") });
    if (!m_server.waitForStarted()) {
        *why = QStringLiteral("cannot start pulseaudio: ") + m_server.errorString();
        return false;
    }
    const QString socket = m_dir.path() + QStringLiteral("/pulse/native");
    for (int attempt = 0; attempt < 250 && !QFileInfo::exists(socket); ++attempt) {
        if (m_server.state() == QProcess::NotRunning)
            break;
        m_server.waitForFinished(20);
    }
    if (!QFileInfo::exists(socket)) {
        *why = QStringLiteral("pulseaudio did not open %1:\n%2").arg(socket, QString::fromLocal8Bit(m_server.readAll()));
        return false;
    }
    return true;
}

MonitorRecorder::MonitorRecorder(const QProcessEnvironment &environment)
{
    m_parec.setProcessEnvironment(environment);
}

MonitorRecorder::~MonitorRecorder()
{
    if (m_parec.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_parec.processId()), SIGINT);
        if (!m_parec.waitForFinished(3000))
            m_parec.kill();
        m_parec.waitForFinished();
    }
}

bool MonitorRecorder::start(QString *why)
{
    m_parec.start(QStringLiteral("parec"),
                  { QStringLiteral("-d"), QStringLiteral("bbtest.monitor"), QStringLiteral("--raw"),
                    QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                    QStringLiteral("--rate=%1").arg(kRate), QStringLiteral("--latency-msec=5") });
    if (!m_parec.waitForStarted()) {
        *why = QStringLiteral("cannot start parec: ") + m_parec.errorString();
        return false;
    }
    // The stream is live once the silence of the idle sink starts arriving.
    if (!waitFor([this] { return m_raw.size() >= kBlock * 2 * kSilentBlocksBeforeOnset; }, 10'000)) {
        *why = QStringLiteral("parec recorded nothing: ") + QString::fromLocal8Bit(m_parec.readAllStandardError());
        return false;
    }
    return true;
}

void MonitorRecorder::poll()
{
    const QByteArray data = m_parec.readAllStandardOutput();
    if (!data.isEmpty())
        consume(data.constData(), data.size(), monotonicNs());
}

void MonitorRecorder::consume(const char *data, qsizetype bytes, qint64 arrivedNs)
{
    m_raw.append(data, bytes);
    m_partialBlock.append(data, bytes);
    const qsizetype blockBytes = kBlock * 2;
    qsizetype at = 0;
    for (; at + blockBytes <= m_partialBlock.size(); at += blockBytes) {
        int blockPeak = 0;
        for (int i = 0; i < kBlock; ++i)
            blockPeak = qMax(blockPeak, qAbs(int(qFromLittleEndian<qint16>(m_partialBlock.constData() + at + 2 * i))));
        m_peak = qMax(m_peak, blockPeak);
        if (blockPeak < kLoud) {
            ++m_silentBlocks;
            continue;
        }
        if (m_silentBlocks >= kSilentBlocksBeforeOnset)
            m_onsetsNs << arrivedNs;
        m_silentBlocks = 0;
    }
    m_partialBlock.remove(0, at);
}

bool MonitorRecorder::writeWav(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    auto le32 = [](quint32 v) { QByteArray b(4, '\0'); qToLittleEndian(v, b.data()); return b; };
    auto le16 = [](quint16 v) { QByteArray b(2, '\0'); qToLittleEndian(v, b.data()); return b; };
    const QByteArray fmt = le16(1) + le16(1) + le32(kRate) + le32(kRate * 2) + le16(2) + le16(16);
    file.write("RIFF" + le32(quint32(36 + m_raw.size())) + "WAVEfmt " + le32(16) + fmt + "data"
               + le32(quint32(m_raw.size())) + m_raw);
    return true;
}
