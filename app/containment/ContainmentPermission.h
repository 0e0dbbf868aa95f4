#pragma once
// Who may take the containment steps beyond the revocation (which RevokePermission judges), so a
// refusal is predicted and named before anything is sent:
// - blocking sign-in (accountEnabled) is a sensitive action ("Who can perform sensitive actions"
//   in "Privileged roles and permissions in Microsoft Entra ID"): Authentication and User
//   Administrators act on users without an admin role and on a few roles like their own, a
//   Privileged Authentication or Global Administrator on anyone, a Helpdesk Administrator on
//   nobody;
// - disabling a device needs a Cloud Device, Intune or Global Administrator ("Update device").
// As with revocation, operator roles that are unknown, or that hold none of these (a custom or
// administrative-unit role may still allow it), leave the decision to the service: Unknown.
// App-only sign-ins have no roles: the app's permissions decide.

#include "revocation/RevokePermission.h"

namespace rc {

class ContainmentPermission final
{
public:
    static RevokeVerdict block(const OperatorGrant &grant, const RoleSet &targetRoles);
    static RevokeVerdict disableDevices(const OperatorGrant &grant);

    // "Authentication Administrator, User Administrator, ... or Global Administrator"
    static QString whoCanBlock(bool adminTarget);
    static QString whoCanDisableDevices();
};

} // namespace rc
