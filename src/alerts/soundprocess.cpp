#include "soundprocess.h"

#include "soundplayer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace bb {

namespace {

// How often to look at the audio server while no child has an output.
constexpr int kTickMs = 2000;
// A fresh child this long after the last one, while a server answers: an output that appears
// is played within this (plus a child's start, ~50 ms; more under sanitizers).
constexpr qint64 kRetryMs = 4000;
// After this many fruitless children the wait doubles each time, up to kBlindRetryMs.
constexpr int kQuickTries = 3;
// A fresh child this long after the last one when no server answers where we can see.
constexpr qint64 kBlindRetryMs = 60 * 1000;
// A retired child gets this long to leave after its stdin closes, then is killed.
constexpr int kLeaveMs = 3000;

QByteArray encoded(const QString &sound)
{
    return QUrl::toPercentEncoding(sound);
}

QString decoded(const QByteArray &field)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(field));
}

bool unixSocketAnswers(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    if (name.isEmpty() || size_t(name.size()) >= sizeof address.sun_path)
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    const int result = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    const bool answers = result == 0 || errno == EAGAIN || errno == EINPROGRESS; // (a full backlog is alive)
    ::close(fd);
    return answers;
}

} // namespace

bool audioServerAnswers()
{
    QStringList sockets;
    const QString server = qEnvironmentVariable("PULSE_SERVER");
    if (!server.isEmpty()) {
        for (QString entry : server.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (entry.startsWith(QLatin1Char('{'))) // "{machine-id}address": for that machine only
                entry = entry.mid(entry.indexOf(QLatin1Char('}')) + 1);
            if (entry.startsWith(QLatin1String("unix:")))
                sockets << entry.mid(5);
            else if (entry.startsWith(QLatin1Char('/')))
                sockets << entry;
            else
                return true;
        }
    } else if (const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR"); !runtime.isEmpty()) {
        sockets << runtime + QLatin1String("/pulse/native");
    }
    return std::any_of(sockets.cbegin(), sockets.cend(), unixSocketAnswers);
}

SoundProcess::SoundProcess(const QStringList &command, QObject *parent)
    : QObject(parent)
    , m_command(command)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &SoundProcess::considerRestart);
    m_tick.start();
    m_sinceStart.start(); // the blind wait counts from here
    if (audioServerAnswers())
        startChild();
}

SoundProcess::~SoundProcess()
{
    if (!m_child)
        return;
    m_child->disconnect(this);
    m_child->closeWriteChannel();
    if (!m_child->waitForFinished(kLeaveMs))
        m_child->kill();
    m_child->waitForFinished();
    delete m_child;
}

void SoundProcess::considerRestart()
{
    if (m_available) {
        m_tick.stop();
        return;
    }
    const bool answers = audioServerAnswers();
    if (!answers)
        m_fruitless = 0; // the next server to appear gets quick tries again
    const qint64 wait = answers ? qMin(kRetryMs << qBound(0, m_fruitless - kQuickTries + 1, 5), kBlindRetryMs)
                                : kBlindRetryMs;
    if (m_sinceStart.elapsed() < wait)
        return;
    // A child that has said nothing yet is still starting (slow on a busy machine, or under
    // sanitizers): replacing it would only start the same wait again.
    if (m_child && !m_childAnswered && m_sinceStart.elapsed() < kBlindRetryMs)
        return;
    if (m_child && answers)
        ++m_fruitless;
    retireChild();
    startChild();
}

