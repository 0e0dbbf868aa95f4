#include "cli/ConnectionOptions.h"

#include "auth/AppRegistration.h"

#include <QCoreApplication>
#include <QUuid>

namespace rc::cli {

Result<ConnectionSettings> connectionSettings(const CliOptions &options)
{
    const auto cloud = options.cloudConfig.isEmpty()
            ? CloudEndpoints::preset(options.cloud.isEmpty() ? QStringLiteral("global")
                                                             : options.cloud)
            : CloudEndpoints::fromFile(options.cloudConfig);
    if (!cloud)
        return cloud.error();
    const auto tenant = Tenant::parse(options.tenant.isEmpty() ? QStringLiteral("organizations")
                                                               : options.tenant);
    if (!tenant)
        return tenant.error();
    const QString clientId
            = options.clientId.isEmpty() ? QLatin1String(DefaultClientId) : options.clientId;
    if (QUuid::fromString(clientId).isNull() || clientId.startsWith(QLatin1Char('{'))) {
        return ServiceError::make(ServiceError::Kind::InvalidInput,
                                  QCoreApplication::translate("rc::cli",
                                                              "--client-id must be an application "
                                                              "(client) ID, a GUID."));
    }
    return ConnectionSettings {cloud.value(), tenant.value(), clientId};
}

} // namespace rc::cli
