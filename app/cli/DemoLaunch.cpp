#include "cli/DemoLaunch.h"

#include "auth/AppRegistration.h"
#include "emulator/TenantEmulator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rc::cli {

Result<ConnectionSettings> launchDemo(emu::TenantEmulator &emulator)
{
    QString why;
    if (!emulator.start(&why)) {
        return ServiceError::make(
                ServiceError::Kind::Configuration,
                QCoreApplication::translate("rc::cli", "The demo tenant could not start: %1")
                        .arg(why));
    }
    emulator.setAutoApproveAs(QLatin1String(DemoAdmin));
    emulator.setDeviceCodeIntervalSeconds(1);
    const auto cloud = CloudEndpoints::fromJson(QJsonDocument(emulator.cloudConfig()).toJson());
    if (!cloud)
        return cloud.error();
    const auto tenant = Tenant::parse(QLatin1String(DemoTenantDomain));
    return ConnectionSettings {cloud.value(), tenant.value(), QLatin1String(DefaultClientId),
                               QString()};
}

} // namespace rc::cli
