#include "console.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace bb {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString readHiddenLine(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved = {};
    if (terminal) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    // One byte at a time: a buffered read would swallow the next line, which a second call
    // (the Slack login's second token) still needs.
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line += c;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return QString::fromUtf8(line).trimmed();
}

void processArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    const bool help = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))
                   || arguments.contains(QLatin1String("-?"));
    if (!help || arguments.contains(QLatin1String("--help-all"))) {
        parser.process(arguments); // Qt's own handling; --help-all needs its private Qt-options text
        return;
    }
    QString text = parser.helpText();
    const QString binary = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(binary);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, binary.size(), arguments.value(0));
    out() << text << Qt::flush;
    std::exit(0);
}

QString takeAction(const QStringList &arguments, const QStringList &actions, QStringList *rest)
{
    *rest = arguments.mid(1);
    QString action;
    for (qsizetype i = 0; i < rest->size() && action.isEmpty(); ++i) {
        if (actions.contains(rest->at(i)))
            action = rest->takeAt(i);
    }
    rest->prepend(arguments.value(0) + QLatin1Char(' ') + action);
    return action;
}

int fail(const QString &message, int exitCode)
{
    out().flush();
    err() << "bellboard: " << message << Qt::endl;
    return exitCode;
}

} // namespace bb
