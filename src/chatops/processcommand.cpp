#include "processcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimer>

namespace bb {

namespace {

// Program output is plain text; stored events are mrkdwn, so its control characters go escaped.
QString asCodeBlock(const QString &text)
{
    QString escaped = mrkdwnEscaped(text);
    while (escaped.endsWith(QLatin1Char('\n')))
        escaped.chop(1);
    return QLatin1String("```\n") + escaped + QLatin1String("\n```");
}

// One run: the process, its timers, and the thread it writes into. Deletes itself when done.
class ProcessRun : public QObject
{
public:
    ProcessRun(const ProcessCommandSettings &settings, const CommandCall &call, const Event &root,
               QObject *parent)
        : QObject(parent)
        , m_settings(settings)
        , m_call(call)
        , m_root(root)
    {
        setObjectName(QStringLiteral("ProcessRun"));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setInputChannelMode(QProcess::ManagedInputChannel);
        connect(&m_process, &QProcess::readyRead, this, &ProcessRun::read);
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                close(ProcessCommandRunner::tr("could not start `%1`: %2").arg(m_program, m_process.errorString()), Level::Warn);
        });
        connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            read();
            const QString took = ProcessCommandRunner::tr("after %1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1);
            if (m_timedOut)
                close(ProcessCommandRunner::tr("timed out after %1 s and was stopped").arg(m_settings.timeoutMs / 1000.0), Level::Warn);
            else if (status == QProcess::CrashExit)
                close(ProcessCommandRunner::tr("crashed %1").arg(took), Level::Warn);
            else if (code == 0)
                close(ProcessCommandRunner::tr("exit status 0 %1").arg(took), Level::Info);
            else
                close(ProcessCommandRunner::tr("exit status %1 %2").arg(code).arg(took), Level::Warn);
        });
        m_flushTimer.setInterval(ProcessCommandRunner::kFlushIntervalMs);
        connect(&m_flushTimer, &QTimer::timeout, this, &ProcessRun::flush);
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            m_process.kill();
        });
    }

    ~ProcessRun() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    void start(const QStringList &argv)
    {
        m_program = argv.value(0);
        if (m_program.isEmpty())
            return close(ProcessCommandRunner::tr("the command has no program to run"), Level::Warn);
        if (!m_settings.workingDir.isEmpty())
            m_process.setWorkingDirectory(m_settings.workingDir);
        m_clock.start();
        m_process.start(m_program, argv.mid(1));
        m_process.closeWriteChannel();
        m_flushTimer.start();
        m_timeout.start(m_settings.timeoutMs);
    }

private:
    void read()
    {
        const QByteArray bytes = m_process.readAll();
        const qint64 room = qMax<qint64>(0, m_settings.maxOutputBytes - m_kept);
        const QByteArray kept = bytes.left(room);
        m_kept += kept.size();
        m_dropped += bytes.size() - kept.size();
        m_pending += m_decoder.decode(kept);
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        post(asCodeBlock(m_pending), Level::Info);
        m_pending.clear();
    }

    void close(const QString &status, Level level)
    {
        if (m_closed)
            return;
        m_closed = true;
        m_flushTimer.stop();
        m_timeout.stop();
        flush();
        QString text = QStringLiteral("`/%1` %2").arg(m_call.command, status);
        if (m_dropped > 0)
            text += ProcessCommandRunner::tr(" (output cut at %1 bytes; %2 more bytes not kept)").arg(m_settings.maxOutputBytes).arg(m_dropped);
        post(text, level);
        deleteLater();
    }

    void post(const QString &text, Level level)
    {
        Event event;
        event.channel = m_root.channel;
        event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        event.source = QStringLiteral("command");
        event.senderName = m_call.command;
        event.level = level;
        event.text = text;
        event.threadKey = QString::number(m_root.id);
        m_call.output->post(event);
    }

    ProcessCommandSettings m_settings;
    CommandCall m_call;
    Event m_root;
    QProcess m_process;
    QString m_program;
    QTimer m_flushTimer;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QStringDecoder m_decoder{ QStringDecoder::Utf8 };
    QString m_pending;
    qint64 m_kept = 0;
    qint64 m_dropped = 0;
    bool m_timedOut = false;
    bool m_closed = false;
};

} // namespace

ProcessCommandRunner::ProcessCommandRunner(QObject *parent)
    : QObject(parent)
{
}

CommandHandler ProcessCommandRunner::handlerFor(const ProcessCommandSettings &settings)
{
    return [this, settings](const CommandCall &call) { run(settings, call); };
}

QStringList ProcessCommandRunner::expandArgv(const QStringList &argv, const CommandCall &call)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([A-Za-z0-9_.-]+)\})"));
    QHash<QString, QString> values = call.arguments;
    values.insert(QStringLiteral("user"), call.userName);
    values.insert(QStringLiteral("channel"), call.channel);
    values.insert(QStringLiteral("text"), call.text);
    QStringList out;
    for (const QString &element : argv) {
        const QRegularExpressionMatch whole = placeholder.match(element);
        if (whole.hasMatch() && whole.capturedLength() == element.size() && values.value(whole.captured(1)).isEmpty())
            continue;
        QString expanded;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(element); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            expanded += element.mid(last, match.capturedStart() - last) + values.value(match.captured(1));
            last = match.capturedEnd();
        }
        out << expanded + element.mid(last);
    }
    return out;
}

int ProcessCommandRunner::runningCount() const
{
    return int(findChildren<QObject *>(QStringLiteral("ProcessRun"), Qt::FindDirectChildrenOnly).size());
}

void ProcessCommandRunner::run(const ProcessCommandSettings &settings, const CommandCall &call)
{
    Event root;
    root.channel = call.channel;
    root.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    root.source = QStringLiteral("command");
    root.senderName = call.userName;
    root.text = QStringLiteral("`/%1%2`").arg(call.command, call.text.isEmpty() ? QString() : QLatin1Char(' ') + call.text);
    const QStringList argv = expandArgv(settings.argv, call);
    QPointer<ProcessCommandRunner> self(this);
    call.output->post(root, [self, settings, call, argv](const Event &stored) {
        if (!self)
            return;
        if (stored.id == 0) {
            call.reply(CommandAnswer::error(ProcessCommandRunner::tr("/%1 was not run: the command could not be stored").arg(call.command)));
            return;
        }
        auto *run = new ProcessRun(settings, call, stored, self);
        run->start(argv);
    });
}

} // namespace bb
