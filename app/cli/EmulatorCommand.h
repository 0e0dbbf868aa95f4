#pragma once
// `revoke-console emulator`: the demo tenant as a standalone local server. Prints its
// --cloud-config JSON on stdout (one line), so the CLI and the window can be pointed at it, and
// runs until interrupted. --write-quota RATE[:BURST] (writes per second, burst; or else
// REVOKE_EMULATOR_WRITE_QUOTA in the same form) starts it with Graph-style write throttling, for
// trying bulk revocation against it; --latency MS delays every answer.

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"

#include <memory>
#include <optional>

namespace rc::emu {
class TenantEmulator;
}

namespace rc::cli {

class EmulatorCommand final
{
public:
    explicit EmulatorCommand(CliOptions options);
    ~EmulatorCommand();

    // The exit code if it cannot start; nothing while it runs.
    std::optional<ExitCode> start();

    // "RATE" or "RATE:BURST" (RATE > 0 writes per second; BURST defaults to RATE rounded up).
    static bool parseWriteQuota(const QString &text, double *perSecond, int *burst);
    // Whole milliseconds from 0 to MaxLatencyMs.
    static bool parseLatency(const QString &text, int *ms);
    static constexpr int MaxLatencyMs = 60000;

private:
    bool readWriteQuota(double *perSecond, int *burst) const; // false: said why on stderr
    bool readLatency(int *ms) const;

    CliOptions m_options;
    std::unique_ptr<emu::TenantEmulator> m_emulator;
};

} // namespace rc::cli
