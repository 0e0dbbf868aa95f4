#pragma once
// `revoke-console profile list | export --tenant T --file F | import --file F`: the tenant
// profiles kept in the settings, and moving one to another machine without any secret.

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"

namespace rc::cli {

ExitCode runProfile(const CliOptions &options);

} // namespace rc::cli
