#pragma once
// `revoke-console emulator`: the demo tenant as a standalone local server. Prints its
// --cloud-config JSON on stdout (one line), so the CLI and the window can be pointed at it, and
// runs until interrupted. REVOKE_EMULATOR_WRITE_QUOTA="RATE[:BURST]" (writes per second, burst)
// starts it with Graph-style write throttling, for trying bulk revocation against it.

#include "cli/CliOptions.h"

#include <memory>

namespace rc::emu {
class TenantEmulator;
}

namespace rc::cli {

class EmulatorCommand final
{
public:
    explicit EmulatorCommand(CliOptions options);
    ~EmulatorCommand();

    // The exit code if it cannot start; -1 while it runs.
    int start();

    // "RATE" or "RATE:BURST" (RATE > 0 writes per second; BURST defaults to RATE rounded up).
    static bool parseWriteQuota(const QString &text, double *perSecond, int *burst);

private:
    CliOptions m_options;
    std::unique_ptr<emu::TenantEmulator> m_emulator;
};

} // namespace rc::cli
