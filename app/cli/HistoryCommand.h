#pragma once
// `revoke-console history [--since DATE] [--csv]`: what the audit log recorded, newest first.

#include "cli/CliOptions.h"

namespace rc::cli {

int runHistory(const CliOptions &options);

} // namespace rc::cli
