#include "emulator/OperatorRoles.h"

#include "directory/RoleTemplates.h"
#include "emulator/DemoTenant.h"

#include <algorithm>
#include <iterator>

namespace rc::emu {

namespace {

// The five roles holding microsoft.directory/users/invalidateAllRefreshTokens ("Microsoft Entra
// built-in roles": Helpdesk, Authentication, User, Privileged Authentication Administrator; Global
// Administrator holds every permission). Password Administrator resets passwords but does not hold
// it (its actions are users/password/update only), so it is not a revoker here.
enum Revoker : unsigned {
    Helpdesk = 1U << 0,
    Authentication = 1U << 1,
    User = 1U << 2,
    PrivilegedAuthentication = 1U << 3,
    Global = 1U << 4,
};
constexpr unsigned Top = PrivilegedAuthentication | Global;
constexpr unsigned Anyone = Helpdesk | Authentication | User | Top;

struct Role
{
    const char *templateId;
    const char *name;
    const char *description;
    // Which revokers may invalidate the refresh tokens of a user holding this role: the rows of
    // "Who can reset passwords" ("Privileged roles and permissions in Microsoft Entra ID").
    unsigned revokedBy;
};

const Role kRoles[] = {
        {RoleTemplates::GlobalAdministrator, "Global Administrator",
         "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft "
         "Entra identities.",
         Top},
        {RoleTemplates::PrivilegedAuthenticationAdministrator,
         "Privileged Authentication Administrator",
         "Can access to view, set and reset authentication method information for any user "
         "(admin or non-admin).",
         Top},
        {RoleTemplates::PrivilegedRoleAdministrator, "Privileged Role Administrator",
         "Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged "
         "Identity Management.",
         Top},
        {RoleTemplates::UserAdministrator, "User Administrator",
         "Can manage all aspects of users and groups, including resetting passwords for limited "
         "admins.",
         User | Top},
        {RoleTemplates::HelpdeskAdministrator, "Helpdesk Administrator",
         "Can reset passwords for non-administrators and Helpdesk Administrators.",
         Helpdesk | User | Top},
        {RoleTemplates::AuthenticationAdministrator, "Authentication Administrator",
         "Can access to view, set and reset authentication method information for any non-admin "
         "user.",
         Authentication | Top},
        {RoleTemplates::SharePointAdministrator, "SharePoint Administrator",
         "Can manage all aspects of the SharePoint service.", Top},
        {RoleTemplates::CloudDeviceAdministrator, "Cloud Device Administrator",
         "Limited access to manage devices in Microsoft Entra ID.", Top},
        {RoleTemplates::ExchangeAdministrator, "Exchange Administrator",
         "Can manage all aspects of the Exchange product.", Top},
        {RoleTemplates::SecurityAdministrator, "Security Administrator",
         "Can read security information and reports, and manage configuration in Microsoft Entra "
         "ID and Office 365.",
         Top},
        {RoleTemplates::DirectoryReaders, "Directory Readers",
         "Can read basic directory information. Commonly used to grant directory read access to "
         "applications and guests.",
         Anyone},
        {RoleTemplates::GuestInviter, "Guest Inviter",
         "Can invite guest users independent of the 'members can invite guests' setting.", Anyone},
        {RoleTemplates::MessageCenterReader, "Message Center Reader",
         "Can read messages and updates for their organization in Office 365 Message Center only.",
         Anyone},
        {RoleTemplates::PasswordAdministrator, "Password Administrator",
         "Can reset passwords for non-administrators and Password Administrators.", Anyone},
        {RoleTemplates::ReportsReader, "Reports Reader", "Can read sign-in and audit reports.",
         Anyone},
        {RoleTemplates::GroupsAdministrator, "Groups Administrator",
         "Members of this role can create/manage groups, create/manage groups settings like "
         "naming and expiration policies, and view groups activity and audit reports.",
         User | Top},
        {RoleTemplates::UserExperienceSuccessManager, "User Experience Success Manager",
         "View product feedback, survey results, and reports to find training and communication "
         "opportunities.",
         Anyone},
        {RoleTemplates::IntuneAdministrator, "Intune Administrator",
         "Can manage all aspects of the Intune product.", Top},
        {RoleTemplates::GlobalReader, "Global Reader",
         "Can read everything that a Global Administrator can, but not update anything.", Top},
        {RoleTemplates::SecurityReader, "Security Reader",
         "Can read security information and reports in Microsoft Entra ID and Office 365.", Top},
        {RoleTemplates::SecurityOperator, "Security Operator",
         "Creates and manages security events.", Top},
        {RoleTemplates::UsageSummaryReportsReader, "Usage Summary Reports Reader",
         "Read Usage reports and Adoption Score, but can't access user details.", Anyone},
};

const Role *findRole(const QString &templateId)
{
    const auto it = std::find_if(std::begin(kRoles), std::end(kRoles), [&](const Role &role) {
        return templateId.compare(QLatin1String(role.templateId), Qt::CaseInsensitive) == 0;
    });
    return it == std::end(kRoles) ? nullptr : it;
}

// The revoker bits `caller` holds.
unsigned revokerRoles(const DemoUser &caller)
{
    unsigned held = 0;
    const struct
    {
        const char *templateId;
        Revoker bit;
    } revokers[]
            = {{RoleTemplates::HelpdeskAdministrator, Helpdesk},
               {RoleTemplates::AuthenticationAdministrator, Authentication},
               {RoleTemplates::UserAdministrator, User},
               {RoleTemplates::PrivilegedAuthenticationAdministrator, PrivilegedAuthentication},
               {RoleTemplates::GlobalAdministrator, Global}};
    for (const auto &revoker : revokers) {
        if (caller.hasRole(QLatin1String(revoker.templateId)))
            held |= revoker.bit;
    }
    return held;
}

} // namespace

QString OperatorRoles::displayName(const QString &roleTemplateId)
{
    const Role *role = findRole(roleTemplateId);
    return role ? QString::fromUtf8(role->name) : QString();
}

QString OperatorRoles::description(const QString &roleTemplateId)
{
    const Role *role = findRole(roleTemplateId);
    return role ? QString::fromUtf8(role->description) : QString();
}

bool OperatorRoles::mayRevokeSessions(const DemoUser &caller, const DemoUser &target)
{
    // A user may revoke their own sessions (POST /me/revokeSignInSessions, "user:
    // revokeSignInSessions": "performed by the user or an administrator").
    if (caller.id.compare(target.id, Qt::CaseInsensitive) == 0)
        return true;
    // Each role assignment reaches the users whose every role is in its row set ("Who can reset
    // passwords": a user holding any other role, built-in or custom, needs Privileged
    // Authentication or Global Administrator). One of the caller's roles must reach all of them.
    unsigned reach = Anyone;
    for (const QString &templateId : target.roleTemplateIds) {
        const Role *role = findRole(templateId);
        reach &= role ? role->revokedBy : Top;
    }
    return (revokerRoles(caller) & reach) != 0;
}

bool OperatorRoles::mayEnableDisableUser(const DemoUser &caller, const DemoUser &target)
{
    // "Who can perform sensitive actions" ("Privileged roles and permissions in Microsoft Entra
    // ID"), row "Disable or enable users": the columns Auth, User, Privileged Auth and Global
    // Admin are the roles that may; Helpdesk Administrator is not one. The rows say whom: a user
    // with no admin role, anyone of the four; an Authentication Administrator, Auth Admin or the
    // top two; a Helpdesk or User Administrator, User Admin or the top two; "all other built-in
    // and custom roles", the top two only. No exception for oneself.
    unsigned reach = Authentication | User | Top;
    for (const QString &templateId : target.roleTemplateIds) {
        const auto holds = [&templateId](const char *id) {
            return templateId.compare(QLatin1String(id), Qt::CaseInsensitive) == 0;
        };
        if (holds(RoleTemplates::AuthenticationAdministrator))
            reach &= Authentication | Top;
        else if (holds(RoleTemplates::HelpdeskAdministrator)
                 || holds(RoleTemplates::UserAdministrator))
            reach &= User | Top;
        else
            reach &= Top;
    }
    return (revokerRoles(caller) & reach) != 0;
}

bool OperatorRoles::holdsPrivilegedRole(const DemoUser &user)
{
    // The roles of this table that "Microsoft Entra built-in roles" labels PRIVILEGED.
    for (const char *templateId :
         {RoleTemplates::GlobalAdministrator, RoleTemplates::PrivilegedAuthenticationAdministrator,
          RoleTemplates::PrivilegedRoleAdministrator, RoleTemplates::UserAdministrator,
          RoleTemplates::HelpdeskAdministrator, RoleTemplates::AuthenticationAdministrator,
          RoleTemplates::PasswordAdministrator, RoleTemplates::SecurityAdministrator,
          RoleTemplates::CloudDeviceAdministrator, RoleTemplates::IntuneAdministrator,
          RoleTemplates::GlobalReader}) {
        if (user.hasRole(QLatin1String(templateId)))
            return true;
    }
    return false;
}

bool OperatorRoles::mayEnableDisableDevice(const DemoUser &caller)
{
    // "Update device": Intune Administrator is the least privileged role; a Cloud Device
    // Administrator "can only enable or disable devices"; a Global Administrator has full
    // management privileges over the device.
    return caller.hasRole(QLatin1String(RoleTemplates::IntuneAdministrator))
            || caller.hasRole(QLatin1String(RoleTemplates::CloudDeviceAdministrator))
            || caller.hasRole(QLatin1String(RoleTemplates::GlobalAdministrator));
}

bool OperatorRoles::mayReadSignIns(const DemoUser &caller)
{
    // "List signIns": the signed-in user needs a role that reads sign-in reports: Global
    // Administrator, Global Reader, Reports Reader, Security Administrator, Security Operator or
    // Security Reader.
    for (const char *templateId :
         {RoleTemplates::GlobalAdministrator, RoleTemplates::GlobalReader,
          RoleTemplates::ReportsReader, RoleTemplates::SecurityAdministrator,
          RoleTemplates::SecurityOperator, RoleTemplates::SecurityReader}) {
        if (caller.hasRole(QLatin1String(templateId)))
            return true;
    }
    return false;
}

} // namespace rc::emu
