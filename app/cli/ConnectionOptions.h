#pragma once
// From --tenant, --cloud, --cloud-config, --client-id, --auth and --certificate to a tenant
// profile: the one --tenant names (created on first use, updated by the options given), else the
// profile used last, else "organizations". The profile used becomes the current one.

#include "cli/CliOptions.h"
#include "profile/ProfileSignIn.h"
#include "profile/Settings.h"

namespace rc::cli {

Result<TenantProfile> resolveProfile(const CliOptions &options, Settings &settings);

} // namespace rc::cli
