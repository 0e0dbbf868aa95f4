#pragma once
// Graph's device resources: GET /users/{id | upn}/registeredDevices (paged, $select),
// GET /devices/{id | deviceId} and PATCH /devices/{id | deviceId} {"accountEnabled": ..}, with
// the token's permissions (PermissionCheck) and, for delegated tokens, the operator's roles.

#include "emulator/GraphUsers.h"

namespace rc::emu {

class GraphDevices final
{
public:
    GraphDevices(EmulatorState &state, const GraphUsers &users);

    HttpAnswer registeredDevices(const GraphCall &call, const QString &userKey);
    HttpAnswer get(const GraphCall &call, const QString &key);
    HttpAnswer setAccountEnabled(const GraphCall &call, const QString &key);

    static const QStringList &deviceProperties();
    // A device as Graph serializes it: `select` when given, else every property the emulator
    // keeps; limited: @odata.type and id only, the rest null.
    static QJsonObject toJson(const DemoDevice &device, const QStringList &select,
                              bool limited = false);

private:
    HttpAnswer notFound(const GraphCall &call, const QString &key) const;

    EmulatorState &m_state;
    const GraphUsers &m_users;
};

} // namespace rc::emu
