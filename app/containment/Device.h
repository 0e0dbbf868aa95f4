#pragma once
// A device registered to a user, as Graph's device resource describes it: what the containment
// lists, disables and reads back ("List registeredDevices", "Update device").

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rc {

struct Device
{
    QString id; // the directory object id: what /devices/{id} addresses
    QString deviceId; // the device's own id, as Intune and the device know it
    QString displayName;
    QString operatingSystem;
    std::optional<bool> accountEnabled; // unset when Graph did not say

    // "ADELE-LAPTOP (Windows)", or the object id when the device has no name.
    QString label() const;

    static Device fromJson(const QJsonObject &o);
    // The $select of every device read.
    static QString selectFields();
};

} // namespace rc
