#include "cli/TenantSetup.h"

#include "auth/SecretStore.h"
#include "cli/ConnectionOptions.h"
#include "cli/DemoLaunch.h"
#include "emulator/TenantEmulator.h"
#include "profile/Settings.h"

namespace rc::cli {

TenantSetup::TenantSetup() = default;
TenantSetup::~TenantSetup() = default;

Result<Done> TenantSetup::prepare(const CliOptions &options, Channel channel)
{
    Result<ConnectionSettings> settings = ServiceError {};
    Result<TenantProfile> profile = ServiceError {};
    if (options.demo) {
        // The demo tenant lives for this run only: no profile, nothing in the keychain.
        m_demoTenant = std::make_unique<emu::TenantEmulator>();
        settings = launchDemo(*m_demoTenant, options.approveAs);
        if (settings)
            profile = TenantProfile::forTenant(settings.value().tenant.id());
    } else {
        m_settings = std::make_unique<Settings>();
        profile = resolveProfile(options, *m_settings);
        settings = profile ? connectionSettingsFor(profile.value())
                           : Result<ConnectionSettings>(profile.error());
        m_keychain = std::make_unique<SecretStore>();
    }
    if (!settings)
        return settings.error();
    if (!profile)
        return profile.error();
    if (channel == Channel::SharePoint) {
        const auto site = settings.value().cloud.sharePointAdmin(settings.value().tenant);
        if (!site)
            return site.error();
    }
    m_connection = settings.value();
    m_profile = profile.value();
    return Done {};
}

} // namespace rc::cli
