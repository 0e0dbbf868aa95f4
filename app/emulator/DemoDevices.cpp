#include "emulator/DemoDevices.h"

#include <QUuid>

namespace rc::emu {

DemoDevice *DemoDevices::find(const QString &idOrDeviceId)
{
    for (DemoDevice &device : m_devices) {
        if (device.id.compare(idOrDeviceId, Qt::CaseInsensitive) == 0
            || device.deviceId.compare(idOrDeviceId, Qt::CaseInsensitive) == 0)
            return &device;
    }
    return nullptr;
}

const DemoDevice *DemoDevices::find(const QString &idOrDeviceId) const
{
    return const_cast<DemoDevices *>(this)->find(idOrDeviceId);
}

DemoDevice &DemoDevices::add(const DemoDevice &device)
{
    DemoDevice stored = device;
    if (stored.id.isEmpty())
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (stored.deviceId.isEmpty())
        stored.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_devices.append(stored);
    return m_devices.last();
}

DemoDevice &DemoDevices::addOwned(const QString &ownerId, const QString &displayName,
                                  const QString &operatingSystem, bool accountEnabled)
{
    DemoDevice device;
    device.displayName = displayName;
    device.operatingSystem = operatingSystem;
    device.trustType = operatingSystem.compare(QStringLiteral("Windows"), Qt::CaseInsensitive) == 0
            ? QStringLiteral("AzureAd")
            : QStringLiteral("Workplace");
    device.accountEnabled = accountEnabled;
    device.registeredOwnerId = ownerId;
    return add(device);
}

QList<const DemoDevice *> DemoDevices::devicesOf(const QString &userId) const
{
    QList<const DemoDevice *> owned;
    for (const DemoDevice &device : m_devices) {
        if (!userId.isEmpty() && device.registeredOwnerId.compare(userId, Qt::CaseInsensitive) == 0)
            owned.append(&device);
    }
    return owned;
}

} // namespace rc::emu
