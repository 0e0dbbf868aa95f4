#pragma once
// The Entra ID channel, which proves its effect instead of trusting a 200: read the user's
// signInSessionsValidFromDateTime (unless it was read just now), POST revokeSignInSessions, read
// it again (docs/protocol-notes.md, "Revoking, and proving it took effect"). Moved → verified
// success; unchanged → "not confirmed", never success.

#include "directory/GraphClient.h"
#include "revocation/RevocationOutcome.h"

namespace rc {

class EntraRevoker final
{
public:
    explicit EntraRevoker(GraphClient &graph)
        : m_graph(graph)
    { }

    // typedUser is what the messages name; the requests address the user by object id.
    // readBefore false: user was read just now, and its signInSessionsValidFrom is the value
    // before (no second read of the same user).
    Call revoke(const QString &typedUser, const User &user, QObject *context,
                std::function<void(RevocationOutcome)> onDone, bool readBefore = true);

    // Later than before, or not earlier than the revoke answer's Date truncated to the second
    // (the value has one-second resolution and the server's clock is the reference).
    static bool moved(const QDateTime &before, const QDateTime &after, const QDateTime &revokeDate);

private:
    GraphClient &m_graph;
};

} // namespace rc