void SoundProcess::startChild()
{
    if (m_command.isEmpty())
        return;
    m_sinceStart.start();
    m_child = new QProcess(this);
    // The child's own warnings are silenced (it would repeat Qt's "no audio device" at every
    // try); what reaches its stderr anyway (a crash, a sanitizer's report) reaches ours.
    m_child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_child, &QProcess::readyReadStandardOutput, this, &SoundProcess::readAnswers);
    QProcess *child = m_child;
    connect(m_child, &QProcess::finished, this, [this, child] {
        if (child != m_child)
            return;
        m_child = nullptr;
        child->deleteLater();
        setAvailable(false);
    });
    connect(m_child, &QProcess::errorOccurred, this, [this, child](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && child == m_child) {
            m_child = nullptr;
            child->deleteLater();
            setAvailable(false);
        }
    });
    m_partialLine.clear();
    m_childAnswered = false;
    m_child->start(m_command.first(), m_command.mid(1));
    for (const QString &sound : std::as_const(m_preloads))
        send("preload " + encoded(sound));
}

// Closing its stdin ends the child; it is reaped (or killed) without waiting here.
void SoundProcess::retireChild()
{
    if (!m_child)
        return;
    QProcess *child = m_child;
    m_child = nullptr;
    child->disconnect(this);
    connect(child, &QProcess::finished, child, &QObject::deleteLater);
    QTimer::singleShot(kLeaveMs, child, [child] { child->kill(); });
    child->closeWriteChannel();
    setAvailable(false);
}

void SoundProcess::send(const QByteArray &line)
{
    if (m_child)
        m_child->write(line + '\n');
}

void SoundProcess::play(const QString &sound, double volume)
{
    send("play " + QByteArray::number(volume) + ' ' + encoded(sound));
}

void SoundProcess::preload(const QString &sound)
{
    if (m_preloads.contains(sound))
        return;
    m_preloads << sound;
    send("preload " + encoded(sound));
}

void SoundProcess::readAnswers()
{
    if (!m_child)
        return;
    m_partialLine += m_child->readAllStandardOutput();
    qsizetype end;
    while ((end = m_partialLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_partialLine.left(end);
        m_partialLine.remove(0, end + 1);
        const qsizetype space = line.indexOf(' ');
        const QByteArray word = space < 0 ? line : line.left(space);
        const QString sound = space < 0 ? QString() : decoded(line.mid(space + 1));
        m_childAnswered = true;
        if (word == "available") {
            m_fruitless = 0;
            setAvailable(true);
        } else if (word == "unavailable") {
            // A child that had an output may get it back by itself (the backend survives an
            // audio server's restart); if not, a fresh one tries.
            setAvailable(false);
        } else if (word == "started") {
            emit started(sound);
        } else if (word == "undecodable") {
            emit undecodable(sound);
        }
    }
}

void SoundProcess::setAvailable(bool available)
{
    if (!available && !m_tick.isActive())
        m_tick.start();
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

int serveSoundRequests()
{
    // Qt's audio warnings would repeat at each of the parent's retries; the parent speaks.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    const auto answer = [](const QByteArray &line) {
        const QByteArray bytes = line + '\n';
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
            if (n <= 0)
                return;
            written += n;
        }
    };
    SoundPlayer player;
    QObject::connect(&player, &SoundPlayer::availabilityChanged, &player,
                     [answer](bool available) { answer(available ? "available" : "unavailable"); });
    QObject::connect(&player, &SoundPlayer::started, &player,
                     [answer](const QString &sound) { answer("started " + encoded(sound)); });
    QObject::connect(&player, &SoundPlayer::failed, &player,
                     [answer](const QString &sound) { answer("undecodable " + encoded(sound)); });
    answer(player.isAvailable() ? "available" : "unavailable");

    QByteArray partialLine;
    QSocketNotifier requests(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&requests, &QSocketNotifier::activated, &player, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) { // the parent closed our stdin, or is gone
            requests.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        partialLine.append(buffer, n);
        qsizetype end;
        while ((end = partialLine.indexOf('\n')) >= 0) {
            const QList<QByteArray> fields = partialLine.left(end).split(' ');
            partialLine.remove(0, end + 1);
            if (fields.size() == 3 && fields[0] == "play")
                player.play(decoded(fields[2]), fields[1].toDouble());
            else if (fields.size() == 2 && fields[0] == "preload")
                player.preload(decoded(fields[1]));
        }
    });
    return QCoreApplication::exec();
}

} // namespace bb
