#pragma once
// `revoke-console history [--since DATE] [--csv]`: what the audit log recorded, newest first:
// every matching row, read a page at a time. Output that cannot be written (a full disk, a closed
// stdout) is said on stderr and exits 5.

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"

namespace rc::cli {

ExitCode runHistory(const CliOptions &options);

} // namespace rc::cli
