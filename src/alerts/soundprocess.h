#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace bb {

// Plays alert sounds in a child process, for when this process cannot: Qt 6.4's PulseAudio
// backend connects once, when the process first touches audio, and never retries if no audio
// server was running then (a Bellboard started at login, before PulseAudio or PipeWire).
// A fresh process connects afresh, so a child is started again until one finds an output,
// and again when one ends. It stays running between alerts (a start costs ~50 ms of loading
// Qt; an alert costs one line on a pipe).
//
// When to try a fresh child: every 4 s while a server answers on the socket libpulse would
// use (PULSE_SERVER's, else the session's), slowing down to once a minute after a few
// fruitless tries (a server without any output); once a minute when nothing answers there
// (a server this cannot see, such as one named only in client.conf). So a machine without
// sound starts no child most of the time, and a server that comes up is used within ~4 s.
//
// The child is `command` (Bellboard's own binary with a hidden subcommand), running
// serveSoundRequests(). It reads requests on stdin and answers on stdout, one line each:
//   → play <volume> <sound>     → preload <sound>
//   ← available                 ← unavailable
//   ← started <sound>           ← undecodable <sound>
// (sounds percent-encoded, so any path fits on one line). Its stdin closing ends it.
class SoundProcess : public QObject
{
    Q_OBJECT
public:
    // `command`: the program, then its arguments. Starts the first child at once.
    explicit SoundProcess(const QStringList &command, QObject *parent = nullptr);
    ~SoundProcess() override;

    bool isAvailable() const { return m_available; }
    void play(const QString &sound, double volume);
    // Remembered, and sent to every child it starts, so the first alert after a restart is quick too.
    void preload(const QString &sound);

signals:
    void availabilityChanged(bool available);
    void started(const QString &sound);
    void undecodable(const QString &sound);

private:
    void considerRestart();
    void startChild();
    void retireChild();
    void readAnswers();
    void setAvailable(bool available);
    void send(const QByteArray &line);

    QStringList m_command;
    QProcess *m_child = nullptr;
    QByteArray m_partialLine;
    bool m_childAnswered = false; // the newest child said whether it has an output
    bool m_available = false;
    QStringList m_preloads;
    QTimer m_tick;              // runs while no child has an output
    QElapsedTimer m_sinceStart; // of the newest child
    int m_fruitless = 0;        // children without an output while a server answered
};

// Whether an audio server accepts connections where libpulse would look for one (each unix:
// entry of PULSE_SERVER, else $XDG_RUNTIME_DIR/pulse/native, where PipeWire's pulse server
// listens too). Also true when PULSE_SERVER names a server this cannot check (tcp:, a host).
bool audioServerAnswers();

// The child's side: plays what stdin asks with a SoundPlayer and reports on stdout, until
// stdin closes. Needs a QCoreApplication; returns the exit code.
int serveSoundRequests();

} // namespace bb
