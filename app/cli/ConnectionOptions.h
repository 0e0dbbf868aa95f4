#pragma once
// From --tenant, --cloud, --cloud-config and --client-id to the settings of a TenantConnection.

#include "cli/CliOptions.h"
#include "revocation/TenantConnection.h"

namespace rc::cli {

Result<ConnectionSettings> connectionSettings(const CliOptions &options);

} // namespace rc::cli
