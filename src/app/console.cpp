#include "console.h"

#include <QCommandLineParser>
#include <cstdio>
#include <cstdlib>

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

int fail(const QString &message, int exitCode)
{
    out().flush();
    err() << "bellboard: " << message << Qt::endl;
    return exitCode;
}

} // namespace bb
