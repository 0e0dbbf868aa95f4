#include "ChildRun.h"

#include <QElapsedTimer>

#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rc::bench {

namespace {

double msOf(const timeval &t)
{
    return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
}

// Splits what arrived on one stream into lines, stamping each with the time it completed.
struct Stream
{
    int fd = -1;
    bool isStderr = false;
    QByteArray pending;

    bool readInto(QList<ChildLine> *lines, double atMs)
    {
        char buffer[4096];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return true;
        if (n <= 0) {
            if (!pending.isEmpty())
                lines->append({atMs, isStderr, pending});
            pending.clear();
            ::close(fd);
            fd = -1;
            return false;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            lines->append({atMs, isStderr, pending.left(end)});
            pending.remove(0, end + 1);
        }
        return true;
    }
};

} // namespace

const ChildLine *ChildRun::lineStartingWith(const QByteArray &prefix) const
{
    for (const ChildLine &l : lines) {
        if (!l.stderrLine && l.text.startsWith(prefix))
            return &l;
    }
    return nullptr;
}

const ChildLine *ChildRun::lineContaining(const QByteArray &text) const
{
    for (const ChildLine &l : lines) {
        if (l.text.contains(text))
            return &l;
    }
    return nullptr;
}

ChildRun runChild(const QString &program, const QStringList &args, const QStringList &environment,
                  int timeoutMs)
{
    ChildRun run;
    int out[2];
    int err[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return run;
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return run;
    }

    // Everything the child gets is built before the clock starts.
    QList<QByteArray> storage;
    storage.append(program.toLocal8Bit());
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    const qsizetype argc = storage.size();
    for (const QString &e : environment)
        storage.append(e.toLocal8Bit());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (qsizetype i = 0; i < storage.size(); ++i)
        (i < argc ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);

    QElapsedTimer clock;
    clock.start();
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return run;
    }
    run.started = true;

    const auto elapsedMs = [&clock] {
        return double(clock.nsecsElapsed()) / 1e6;
    };
    Stream streams[2] = {{out[0], false, {}}, {err[0], true, {}}};
    while (streams[0].fd >= 0 || streams[1].fd >= 0) {
        const int left = timeoutMs - int(elapsedMs());
        if (left <= 0) {
            run.timedOut = true;
            ::kill(pid, SIGKILL); // our own child, by its id
            break;
        }
        pollfd fds[2];
        nfds_t n = 0;
        Stream *polled[2];
        for (Stream &s : streams) {
            if (s.fd >= 0) {
                fds[n] = {s.fd, POLLIN, 0};
                polled[n++] = &s;
            }
        }
        if (::poll(fds, n, left) < 0 && errno != EINTR)
            break;
        for (nfds_t i = 0; i < n; ++i) {
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
                polled[i]->readInto(&run.lines, elapsedMs());
        }
    }
    for (Stream &s : streams) {
        if (s.fd >= 0)
            ::close(s.fd);
    }

    int status = 0;
    rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.wallMs = elapsedMs();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.userMs = msOf(usage.ru_utime);
    run.sysMs = msOf(usage.ru_stime);
    run.maxRssMiB = double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
    return run;
}

} // namespace rc::bench
