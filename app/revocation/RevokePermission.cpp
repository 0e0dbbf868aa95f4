#include "revocation/RevokePermission.h"

#include "auth/GrantedPermissions.h"
#include "directory/RoleTemplates.h"

#include <QCoreApplication>

#include <algorithm>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class RevokePermissionTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::RevokePermission)
};

using Roles = QList<const char *>;

// microsoft.directory/users/invalidateAllRefreshTokens ("Microsoft Entra built-in roles"), in the
// order messages name them. Any of them may revoke a user who holds no directory role.
const Roles MemberRevokers {
        RoleTemplates::HelpdeskAdministrator, RoleTemplates::AuthenticationAdministrator,
        RoleTemplates::UserAdministrator, RoleTemplates::PrivilegedAuthenticationAdministrator,
        RoleTemplates::GlobalAdministrator};
// Who may act on a user holding each role: the rows of "Who can reset passwords" in "Privileged
// roles and permissions in Microsoft Entra ID". Any role not listed: only these two.
const Roles AdminRevokers {RoleTemplates::PrivilegedAuthenticationAdministrator,
                           RoleTemplates::GlobalAdministrator};
const Roles SharePointRevokers {RoleTemplates::SharePointAdministrator,
                                RoleTemplates::GlobalAdministrator};

Roles revokersOfRole(const QString &targetRole)
{
    const auto is = [&targetRole](const char *id) {
        return targetRole.compare(QLatin1String(id), Qt::CaseInsensitive) == 0;
    };
    for (const char *lowPrivilege :
         {RoleTemplates::DirectoryReaders, RoleTemplates::GuestInviter,
          RoleTemplates::MessageCenterReader, RoleTemplates::PasswordAdministrator,
          RoleTemplates::ReportsReader, RoleTemplates::UserExperienceSuccessManager,
          RoleTemplates::UsageSummaryReportsReader}) {
        if (is(lowPrivilege))
            return MemberRevokers;
    }
    if (is(RoleTemplates::HelpdeskAdministrator))
        return {RoleTemplates::HelpdeskAdministrator, RoleTemplates::UserAdministrator,
                RoleTemplates::PrivilegedAuthenticationAdministrator,
                RoleTemplates::GlobalAdministrator};
    if (is(RoleTemplates::AuthenticationAdministrator))
        return {RoleTemplates::AuthenticationAdministrator,
                RoleTemplates::PrivilegedAuthenticationAdministrator,
                RoleTemplates::GlobalAdministrator};
    if (is(RoleTemplates::UserAdministrator) || is(RoleTemplates::GroupsAdministrator))
        return {RoleTemplates::UserAdministrator,
                RoleTemplates::PrivilegedAuthenticationAdministrator,
                RoleTemplates::GlobalAdministrator};
    return AdminRevokers;
}

// Who may revoke a user holding all of these roles: allowed for every one of them.
Roles revokersOf(const RoleSet &target)
{
    Roles allowed = MemberRevokers;
    for (const DirectoryRole &role : target.roles()) {
        const Roles forRole = revokersOfRole(role.roleTemplateId);
        allowed.removeIf([&forRole](const char *id) { return !forRole.contains(id); });
    }
    return allowed;
}

bool holdsAny(const RoleSet &roles, const Roles &templates)
{
    return std::any_of(templates.cbegin(), templates.cend(),
                       [&roles](const char *id) { return roles.holds(id); });
}

QString names(const Roles &templates)
{
    QStringList out;
    for (const char *id : templates)
        out << RevokePermission::roleName(QLatin1String(id));
    const QString last = out.takeLast();
    return out.isEmpty()
            ? last
            : RevokePermissionTr::tr("%1 or %2").arg(out.join(QLatin1String(", ")), last);
}

RevokeVerdict refused(QString reason, QString whoCan)
{
    return {RevokeVerdict::Kind::Refused, std::move(reason), std::move(whoCan)};
}

RevokeVerdict unknown(QString reason)
{
    return {RevokeVerdict::Kind::Unknown, std::move(reason), {}};
}

QString namesOfRoles(const RoleSet &roles)
{
    return roles.holdsAnyRole() ? roles.names().join(QLatin1String(", "))
                                : RevokePermissionTr::tr("no directory role");
}

} // namespace

QString RevokePermission::roleNames(const QList<const char *> &roleTemplateIds)
{
    return names(roleTemplateIds);
}

