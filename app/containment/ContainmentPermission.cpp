#include "containment/ContainmentPermission.h"

#include "directory/RoleTemplates.h"

#include <QCoreApplication>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class ContainmentPermissionTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::ContainmentPermission)
};

using Roles = QList<const char *>;

// "Who can perform sensitive actions" ("Privileged roles and permissions in Microsoft Entra ID"),
// row "Disable or enable users": who may block a user holding no admin role, in the order
// messages name them. Helpdesk Administrators may not.
const Roles MemberBlockers {
        RoleTemplates::AuthenticationAdministrator, RoleTemplates::UserAdministrator,
        RoleTemplates::PrivilegedAuthenticationAdministrator, RoleTemplates::GlobalAdministrator};
// Every role the table lists no lighter column for (all other built-in and custom roles).
const Roles AdminBlockers {RoleTemplates::PrivilegedAuthenticationAdministrator,
                           RoleTemplates::GlobalAdministrator};
// "Update device": Intune Administrator is the least privileged; a Cloud Device Administrator may
// only enable or disable; a Global Administrator may do anything.
const Roles DeviceManagers {RoleTemplates::CloudDeviceAdministrator,
                            RoleTemplates::IntuneAdministrator, RoleTemplates::GlobalAdministrator};

// The table's rows: who may block a user holding `targetRole`.
Roles blockersOfRole(const QString &targetRole)
{
    const auto is = [&targetRole](const char *id) {
        return targetRole.compare(QLatin1String(id), Qt::CaseInsensitive) == 0;
    };
    if (is(RoleTemplates::HelpdeskAdministrator) || is(RoleTemplates::UserAdministrator))
        return {RoleTemplates::UserAdministrator,
                RoleTemplates::PrivilegedAuthenticationAdministrator,
                RoleTemplates::GlobalAdministrator};
    if (is(RoleTemplates::AuthenticationAdministrator))
        return {RoleTemplates::AuthenticationAdministrator,
                RoleTemplates::PrivilegedAuthenticationAdministrator,
                RoleTemplates::GlobalAdministrator};
    return AdminBlockers;
}

Roles blockersOf(const RoleSet &target)
{
    Roles allowed = MemberBlockers;
    for (const DirectoryRole &role : target.roles()) {
        const Roles forRole = blockersOfRole(role.roleTemplateId);
        allowed.removeIf([&forRole](const char *id) { return !forRole.contains(id); });
    }
    return allowed;
}

RevokeVerdict allowed()
{
    return {RevokeVerdict::Kind::Allowed, {}, {}};
}

} // namespace

QString ContainmentPermission::whoCanBlock(bool adminTarget)
{
    return RevokePermission::roleNames(adminTarget ? AdminBlockers : MemberBlockers);
}

QString ContainmentPermission::whoCanDisableDevices()
{
    return RevokePermission::roleNames(DeviceManagers);
}

RevokeVerdict ContainmentPermission::block(const OperatorGrant &grant, const RoleSet &targetRoles)
{
    if (grant.appOnly)
        return {RevokeVerdict::Kind::Unknown, {}, {}};
    const RoleSet &roles = grant.roles;
    if (!roles.isKnown())
        return {RevokeVerdict::Kind::Unknown,
                ContainmentPermissionTr::tr("Your directory roles are unknown (%1), so Microsoft "
                                            "365 will decide whether "
                                            "you may block sign-in.")
                        .arg(roles.unknownReason()),
                {}};
    if (!RevokePermission::holdsAnyOf(roles, MemberBlockers))
        return {RevokeVerdict::Kind::Unknown,
                ContainmentPermissionTr::tr(
                        "None of your directory roles (%1) may block sign-in: unless a custom or "
                        "administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.")
                        .arg(RevokePermission::rolesOf(roles),
                             RevokePermission::roleNames(MemberBlockers)),
                RevokePermission::roleNames(MemberBlockers)};
    if (!targetRoles.isKnown())
        return {RevokeVerdict::Kind::Unknown,
                ContainmentPermissionTr::tr("This user's directory roles are unknown (%1), so "
                                            "Microsoft 365 will decide "
                                            "whether you may block their sign-in.")
                        .arg(targetRoles.unknownReason()),
                {}};
    const Roles allowedHere = blockersOf(targetRoles);
    if (RevokePermission::holdsAnyOf(roles, allowedHere))
        return allowed();
    const QString who = RevokePermission::roleNames(allowedHere);
    return {RevokeVerdict::Kind::Refused,
            ContainmentPermissionTr::tr(
                    "Your roles (%1) may not block the sign-in of a user who holds %2: a %3 can.")
                    .arg(RevokePermission::rolesOf(roles),
                         targetRoles.names().join(QLatin1String(", ")), who),
            who};
}

RevokeVerdict ContainmentPermission::disableDevices(const OperatorGrant &grant)
{
    if (grant.appOnly)
        return {RevokeVerdict::Kind::Unknown, {}, {}};
    const RoleSet &roles = grant.roles;
    if (!roles.isKnown())
        return {RevokeVerdict::Kind::Unknown,
                ContainmentPermissionTr::tr("Your directory roles are unknown (%1), so Microsoft "
                                            "365 will decide whether "
                                            "you may disable devices.")
                        .arg(roles.unknownReason()),
                {}};
    if (RevokePermission::holdsAnyOf(roles, DeviceManagers))
        return allowed();
    const QString who = RevokePermission::roleNames(DeviceManagers);
    return {RevokeVerdict::Kind::Unknown,
            ContainmentPermissionTr::tr(
                    "None of your directory roles (%1) may disable devices: unless a custom or "
                    "administrative-unit role allows it, Microsoft 365 will refuse. A %2 can.")
                    .arg(RevokePermission::rolesOf(roles), who),
            who};
}

} // namespace rc
