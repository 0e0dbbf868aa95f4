#include "cli/DemoLaunch.h"

#include "auth/AppRegistration.h"
#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rc::cli {

Result<ConnectionSettings> launchDemo(emu::TenantEmulator &emulator, const QString &signInAs,
                                      int approvalMs)
{
    const QString account = signInAs.isEmpty() ? QLatin1String(DemoAdmin) : signInAs;
    // A code approved as nobody would leave the sign-in waiting for ever: refuse it up front.
    if (!emulator.tenant().find(account)) {
        return ServiceError::make(
                ServiceError::Kind::InvalidInput,
                QCoreApplication::translate("rc::cli",
                                            "The demo tenant has no user %1. Try %2 or %3.")
                        .arg(account, QLatin1String(DemoAdmin), QLatin1String(DemoHelpdesk)));
    }
    QString why;
    if (!emulator.start(&why)) {
        return ServiceError::make(
                ServiceError::Kind::Configuration,
                QCoreApplication::translate("rc::cli", "The demo tenant could not start: %1")
                        .arg(why));
    }
    // Approved approvalMs after issue, later than the client's first poll (sent at once), a code is
    // taken by the second poll, a second after the first.
    emulator.setAutoApproveAs(account, approvalMs);
    emulator.setDeviceCodeIntervalSeconds(1);
    const auto cloud = CloudEndpoints::fromJson(QJsonDocument(emulator.cloudConfig()).toJson());
    if (!cloud)
        return cloud.error();
    const auto tenant = Tenant::parse(QLatin1String(DemoTenantDomain));
    return ConnectionSettings {cloud.value(), tenant.value(), QLatin1String(DefaultClientId),
                               QString()};
}

} // namespace rc::cli
