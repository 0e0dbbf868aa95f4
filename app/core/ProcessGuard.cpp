#include "core/ProcessGuard.h"

#include "core/Logging.h"

#include <cerrno>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace rc {

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

} // namespace rc
