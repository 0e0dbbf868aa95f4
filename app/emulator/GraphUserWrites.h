#pragma once
// PATCH /users/{id | upn} with {"accountEnabled": ..}: blocks or unblocks a user's sign-in with
// the token's permissions (PermissionCheck), the operator's roles (OperatorRoles) and the rule
// that a user synced from on-premises is changed there, not through Graph.

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
