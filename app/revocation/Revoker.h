#pragma once
// The revocation workflow both the window and the CLI drive, in two steps so a person can confirm
// in between: resolve() checks the typed name, refuses guests and finds the user; revoke() runs
// the chosen channel. A preview (-WhatIf) is resolve() plus preview(): no revoking request.

#include "directory/GraphClient.h"
#include "revocation/EntraRevoker.h"
#include "revocation/RevocationOutcome.h"
#include "revocation/SpoTenantClient.h"

#include <optional>
#include <variant>

namespace rc {

struct RevokeTarget
{
    QString typedUser; // trimmed, as the seed's messages name it
    Channel channel = Channel::Entra;
    std::optional<User> user; // absent only on the SharePoint channel when Graph could not say
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

    Call resolve(const QString &typedUser, Channel channel, QObject *context,
                 std::function<void(Resolution)> onDone);
    static RevocationOutcome preview(const RevokeTarget &target);
    Call revoke(const RevokeTarget &target, QObject *context,
                std::function<void(RevocationOutcome)> onDone);

private:
    Call revokeOnSharePoint(const RevokeTarget &target, QObject *context,
                            std::function<void(RevocationOutcome)> onDone);

    GraphClient &m_graph;
    SpoTenantClient &m_spo;
    EntraRevoker m_entra;
};

} // namespace rc
