#pragma once
// The emulator's own copy of the Entra directory roles it knows (names and descriptions from
// "Microsoft Entra built-in roles", learn.microsoft.com/entra/identity/role-based-access-control/
// permissions-reference) and of who may invalidate whose refresh tokens ("Who can reset passwords"
// in "Privileged roles and permissions in Microsoft Entra ID"). Deliberately independent of the
// client's role model: only the template ids in directory/RoleTemplates.h are shared.

#include <QString>

namespace rc::emu {

struct DemoUser;

namespace ExtraRoleTemplates {
// Roles the revoke matrix names that RoleTemplates.h does not (yet) carry ("Microsoft Entra
// built-in roles", All roles table).
inline constexpr char DirectoryReaders[] = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
inline constexpr char GuestInviter[] = "95e79109-95c0-4d8e-aee3-d01accf2d47b";
inline constexpr char MessageCenterReader[] = "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b";
inline constexpr char PasswordAdministrator[] = "966707d0-3269-4727-9be2-8c3a10f19b9d";
inline constexpr char ReportsReader[] = "4a5d8f65-41da-4de4-8968-e035b65339cf";
inline constexpr char GroupsAdministrator[] = "fdd7a751-b60b-444a-984c-02652fe8fa1c";
inline constexpr char UserExperienceSuccessManager[] = "27460883-1df1-4691-b032-3b79643e5e63";
inline constexpr char UsageSummaryReportsReader[] = "75934031-6c7e-415a-99d7-48dbd49e875e";
} // namespace ExtraRoleTemplates

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
};

} // namespace rc::emu
