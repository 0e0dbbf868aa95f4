#pragma once
// After a revocation: did anything sign in since? Reads the Entra sign-in log for the user from
// the verified revocation time ("List signIns"). A successful sign-in after it means something
// still works (an app without continuous access evaluation, a token refreshed before the
// revocation took hold); the answer names the app and the time. The log lags by minutes and is
// throttled hard (five requests per 10 seconds per app and tenant), so a person checks again
// rather than the app polling. Reading it needs an Entra ID P1 licence, AuditLog.Read.All and a
// role that reads sign-in logs: without them the answer says so instead of failing.

#include "containment/ContainmentClient.h"

namespace rc {

struct SignInCheckResult
{
    enum class State {
        NoSignIn, // none since the time
        SignedIn, // a successful sign-in since: `latest`
        Unavailable, // the log cannot be read here (licence, permission, role)
        Failed, // network, throttled, unreadable
    };
    State state = State::Failed;
    QDateTime since;
    std::optional<SignInEvent> latest; // SignedIn: the newest successful sign-in
    QString message; // one sentence for the banner, the card and the CLI
    QString correlationId;
};

class SignInCheck final
{
public:
    static Call run(ContainmentClient &client, const QString &userId, const QDateTime &since,
                    QObject *context, std::function<void(SignInCheckResult)> onDone);
    // The answer turned into a result: exposed for tests of the wording.
    static SignInCheckResult fromAnswer(const Result<QList<SignInEvent>> &answer,
                                        const QDateTime &since);
};

} // namespace rc
