#pragma once
// The devices registered in the emulated tenant (Graph's microsoft.graph.device) and who owns
// each one, so /users/{id}/registeredDevices and /devices/{id} have something to answer. Part of
// DemoTenant; tests add devices through TenantEmulator::addDevice().

#include <QList>
#include <QString>

namespace rc::emu {

struct DemoDevice
{
    QString id; // the directory object id (GUID)
    QString deviceId; // the id the device registered with (GUID)
    QString displayName;
    QString operatingSystem; // "Windows", "iOS", "Android", ...
    QString operatingSystemVersion;
    QString trustType; // "AzureAd", "Workplace", "ServerAd"
    bool accountEnabled = true;
    QString registeredOwnerId; // the owning user's object id
};

class DemoDevices final
{
public:
    // By object id or deviceId ("Update device": "You can address the device using either its
    // id or deviceId."), case-insensitively. Valid until the next add().
    DemoDevice *find(const QString &idOrDeviceId);
    const DemoDevice *find(const QString &idOrDeviceId) const;
    // Stores a device; an empty id or deviceId gets a fresh GUID. Returns the stored device.
    DemoDevice &add(const DemoDevice &device);
    // A device of `ownerId` with fresh ids, joined to Entra when it runs Windows, registered
    // (workplace join) otherwise.
    DemoDevice &addOwned(const QString &ownerId, const QString &displayName,
                         const QString &operatingSystem, bool accountEnabled = true);
    // The devices `userId` is the registered owner of, in the order they were added.
    QList<const DemoDevice *> devicesOf(const QString &userId) const;
    const QList<DemoDevice> &all() const { return m_devices; }

private:
    QList<DemoDevice> m_devices;
};

} // namespace rc::emu
