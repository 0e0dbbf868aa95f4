#pragma once
// What an admin should know about a target before any action, each as one sentence with what to
// do: shown on the card, printed by the CLI and applied the same way by every path that acts.
// A guest is refused outright; the rest warn, and the steps they concern are refused or skipped
// when the containment runs.

#include "directory/User.h"
#include "revocation/RevokePermission.h"

#include <QList>

namespace rc {

struct PreCheck
{
    enum class Kind {
        Guest, // refused: their home organization signs them out
        AlreadyDisabled, // said; revoking is still allowed
        Synced, // sync can undo a cloud block: block on-premises too
        AdminTarget, // a risk-scaled confirmation: type the name (window), the role named (CLI)
        Self, // the operator will be signed out too
        BlockNotPermitted, // the operator's roles cannot block this user
        RevokeNotPermitted, // ... cannot revoke this user
        DevicesNotPermitted, // ... may not be able to disable devices
    };
    Kind kind;
    QString sentence;
    bool refuses = false; // nothing may be sent (a guest)
};

class ContainmentChecks final
{
public:
    // targetRoles: the user's directory roles (or why unknown); grant: the signed-in operator.
    static QList<PreCheck> of(const User &user, const RoleSet &targetRoles,
                              const OperatorGrant &grant);
    static bool refuses(const QList<PreCheck> &checks);
    static bool has(const QList<PreCheck> &checks, PreCheck::Kind kind);
};

} // namespace rc
