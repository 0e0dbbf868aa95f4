#pragma once
// Which Microsoft Graph permissions in an access token allow a call: the "Permissions" table of
// each call's page on learn.microsoft.com (least and higher privileged, delegated `scp` or
// application `roles`). A token lacking all of them gets 403 Authorization_RequestDenied.

#include "emulator/TokenStore.h"

namespace rc::emu {

class PermissionCheck final
{
public:
    enum class Call {
        ReadSignedInUser, // GET /me, or /users/{own id}
        ReadUser, // GET /users/{id | upn} of another user
        ListUsers, // GET /users ($search, $filter)
        ReadOwnMemberships, // GET /me/transitiveMemberOf, /me/memberOf
        ReadUserMemberships, // the same on another user
        RevokeSessions, // POST /users/{id | upn}/revokeSignInSessions
        ReadSignInActivity, // $select=signInActivity, in addition to the read itself
        EnableDisableUser, // PATCH /users/{id | upn} {"accountEnabled": ..}
        ReadOwnDevices, // GET /me/registeredDevices, or /users/{own id}/registeredDevices
        ReadUserDevices, // the same on another user
        ReadDeviceProperties, // a device's properties inside a directoryObject collection
        ReadDevice, // GET /devices/{id}
        UpdateDevice, // PATCH /devices/{id}
        ListSignIns, // GET /auditLogs/signIns
    };

    static bool allows(const AccessGrant &token, Call call);
    // A delegated token that may read other users only through User.ReadBasic.All: Graph gives it
    // the basic profile (the properties isBasic() lists in GraphUsers.cpp) and nothing else.
    static bool basicProfileOnly(const AccessGrant &token);

private:
    static bool holdsAny(const AccessGrant &token, const QStringList &permissions);
};

} // namespace rc::emu
