#pragma once
// The revocation workflow both the window and the CLI drive, in two steps so a person can confirm
// in between: resolve() checks the typed name, refuses guests, finds the user and (Entra) reads
// their directory roles; revoke() asks RevokePermission first, sending nothing when the
// operator's token or roles cannot revoke this target, then runs the chosen channel. A preview
// (-WhatIf) is resolve() plus preview(): no revoking request.

#include "directory/GraphClient.h"
#include "revocation/EntraRevoker.h"
#include "revocation/RevocationOutcome.h"
#include "revocation/RevokePermission.h"
#include "revocation/SpoTenantClient.h"

#include <optional>
#include <variant>

namespace rc {

struct RevokeTarget
{
    QString typedUser; // trimmed, as the cmdlet's messages name it
    Channel channel = Channel::Entra;
    std::optional<User> user; // absent only on the SharePoint channel when Graph could not say
    RoleSet roles; // the user's directory roles (Entra), or why they are unknown
};

// Either a target to act on, or an outcome that ends it here (bad input, guest, not found...).
using Resolution = std::variant<RevokeTarget, RevocationOutcome>;

class Revoker final
{
public:
    Revoker(GraphClient &graph, SpoTenantClient &spo)
        : m_graph(graph)
        , m_spo(spo)
        , m_entra(graph)
    { }

    // Who is asking, read when a verdict is needed. Unset: nothing is known, the service decides.
    void setOperator(std::function<OperatorGrant()> grant) { m_operator = std::move(grant); }
    OperatorGrant operatorGrant() const { return m_operator ? m_operator() : OperatorGrant {}; }

    Call resolve(const QString &typedUser, Channel channel, QObject *context,
                 std::function<void(Resolution)> onDone);
    // The user's directory roles as a RoleSet: unknown, with the reason, when they cannot be read.
    Call targetRoles(const QString &userId, QObject *context, std::function<void(RoleSet)> onDone);
    RevokeVerdict verdict(const RevokeTarget &target) const;
    // The outcome of a predicted refusal (NotPermitted, nothing sent).
    static RevocationOutcome notPermitted(const RevokeTarget &target, const RevokeVerdict &verdict);
    static RevocationOutcome preview(const RevokeTarget &target);
    // How old target.user is when revoke() is called. On Entra the answer is verified against the
    // user's "sessions valid from" as it was just before the revocation: a user resolved a moment
    // ago with nothing waited for in between (`revoke --yes`) already carries that value; one that
    // waited for a person (a prompt, a pick in the window) is read again first.
    enum class UserRead { MayBeOld, JustNow };
    Call revoke(const RevokeTarget &target, QObject *context,
                std::function<void(RevocationOutcome)> onDone,
                UserRead userRead = UserRead::MayBeOld);

private:
    // The typed name checked and looked up: resolve() without the roles.
    Call find(const QString &typedUser, Channel channel, QObject *context,
              std::function<void(Resolution)> onDone);
    Call revokeOnSharePoint(const RevokeTarget &target, QObject *context,
                            std::function<void(RevocationOutcome)> onDone);

    GraphClient &m_graph;
    SpoTenantClient &m_spo;
    EntraRevoker m_entra;
    std::function<OperatorGrant()> m_operator;
};

} // namespace rc