bool RevokePermission::holdsAnyOf(const RoleSet &roles, const QList<const char *> &roleTemplateIds)
{
    return holdsAny(roles, roleTemplateIds);
}

QString RevokePermission::rolesOf(const RoleSet &roles)
{
    return namesOfRoles(roles);
}

ServiceError RevokeVerdict::asError() const
{
    ServiceError e = ServiceError::make(ServiceError::Kind::Forbidden, reason);
    e.serviceCode = QStringLiteral("PredictedAuthorization_RequestDenied");
    e.detail = whoCan;
    return e;
}

QString RevokePermission::roleName(const QString &id)
{
    static const QList<std::pair<const char *, const char *>> known {
            {RoleTemplates::GlobalAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Global Administrator")},
            {RoleTemplates::PrivilegedAuthenticationAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Privileged Authentication Administrator")},
            {RoleTemplates::PrivilegedRoleAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Privileged Role Administrator")},
            {RoleTemplates::UserAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "User Administrator")},
            {RoleTemplates::HelpdeskAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Helpdesk Administrator")},
            {RoleTemplates::AuthenticationAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Authentication Administrator")},
            {RoleTemplates::SharePointAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "SharePoint Administrator")},
            {RoleTemplates::CloudDeviceAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Cloud Device Administrator")},
            {RoleTemplates::IntuneAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Intune Administrator")},
            {RoleTemplates::ExchangeAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Exchange Administrator")},
            {RoleTemplates::SecurityAdministrator,
             QT_TRANSLATE_NOOP("rc::RevokePermission", "Security Administrator")}};
    for (const auto &[templateId, name] : known) {
        if (id.compare(QLatin1String(templateId), Qt::CaseInsensitive) == 0)
            // Microsoft's names, in the language the admin centers show them in.
            return RevokePermissionTr::tr(name);
    }
    return {};
}

QString RevokePermission::whoCan(Channel channel, bool adminTarget)
{
    if (channel == Channel::SharePoint)
        return names(SharePointRevokers);
    return adminTarget ? names(AdminRevokers) : names(MemberRevokers);
}

RevokeVerdict RevokePermission::forMembers(const RoleSet &operatorRoles, Channel channel)
{
    if (!operatorRoles.isKnown())
        return unknown(
                RevokePermissionTr::tr(
                        "Your directory roles are unknown (%1), so Microsoft 365 will decide.")
                        .arg(operatorRoles.unknownReason()));
    if (channel == Channel::SharePoint) {
        // Only the built-in roles run SharePoint's tenant operations: a refusal is certain.
        if (holdsAny(operatorRoles, SharePointRevokers))
            return {RevokeVerdict::Kind::Allowed, {}, {}};
        const QString who = names(SharePointRevokers);
        return refused(RevokePermissionTr::tr(
                               "Your roles (%1) may not run the SharePoint operation: a %2 can.")
                               .arg(rolesOf(operatorRoles), who),
                       who);
    }
    if (holdsAny(operatorRoles, MemberRevokers))
        return {RevokeVerdict::Kind::Allowed, {}, {}};
    // The role list holds built-in roles at directory scope only: a custom role or one scoped to
    // an administrative unit may still allow it, so the service decides.
    RevokeVerdict v
            = unknown(RevokePermissionTr::tr(
                              "None of your directory roles (%1) may revoke sessions: unless a "
                              "custom or administrative-unit role allows it, Microsoft 365 "
                              "will refuse. A %2 can.")
                              .arg(rolesOf(operatorRoles), names(MemberRevokers)));
    v.whoCan = names(MemberRevokers);
    return v;
}

QString RevokePermission::warning(const OperatorGrant &grant)
{
    QStringList lines;
    if (grant.graphPermissions) {
        const QStringList lacking
                = permissions::missing(*grant.graphPermissions,
                                       {QLatin1String(permissions::RevokeSessions),
                                        QLatin1String(permissions::ReadAllUsers)},
                                       grant.appOnly);
        if (lacking.contains(QLatin1String(permissions::RevokeSessions)))
            lines << RevokePermissionTr::tr(
                             "This sign-in was not granted %1, so revocations will be refused. %2")
                             .arg(lacking.join(RevokePermissionTr::tr(" and ")),
                                  permissions::consentSentence(lacking));
        else if (!lacking.isEmpty())
            lines << RevokePermissionTr::tr(
                             "This sign-in was not granted %1, so users cannot be looked up. %2")
                             .arg(lacking.join(RevokePermissionTr::tr(" and ")),
                                  permissions::consentSentence(lacking));
    }
    if (grant.appOnly)
        return lines.join(QLatin1Char(' '));
    const RoleSet &roles = grant.roles;
    if (!roles.isKnown()) {
        lines << RevokePermissionTr::tr("Your directory roles are unknown (%1): Microsoft 365 "
                                        "decides what you may "
                                        "revoke.")
                         .arg(roles.unknownReason());
        return lines.join(QLatin1Char(' '));
    }
    const bool entra = holdsAny(roles, MemberRevokers);
    const bool sharePoint = holdsAny(roles, SharePointRevokers);
    if (!entra && !sharePoint)
        lines << RevokePermissionTr::tr(
                         "None of your directory roles may revoke sessions: unless a custom or "
                         "administrative-unit role allows it, revocations will be refused. Entra "
                         "ID "
                         "needs a %1; SharePoint needs a %2.")
                         .arg(names(MemberRevokers), names(SharePointRevokers));
    else if (!entra)
        lines << RevokePermissionTr::tr("Your roles may revoke on SharePoint only; the Entra ID "
                                        "channel needs a %1.")
                         .arg(names(MemberRevokers));
    else if (!holdsAny(roles, AdminRevokers)) // members, but not most administrators
        lines << RevokePermissionTr::tr("Your roles may sign out users without an administrator "
                                        "role, but not most "
                                        "administrators: the card says who can sign out each one "
                                        "(a %1 can sign out "
                                        "anyone).")
                         .arg(names(AdminRevokers));
    if (entra && !sharePoint)
        lines << RevokePermissionTr::tr("The SharePoint channel needs a %1.")
                         .arg(names(SharePointRevokers));
    return lines.join(QLatin1Char(' '));
}

RevokeVerdict RevokePermission::check(const OperatorGrant &grant, const RoleSet &targetRoles,
                                      Channel channel, const QString &targetId)
{
    if (channel == Channel::Entra && grant.graphPermissions) {
        const QStringList lacking
                = permissions::missing(*grant.graphPermissions,
                                       {QLatin1String(permissions::RevokeSessions)}, grant.appOnly);
        if (!lacking.isEmpty())
            return refused(RevokePermissionTr::tr("This sign-in was not granted %1. %2")
                                   .arg(lacking.join(QLatin1String(", ")),
                                        permissions::consentSentence(lacking)),
                           {});
    }
    // App-only: no roles apply, the application permissions just checked decide.
    const bool self
            = !targetId.isEmpty() && targetId.compare(grant.operatorId, Qt::CaseInsensitive) == 0;
    if (grant.appOnly || (self && channel == Channel::Entra))
        return {RevokeVerdict::Kind::Allowed, {}, {}};
    return forTarget(grant.roles, targetRoles, channel);
}

RevokeVerdict RevokePermission::forTarget(const RoleSet &operatorRoles, const RoleSet &targetRoles,
                                          Channel channel)
{
    const RevokeVerdict members = forMembers(operatorRoles, channel);
    if (channel == Channel::SharePoint || !operatorRoles.isKnown())
        return members;
    if (!targetRoles.isKnown()) {
        if (holdsAny(operatorRoles, AdminRevokers))
            return {RevokeVerdict::Kind::Allowed, {}, {}}; // may revoke anyone
        return unknown(RevokePermissionTr::tr(
                               "This user's directory roles are unknown (%1): if they hold an "
                               "administrator role, a %2 may be needed. Microsoft 365 will decide.")
                               .arg(targetRoles.unknownReason(), names(AdminRevokers)));
    }
    if (!targetRoles.holdsAnyRole())
        return members;
    // Custom and administrative-unit roles cannot act on users who hold directory roles: for
    // them the built-in roles decide, and a refusal is certain.
    const Roles allowed = revokersOf(targetRoles);
    if (holdsAny(operatorRoles, allowed))
        return {RevokeVerdict::Kind::Allowed, {}, {}};
    const QString who = names(allowed);
    return refused(
            RevokePermissionTr::tr(
                    "This user is an administrator (%1). Your roles (%2) may not sign them out: "
                    "a %3 can sign them out.")
                    .arg(rolesOf(targetRoles), rolesOf(operatorRoles), who),
            who);
}

} // namespace rc
