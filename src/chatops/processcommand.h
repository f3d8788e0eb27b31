#pragma once

#include "commandregistry.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace bb {

struct ProcessCommandSettings
{
    // argv: the program, then its arguments. "{name}" is replaced by the usage's argument
    // (or {user}, {channel}, {text}); an element that is only a placeholder with no value is
    // left out (an optional part not given). Never run through a shell.
    QStringList argv;
    QString workingDir;                // empty: Bellboard's own
    int timeoutMs = 60 * 1000;         // then the process is killed
    qint64 maxOutputBytes = 64 * 1024; // output kept beyond this is dropped (and counted)
};

// Hubot/Errbot-style commands: runs a program and streams what it prints into a thread
// under the command. The command itself is stored as an event in the channel; its output
// follows as events with threadKey = that event's id, about twice a second while it runs;
// the exit status (or the timeout) closes the thread.
class ProcessCommandRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProcessCommandRunner(QObject *parent = nullptr);

    CommandHandler handlerFor(const ProcessCommandSettings &settings);
    void run(const ProcessCommandSettings &settings, const CommandCall &call);

    static QStringList expandArgv(const QStringList &argv, const CommandCall &call);
    int runningCount() const;

    static constexpr int kFlushIntervalMs = 500;
};

} // namespace bb
