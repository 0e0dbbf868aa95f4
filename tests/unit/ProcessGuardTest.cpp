#include "core/ProcessGuard.h"

#include <gtest/gtest.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rc;

// In a child, so the test process itself stays debuggable: after the call no core file can be
// written and the process is not dumpable (no ptrace, no /proc/<pid>/mem for the same user).
TEST(ProcessGuard, TurnsOffCoreFilesAndDumpability)
{
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        int failures = 0;
        const rlimit some {1 << 20, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &some); // as a shell with `ulimit -c unlimited` would leave it
        if (!keepMemoryPrivate())
            failures |= 1;
        rlimit now {};
        if (getrlimit(RLIMIT_CORE, &now) != 0 || now.rlim_cur != 0 || now.rlim_max != 0)
            failures |= 2;
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
            failures |= 4;
        _exit(failures);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: call failed, 2: core limit not 0, 4: still dumpable";
}
