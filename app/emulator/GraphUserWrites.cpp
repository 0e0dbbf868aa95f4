#include "emulator/GraphUserWrites.h"

#include "emulator/GraphAccountEnabledBody.h"
#include "emulator/OperatorRoles.h"

namespace rc::emu {

GraphUserWrites::GraphUserWrites(EmulatorState &state, const GraphUsers &users)
    : m_state(state)
    , m_users(users)
{ }

HttpAnswer GraphUserWrites::setAccountEnabled(const GraphCall &call, const QString &key)
{
    bool enabled = true;
    HttpAnswer error;
    if (!GraphAccountEnabledBody::read(call, QStringLiteral("user"), GraphUsers::userProperties(),
                                       &enabled, &error))
        return error;
    if (!PermissionCheck::allows(*call.token, PermissionCheck::Call::EnableDisableUser))
        return GraphUsers::denied(call);
    DemoUser *user = m_state.tenant.find(key);
    if (!user)
        return m_users.notFound(call, key);
    if (!call.token->isAppOnly()) {
        const DemoUser *caller = m_state.tenant.find(call.token->userId);
        if (!caller || !OperatorRoles::mayEnableDisableUser(*caller, *user))
            return GraphUsers::denied(call);
    }
    // "Update user": properties of a user synced from on-premises Active Directory are mastered
    // there; Graph refuses to change them (Microsoft Entra Connect, "Troubleshoot object
    // synchronization").
    if (user->onPremisesSyncEnabled)
        return call.error(400, QStringLiteral("Request_BadRequest"),
                          QStringLiteral("Unable to update the specified properties for "
                                         "on-premises mastered Directory Sync objects or objects "
                                         "currently undergoing migration."));
    user->accountEnabled = enabled;
    // "Update user", Response: 204 No Content.
    HttpAnswer answer;
    answer.status = 204;
    call.addHeaders(answer);
    return answer;
}

} // namespace rc::emu
