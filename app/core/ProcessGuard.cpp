#include "core/ProcessGuard.h"

#include "core/Logging.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace rc {

namespace {
bool stdoutClosed = false;
}

bool keepMemoryPrivate()
{
    bool ok = true;
    // No core file: a crash would otherwise write every secret in memory to disk.
    const rlimit noCore {0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        qCWarning(lcAuth, "Could not turn off core files: %s", std::strerror(errno));
        ok = false;
    }
    // Not dumpable: no core file even if the limit is raised again, and no ptrace or
    // /proc/<pid>/mem for other processes of the same user.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcAuth, "Could not make the process non-dumpable: %s", std::strerror(errno));
        ok = false;
    }
    return ok;
}

void keepStandardStreamsOpen()
{
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        if (fd == STDOUT_FILENO)
            stdoutClosed = true;
        // open() returns the lowest free number: this one, as the lower ones are open by now.
        const int opened = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (opened != fd && opened >= 0)
            ::close(opened);
    }
}

bool standardOutputWasClosed()
{
    return stdoutClosed;
}

} // namespace rc
