#pragma once
// What the benchmarks measure with: time, CPU and memory of processes from /proc, and the need() that ends a benchmark
// on the first error. Linux only, as the benchmarks are.

#include "sync/store/Error.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace zs::bench {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

[[noreturn]] inline void die(const char* what, const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.toString()));
    std::exit(1);
}

template <typename T> T need(Result<T> r, const char* what)
{
    if (!r.ok())
        die(what, r.error());
    return std::move(r.value());
}

inline void need(Result<void> r, const char* what)
{
    if (!r.ok())
        die(what, r.error());
}

// /proc/<pid>/status field in KiB (VmHWM: peak resident set, VmRSS: now).
inline qint64 statusKiB(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU seconds (user + system) of a process from /proc/<pid>/stat.
inline double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds every process on the machine has used (/proc/stat: all states but idle and iowait), to tell how much
// of the cores other people's work took during a measurement.
inline double machineBusySeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readLine().simplified().split(' '); // "cpu user nice system idle iowait ..."
    qint64 busy = 0;
    for (int i = 1; i < fields.size(); ++i)
        if (i != 4 && i != 5 && i <= 8) // guest times are already in user and nice
            busy += fields[i].toLongLong();
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

inline double selfCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (char& b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

inline double percentile(std::vector<double> values, int p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, values.size() * std::size_t(p) / 100)];
}

} // namespace zs::bench
