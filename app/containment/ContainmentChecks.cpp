#include "containment/ContainmentChecks.h"

#include "containment/ContainmentPermission.h"

#include <QCoreApplication>

#include <algorithm>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class ContainmentChecksTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::ContainmentChecks)
};

} // namespace

QList<PreCheck> ContainmentChecks::of(const User &user, const RoleSet &targetRoles,
                                      const OperatorGrant &grant)
{
    QList<PreCheck> checks;
    if (user.isGuest()) {
        // Revocation does not reach a guest's sessions: they belong to the home organization.
        checks.append(
                {PreCheck::Kind::Guest,
                 ContainmentChecksTr::tr(
                         "A guest: their home organization has to sign them out. Nothing will be "
                         "sent."),
                 true});
        return checks;
    }
    if (user.accountEnabled == false)
        checks.append(
                {PreCheck::Kind::AlreadyDisabled,
                 ContainmentChecksTr::tr(
                         "Sign-in is already blocked for this account. Revoking its sessions is "
                         "still allowed."),
                 false});
    if (user.onPremisesSyncEnabled == true)
        checks.append(
                {PreCheck::Kind::Synced,
                 ContainmentChecksTr::tr(
                         "Synced from on-premises Active Directory: sync can undo a block made "
                         "here. Block the account in on-premises Active Directory too."),
                 false});
    if (targetRoles.holdsAnyRole())
        checks.append(
                {PreCheck::Kind::AdminTarget,
                 ContainmentChecksTr::tr(
                         "Holds an administrator role (%1): check that this is the right person "
                         "before you act.")
                         .arg(targetRoles.names().join(QLatin1String(", "))),
                 false});
    if (!grant.operatorId.isEmpty() && grant.operatorId.compare(user.id, Qt::CaseInsensitive) == 0)
        checks.append(
                {PreCheck::Kind::Self,
                 ContainmentChecksTr::tr("This is your own account: you will be signed out too."),
                 false});
    const RevokeVerdict revoke
            = RevokePermission::check(grant, targetRoles, Channel::Entra, user.id);
    if (revoke.isRefused())
        checks.append({PreCheck::Kind::RevokeNotPermitted, revoke.reason, false});
    const RevokeVerdict block = ContainmentPermission::block(grant, targetRoles);
    if (!block.reason.isEmpty() && block.kind != RevokeVerdict::Kind::Allowed)
        checks.append({PreCheck::Kind::BlockNotPermitted, block.reason, false});
    const RevokeVerdict devices = ContainmentPermission::disableDevices(grant);
    if (!devices.reason.isEmpty() && devices.kind != RevokeVerdict::Kind::Allowed)
        checks.append({PreCheck::Kind::DevicesNotPermitted, devices.reason, false});
    return checks;
}

bool ContainmentChecks::refuses(const QList<PreCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const PreCheck &c) { return c.refuses; });
}

bool ContainmentChecks::has(const QList<PreCheck> &checks, PreCheck::Kind kind)
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [kind](const PreCheck &c) { return c.kind == kind; });
}

} // namespace rc
