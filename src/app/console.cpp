#include "console.h"

#include <cstdio>

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

int fail(const QString &message, int exitCode)
{
    out().flush();
    err() << "bellboard: " << message << Qt::endl;
    return exitCode;
}

} // namespace bb
