#pragma once
// PATCH /users/{id | upn} with {"accountEnabled": ..}: blocks or unblocks a user's sign-in with
// the token's permissions (PermissionCheck), the operator's roles (OperatorRoles), the stricter
// rule for targets holding privileged roles, and the refusal a synced user may be set to give.

#include "emulator/GraphUsers.h"

namespace rc::emu {

class GraphUserWrites final
{
public:
    GraphUserWrites(EmulatorState &state, const GraphUsers &users);

    HttpAnswer setAccountEnabled(const GraphCall &call, const QString &key);

private:
    EmulatorState &m_state;
    const GraphUsers &m_users;
};

} // namespace rc::emu
