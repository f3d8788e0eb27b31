#pragma once

#include <QtGlobal>

// What /proc says about a running process: for tests and benchmarks that watch the real
// binary's memory and descriptors (Linux only). Fields are -1 when the process is gone.
struct ProcessStats
{
    qint64 rssKiB = -1;     // VmRSS: resident now
    qint64 peakRssKiB = -1; // VmHWM: the most it has been resident
    int openFiles = -1;     // entries in /proc/<pid>/fd
};

ProcessStats processStats(qint64 pid);

// Raises this process's soft RLIMIT_NOFILE to at least `wanted` (within the hard limit);
// children started afterwards inherit it. False when the hard limit is lower.
bool ensureFileDescriptorLimit(quint64 wanted);
