#include "processstats.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <sys/resource.h>

namespace {

qint64 statusKiB(const QByteArray &status, const QByteArray &field)
{
    const qsizetype at = status.indexOf('\n' + field + ':');
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at + 1);
    return status.mid(at + field.size() + 2, end - at - field.size() - 2).trimmed().split(' ').value(0).toLongLong();
}

} // namespace

ProcessStats processStats(qint64 pid)
{
    ProcessStats stats;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return stats;
    const QByteArray text = '\n' + status.readAll();
    stats.rssKiB = statusKiB(text, "VmRSS");
    stats.peakRssKiB = statusKiB(text, "VmHWM");
    stats.openFiles = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::System).size());
    return stats;
}

bool ensureFileDescriptorLimit(quint64 wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    if (limit.rlim_cur >= wanted)
        return true;
    if (limit.rlim_max < wanted)
        return false;
    limit.rlim_cur = wanted;
    return setrlimit(RLIMIT_NOFILE, &limit) == 0;
}
