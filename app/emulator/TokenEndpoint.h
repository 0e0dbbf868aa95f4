#pragma once
// POST {authority}/{tenant}/oauth2/v2.0/token: the device_code, refresh_token,
// authorization_code (with PKCE) and client_credentials (certificate assertion) grants, answering
// with tokens or the identity platform's error body. The tenant was checked by IdentityService.

#include "emulator/AadError.h"
#include "emulator/EmulatorState.h"
#include "emulator/FormFields.h"
#include "emulator/ScopeRequest.h"
#include "emulator/TokenIssuer.h"

namespace rc::emu {

class TokenEndpoint final
{
public:
    explicit TokenEndpoint(EmulatorState &state);

    HttpAnswer handle(const EmulatedRequest &request);

private:
    HttpAnswer deviceCodeGrant(const FormFields &form);
    HttpAnswer pending(DeviceAuthorization &device, const QDateTime &now);
    HttpAnswer refreshTokenGrant(const FormFields &form);
    HttpAnswer authorizationCodeGrant(const FormFields &form);
    HttpAnswer clientCredentialsGrant(const FormFields &form, const EmulatedRequest &request);

    // Issues what the tenant's consent allows (65001 otherwise): an access token for the scope's
    // audience; a refresh token when offline_access was asked for (or always, on refresh); an
    // id_token when openid was.
    // interactive: a sign-in the person took part in (device code, authorization code), where a
    // Global Administrator may consent; a refresh-token grant cannot ask anyone.
    HttpAnswer issue(const ScopeRequest &scope, const DemoUser &user, const QString &clientId,
                     bool withRefreshToken, bool interactive);

    HttpAnswer error(int status, const QString &error, int code, const QString &text) const;
    HttpAnswer missing(const QString &parameter) const;
    HttpAnswer scopeError(const ScopeRequest &scope) const;

    EmulatorState &m_state;
    TokenIssuer m_issuer;
};

} // namespace rc::emu
