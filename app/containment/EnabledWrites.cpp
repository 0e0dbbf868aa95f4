#include "containment/EnabledWrites.h"

namespace rc::enabledWrites {

CheckedWrite::Write setUser(ContainmentClient &client, QObject *context, const QString &userId,
                            bool enabled)
{
    return [&client, context, userId, enabled](std::function<void(Result<Done>)> onDone) {
        return client.setUserEnabled(userId, enabled, context, std::move(onDone));
    };
}

CheckedWrite::ReadBack userReads(ContainmentClient &client, QObject *context, const QString &userId,
                                 bool enabled)
{
    return [&client, context, userId, enabled](std::function<void(Result<bool>)> onDone) {
        return client.userEnabled(
                userId, context,
                [enabled, onDone = std::move(onDone)](Result<std::optional<bool>> now) {
                    if (!now)
                        onDone(now.error());
                    else
                        onDone(now.value() == enabled);
                });
    };
}

CheckedWrite::Write setDevice(ContainmentClient &client, QObject *context,
                              const QString &deviceObjectId, bool enabled)
{
    return [&client, context, deviceObjectId, enabled](std::function<void(Result<Done>)> onDone) {
        return client.setDeviceEnabled(deviceObjectId, enabled, context, std::move(onDone));
    };
}

CheckedWrite::ReadBack deviceReads(ContainmentClient &client, QObject *context,
                                   const QString &deviceObjectId, bool enabled)
{
    return [&client, context, deviceObjectId, enabled](std::function<void(Result<bool>)> onDone) {
        return client.device(deviceObjectId, context,
                             [enabled, onDone = std::move(onDone)](Result<Device> d) {
                                 if (!d)
                                     onDone(d.error());
                                 else
                                     onDone(d.value().accountEnabled == enabled);
                             });
    };
}

} // namespace rc::enabledWrites
