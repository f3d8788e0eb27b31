#include "commands.h"
#include "app/config/config.h"
#include "console.h"
#include "app/eventdelivery.h"
#include "app/config/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>

#include <cstdio>

namespace bb {

namespace {

constexpr qsizetype kKeptOutputBytes = 64 * 1024; // what is kept of the output to take the tail from
constexpr int kTailLines = 20;
constexpr int kTailChars = 4000;

// The command's outcome as a person reads it in a feed.
struct Outcome
{
    bool started = false;
    bool crashed = false;
    int exitCode = 0;
    qint64 durationMs = 0;
    QByteArray output; // the last kKeptOutputBytes of stdout and stderr, merged
    QString startError;
};

Outcome runAndCapture(const QStringList &command)
{
    Outcome outcome;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyRead, &loop, [&] {
        const QByteArray chunk = process.readAll();
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stdout); // still show it, cron-style
        outcome.output += chunk;
        if (outcome.output.size() > kKeptOutputBytes)
            outcome.output.remove(0, outcome.output.size() - kKeptOutputBytes);
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            outcome.startError = process.errorString();
            loop.quit();
        }
    });
    clock.start();
    process.start(command.first(), command.mid(1));
    loop.exec();
    std::fflush(stdout);
    outcome.durationMs = clock.elapsed();
    outcome.started = outcome.startError.isEmpty();
    outcome.crashed = outcome.started && process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = outcome.started ? process.exitCode() : 127;
    return outcome;
}

QString tailOf(const QByteArray &output)
{
    QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QString tail = lines.mid(qMax(0, int(lines.size()) - kTailLines)).join(QLatin1Char('\n'));
    if (tail.size() > kTailChars)
        tail = QStringLiteral("…") + tail.right(kTailChars);
    return tail;
}

QString describe(const QString &name, const Outcome &outcome)
{
    const QString duration = QString::number(double(outcome.durationMs) / 1000.0, 'f', 1);
    if (!outcome.started)
        return Cli::tr("`%1` could not start: %2").arg(name, outcome.startError);
    if (outcome.crashed)
        return Cli::tr("`%1` crashed after %2 s").arg(name, duration);
    if (outcome.exitCode != 0)
        return Cli::tr("`%1` failed with exit status %2 after %3 s").arg(name).arg(outcome.exitCode).arg(duration);
    return Cli::tr("`%1` succeeded in %2 s").arg(name, duration);
}

} // namespace

int runRunCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Run a command and post its outcome (exit status, duration, the tail of its output); "
                                             "exit with the command's status. For scheduled tasks: bellboard run -c application-stats -- ./nightly-cleanup.sh"));
    parser.addHelpOption();
    addPathOptions(parser);
    parser.addOption({ { QStringLiteral("c"), QStringLiteral("channel") },
                       Cli::tr("Post to <channel> (default: application-stats)."),
                       QStringLiteral("channel") });
    parser.addOption({ { QStringLiteral("t"), QStringLiteral("title") },
                       Cli::tr("Name the task in the post (default: the command)."),
                       QStringLiteral("name") });
    parser.addOption({ QStringLiteral("as"), Cli::tr("Sender name shown with the event."), QStringLiteral("name") });
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command and its arguments, after --."),
                                 QStringLiteral("-- COMMAND [ARG…]"));
    processArguments(parser, arguments);
    const QStringList command = parser.positionalArguments();
    if (command.isEmpty())
        return fail(Cli::tr("no command given: bellboard run [-c CHANNEL] -- COMMAND [ARG…]"), 2);

    const AppPaths paths = AppPaths::fromOptions(parser);
    const Config config = loadConfig(paths.configFile).config;

    const Outcome outcome = runAndCapture(command);
    const QString name = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                               : command.join(QLatin1Char(' '));
    OutgoingEvent event;
    event.channel = parser.isSet(QStringLiteral("channel")) ? parser.value(QStringLiteral("channel"))
                                                            : QStringLiteral("application-stats");
    event.username = parser.isSet(QStringLiteral("as")) ? parser.value(QStringLiteral("as")) : QStringLiteral("bellboard run");
    event.level = (outcome.started && !outcome.crashed && outcome.exitCode == 0) ? QStringLiteral("info")
                                                                                 : QStringLiteral("crit");
    event.title = describe(name, outcome);
    const QString tail = tailOf(outcome.output);
    event.text = QStringLiteral("$ ") + command.join(QLatin1Char(' '))
               + (tail.isEmpty() ? QString() : QStringLiteral("\n```\n") + tail + QStringLiteral("\n```"));

    const DeliveryResult delivered = deliverEvent(event, config, directStoreLocation(paths, config));
    if (!delivered.ok)
        fail(Cli::tr("the outcome could not be posted: %1").arg(delivered.error));
    else if (delivered.storedDirectly)
        err() << Cli::tr("bellboard: no instance is running; the outcome was written to the store directly") << Qt::endl;
    if (outcome.crashed)
        return 255;
    return outcome.exitCode;
}

} // namespace bb
