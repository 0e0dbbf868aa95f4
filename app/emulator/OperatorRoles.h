#pragma once
// The emulator's own copy of the Entra directory roles it knows (names and descriptions from
// "Microsoft Entra built-in roles", learn.microsoft.com/entra/identity/role-based-access-control/
// permissions-reference) and of who may invalidate whose refresh tokens ("Who can reset passwords"
// in "Privileged roles and permissions in Microsoft Entra ID"). Deliberately independent of the
// client's role model: only the template ids in directory/RoleTemplates.h are shared.

#include <QString>

namespace rc::emu {

struct DemoUser;

class OperatorRoles final
{
public:
    // "Global Administrator" etc.; empty for a template id the emulator does not know.
    static QString displayName(const QString &roleTemplateId);
    // The role's one-line description as Graph returns it on a directoryRole.
    static QString description(const QString &roleTemplateId);

    // Whether `caller` may call revokeSignInSessions on `target` with a delegated token
    // (microsoft.directory/users/invalidateAllRefreshTokens, limited by the target's roles).
    static bool mayRevokeSessions(const DemoUser &caller, const DemoUser &target);
    // Whether `caller` may set `target`'s accountEnabled with a delegated token
    // (microsoft.directory/users/disable and enable, limited by the target's roles).
    static bool mayEnableDisableUser(const DemoUser &caller, const DemoUser &target);
    // Whether `user` holds a role Microsoft labels privileged: "Update user" then wants more of
    // the caller to change a sensitive property such as accountEnabled.
    static bool holdsPrivilegedRole(const DemoUser &user);
    // Whether `caller` may set a device's accountEnabled with a delegated token.
    static bool mayEnableDisableDevice(const DemoUser &caller);
    // Whether `caller` may read the sign-in log with a delegated token.
    static bool mayReadSignIns(const DemoUser &caller);
};

} // namespace rc::emu
