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
    // "Update user": to change accountEnabled of a user holding a privileged admin role, a
    // delegated token needs Directory.AccessAsUser.All and an app-only one a privileged role of
    // its own (the emulator grants apps none).
    const bool privilegedTarget = OperatorRoles::holdsPrivilegedRole(*user);
    if (call.token->isAppOnly()) {
        if (privilegedTarget)
            return GraphUsers::denied(call);
    } else {
        const DemoUser *caller = m_state.tenant.find(call.token->userId);
        if (!caller || !OperatorRoles::mayEnableDisableUser(*caller, *user)
            || (privilegedTarget
                && !call.token->scopes.contains(QStringLiteral("Directory.AccessAsUser.All"),
                                                Qt::CaseInsensitive)))
            return GraphUsers::denied(call);
    }
    // Microsoft documents no refusal for a synced user: the Connect FAQ ("If I block user
    // sign-in ... for synced users, why it's unblocked upon signing in again?") says the cloud
    // block is set and on-premises sync may undo it. A user marked cloudBlockRefused gets the
    // 400 Graph answers for properties mastered on-premises (Request_BadRequest, as reported
    // for other synced properties).
    if (user->onPremisesSyncEnabled && user->cloudBlockRefused)
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
