#include "containment/Device.h"

namespace rc {

QString Device::label() const
{
    const QString name = displayName.isEmpty() ? id : displayName;
    return operatingSystem.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, operatingSystem);
}

Device Device::fromJson(const QJsonObject &o)
{
    Device d;
    d.id = o.value(QLatin1String("id")).toString();
    d.deviceId = o.value(QLatin1String("deviceId")).toString();
    d.displayName = o.value(QLatin1String("displayName")).toString();
    d.operatingSystem = o.value(QLatin1String("operatingSystem")).toString();
    if (o.value(QLatin1String("accountEnabled")).isBool())
        d.accountEnabled = o.value(QLatin1String("accountEnabled")).toBool();
    return d;
}

QString Device::selectFields()
{
    return QStringLiteral("id,deviceId,displayName,operatingSystem,accountEnabled");
}

} // namespace rc
