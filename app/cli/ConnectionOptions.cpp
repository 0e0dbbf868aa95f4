#include "cli/ConnectionOptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class CliTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli)
};

ServiceError invalid(const QString &text)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, text);
}

} // namespace

Result<TenantProfile> resolveProfile(const CliOptions &options, Settings &settings)
{
    QString tenantText = options.tenant.trimmed();
    if (tenantText.isEmpty())
        tenantText = settings.currentProfileId();
    if (tenantText.isEmpty())
        tenantText = QStringLiteral("organizations");
    Result<TenantProfile> found = ServiceError {};
    if (auto stored = settings.profile(TenantProfile::idFor(tenantText)))
        found = *stored;
    else
        found = TenantProfile::forTenant(tenantText);
    if (!found)
        return found.error();
    TenantProfile profile = found.value();

    if (!options.cloud.isEmpty() || !options.cloudConfig.isEmpty()) {
        const auto cloud = options.cloudConfig.isEmpty()
                ? CloudEndpoints::preset(options.cloud)
                : CloudEndpoints::fromFile(options.cloudConfig);
        if (!cloud)
            return cloud.error();
        profile.setEndpoints(cloud.value());
    }
    if (!options.clientId.isEmpty()) {
        // Exactly a GUID: QUuid::fromString reads one at the start and ignores what follows.
        if (options.clientId.size() != 36 || QUuid::fromString(options.clientId).isNull())
            return invalid(CliTr::tr("--client-id must be an application (client) ID, a GUID."));
        profile.clientId = options.clientId;
    }
    if (!options.certificate.isEmpty())
        profile.certificatePath = QFileInfo(options.certificate).absoluteFilePath();
    if (auto flow = parseFlow(options.auth))
        profile.flow = *flow;
    if (profile.flow == SignInFlow::Certificate && profile.certificatePath.isEmpty())
        return invalid(
                CliTr::tr("Certificate sign-in needs the certificate: --certificate FILE (PEM or "
                          "PFX)."));
    if (profile.flow == SignInFlow::Certificate && profile.tenant == QLatin1String("organizations"))
        return invalid(CliTr::tr("Certificate (app-only) sign-in needs the tenant: --tenant "
                                 "contoso.onmicrosoft.com."));

    settings.saveProfile(profile);
    settings.setCurrentProfileId(profile.id);
    return profile;
}

} // namespace rc::cli
