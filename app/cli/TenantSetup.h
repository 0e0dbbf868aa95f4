#pragma once
// What a command-line verb that acts on a tenant needs before it signs in: the built-in demo
// tenant (--demo), or the tenant profile that --tenant, --cloud and --cloud-config resolve to, the
// keychain, and the connection settings. The same steps as `revoke --user`; one object per run,
// owning what it started.

#include "cli/CliOptions.h"
#include "connection/TenantConnection.h"
#include "profile/TenantProfile.h"

#include <memory>
#include <optional>

namespace rc {
class SecretStore;
class Settings;
} // namespace rc

namespace rc::emu {
class TenantEmulator;
}

namespace rc::cli {

class TenantSetup final
{
public:
    TenantSetup();
    ~TenantSetup();
    TenantSetup(const TenantSetup &) = delete;
    TenantSetup &operator=(const TenantSetup &) = delete;

    // Refuses, before any request, what cannot work (no profile, no SharePoint admin site for
    // --channel spo).
    Result<Done> prepare(const CliOptions &options, Channel channel);

    const ConnectionSettings &connection() const { return *m_connection; } // after prepare()
    const TenantProfile &profile() const { return m_profile; }
    SecretStore *keychain() const { return m_keychain.get(); } // null with --demo
    emu::TenantEmulator *demoTenant() const { return m_demoTenant.get(); }

private:
    std::unique_ptr<emu::TenantEmulator> m_demoTenant;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::optional<ConnectionSettings> m_connection;
    TenantProfile m_profile;
};

} // namespace rc::cli
