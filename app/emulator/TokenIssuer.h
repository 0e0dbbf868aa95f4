#pragma once
// Turns a granted token request into tokens: decides which delegated permissions a user gets
// through an app (the tenant's consent, AADSTS65001 otherwise), and writes the access token as a
// JWT-shaped string {"typ":"JWT","alg":"RS256","kid":"emulator-unsigned"}.{aud, iss, tid, oid, upn,
// appid, iat, nbf, exp, scp | roles}.<random signature> so the client can read what it was
// granted, as it would from a real Entra token. The signature is random bytes: nothing verifies
// it; Graph and SharePoint look the token up in the TokenStore.

#include "emulator/AadError.h"
#include "emulator/EmulatorState.h"
#include "emulator/ScopeRequest.h"

#include <QJsonObject>

#include <optional>

namespace rc::emu {

class TokenIssuer final
{
public:
    explicit TokenIssuer(EmulatorState &state);

    // The permissions a delegated request gets; the AADSTS65001 refusal when the tenant has not
    // consented to one of them for this app. In an interactive sign-in a Global Administrator
    // consents for the tenant (recorded); a refresh-token grant can ask no one.
    std::optional<AadError> grant(const ScopeRequest &scope, const DemoUser &user,
                                  const QString &clientId, bool interactive, QStringList *granted);
    // The token answer: an access token for the scope's audience, a refresh token if asked, an
    // id_token when openid was requested.
    HttpAnswer delegated(const ScopeRequest &scope, const QStringList &granted,
                         const DemoUser &user, const QString &clientId, bool withRefreshToken);
    // A client-credentials answer carrying the app's application permissions as `roles`.
    HttpAnswer appOnly(Audience audience, const QString &clientId);

    // header.claims.signature, base64url, not signed (see above).
    static QByteArray unsignedJwt(const QJsonObject &claims);

private:
    QByteArray accessToken(Audience audience, const DemoUser *user, const QString &clientId,
                           const QStringList &permissions);
    QByteArray idToken(const DemoUser &user, const QString &clientId) const;
    QString issuer() const;

    EmulatorState &m_state;
};

} // namespace rc::emu
