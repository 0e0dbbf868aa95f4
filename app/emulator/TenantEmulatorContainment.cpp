// TenantEmulator's containment knobs: devices, the sign-in log, accountEnabled and synced users.
#include "emulator/TenantEmulatorPrivate.h"

namespace rc::emu {

QString TenantEmulator::addDevice(const QString &ownerUpnOrId, const QString &displayName,
                                  const QString &operatingSystem, bool accountEnabled)
{
    const DemoUser *owner = d->state.tenant.find(ownerUpnOrId);
    return owner ? d->state.tenant.devices()
                           .addOwned(owner->id, displayName, operatingSystem, accountEnabled)
                           .id
                 : QString();
}

bool TenantEmulator::recordSignIn(const QString &upnOrId, const QString &appDisplayName,
                                  const QDateTime &at, int errorCode, const QString &failureReason)
{
    const DemoUser *user = d->state.tenant.find(upnOrId);
    if (user)
        d->state.tenant.signIns().add({QString(), user->id, user->displayName,
                                       user->userPrincipalName, QString(), appDisplayName,
                                       at.toUTC(), errorCode, failureReason});
    return user != nullptr;
}

std::optional<bool> TenantEmulator::accountEnabled(const QString &upnOrId) const
{
    const DemoUser *user = d->state.tenant.find(upnOrId);
    return user ? std::optional<bool>(user->accountEnabled) : std::nullopt;
}

std::optional<bool> TenantEmulator::deviceAccountEnabled(const QString &idOrDeviceId) const
{
    const DemoDevice *device = d->state.tenant.devices().find(idOrDeviceId);
    return device ? std::optional<bool>(device->accountEnabled) : std::nullopt;
}

bool TenantEmulator::setOnPremisesSyncEnabled(const QString &upnOrId, bool synced,
                                              bool refuseCloudBlock)
{
    DemoUser *user = d->state.tenant.find(upnOrId);
    if (user) {
        user->onPremisesSyncEnabled = synced;
        user->cloudBlockRefused = synced && refuseCloudBlock;
    }
    return user != nullptr;
}

} // namespace rc::emu
