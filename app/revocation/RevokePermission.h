#pragma once
// Who may revoke whom, on which channel: one role model, keyed by role template id, that the
// tenant pane, the card, the Revoke button, the CLI and the bulk review all ask, so a refusal is
// predicted before anything is sent instead of learnt from a 403.
//
// Entra ID ("Microsoft Entra built-in roles"; "Who can reset passwords" in "Privileged roles and
// permissions in Microsoft Entra ID"): revokeSignInSessions needs the role permission
// microsoft.directory/users/invalidateAllRefreshTokens, held by Helpdesk, Authentication, User,
// Privileged Authentication and Global Administrators, and any of them may revoke a user without
// a directory role. A target who holds roles may be revoked only by a role allowed for each of
// them: Helpdesk and Authentication Administrators act on a few low-privilege roles (Directory
// Readers, Reports Reader, ...), User Administrators on Helpdesk, User and Groups Administrators
// too, and every other role needs a Privileged Authentication or Global Administrator. Anyone may
// revoke their own sessions. SharePoint's RevokeAllUserSessions needs a SharePoint or Global
// Administrator, whoever the target is. When either side's roles are unknown, the verdict is
// Unknown and the service decides.

#include "core/ServiceError.h"
#include "directory/DirectoryRole.h"
#include "revocation/RevocationOutcome.h"

namespace rc {

struct RevokeVerdict
{
    enum class Kind { Allowed, Refused, Unknown };
    Kind kind = Kind::Unknown;
    QString reason; // Refused, Unknown: one sentence saying why
    // Who could: "Privileged Authentication Administrator or Global Administrator" (Refused, and
    // Unknown when the operator holds no built-in role that may revoke)
    QString whoCan;

    bool isRefused() const { return kind == Kind::Refused; }
    // The error a predicted refusal carries (Kind::Forbidden, nothing sent).
    ServiceError asError() const;
};

// What the signed-in operator holds: directory roles (unknown for app-only) and what the Graph
// token was granted (nullopt when the token does not say).
struct OperatorGrant
{
    RoleSet roles;
    std::optional<QStringList> graphPermissions;
    bool appOnly = false; // certificate sign-in: the app's permissions decide, no roles apply
    QString operatorId; // the signed-in user's object id: anyone may revoke their own sessions
};

class RevokePermission final
{
public:
    // Everything known before sending: the token's permissions (Entra: User.RevokeSessions.All),
    // then both sides' roles.
    static RevokeVerdict check(const OperatorGrant &grant, const RoleSet &targetRoles,
                               Channel channel, const QString &targetId = QString());
    // The signed-in operator's roles against one target's (check() without the token).
    static RevokeVerdict forTarget(const RoleSet &operatorRoles, const RoleSet &targetRoles,
                                   Channel channel);

    // What the tenant pane says up front about this operator, or empty when they may revoke
    // anyone on both channels: a missing permission, no role that may revoke, a role limited to
    // users without an admin role, one channel only, or roles that could not be read.
    static QString warning(const OperatorGrant &grant);

    // "Helpdesk Administrator, Authentication Administrator, …": who may revoke such a target
    // (an administrator: one holding a role other than the few low-privilege ones).
    static QString whoCan(Channel channel, bool adminTarget);
    // The built-in role's name for a template id this model knows; empty otherwise.
    static QString roleName(const QString &roleTemplateId);
    // "A, B or C": the names of these built-in roles, in this order. Shared with the other role
    // models (containment/ContainmentPermission).
    static QString roleNames(const QList<const char *> &roleTemplateIds);
    // Known and holding at least one of these roles.
    static bool holdsAnyOf(const RoleSet &roles, const QList<const char *> &roleTemplateIds);
    // "Exchange Administrator, Reports Reader", or "no directory role".
    static QString rolesOf(const RoleSet &roles);

private:
    // The operator against users who hold no directory role.
    static RevokeVerdict forMembers(const RoleSet &operatorRoles, Channel channel);
};

} // namespace rc
