#pragma once
// Starts a program as a child process and measures it from the outside: wall time from spawn to
// exit, when each line of its output arrived, and its CPU time and peak RSS as the kernel
// accounts them at exit (wait4 rusage). POSIX only (posix_spawn, poll, wait4).

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rc::bench {

struct ChildLine
{
    double atMs = 0; // since spawn
    bool stderrLine = false;
    QByteArray text;
};

struct ChildRun
{
    bool started = false;
    bool timedOut = false; // killed after the timeout
    int exitCode = -1; // -1: it did not exit normally
    double wallMs = 0; // spawn to exit
    double userMs = 0;
    double sysMs = 0;
    double maxRssMiB = 0;
    QList<ChildLine> lines;

    double cpuMs() const { return userMs + sysMs; }
    // When the first line starting with (stdout) or containing (either stream) this arrived;
    // -1 when none did.
    const ChildLine *lineStartingWith(const QByteArray &prefix) const;
    const ChildLine *lineContaining(const QByteArray &text) const;
};

// Runs `program args` with this environment (KEY=VALUE) and stdin from /dev/null, and waits for it
// to exit (at most timeoutMs, then SIGKILL).
ChildRun runChild(const QString &program, const QStringList &args, const QStringList &environment,
                  int timeoutMs);

} // namespace rc::bench
