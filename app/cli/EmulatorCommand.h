#pragma once
// `revoke-console emulator`: the demo tenant as a standalone local server. Prints its
// --cloud-config JSON on stdout (one line), so the CLI and the window can be pointed at it, and
// runs until interrupted.

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

private:
    CliOptions m_options;
    std::unique_ptr<emu::TenantEmulator> m_emulator;
};

} // namespace rc::cli
