#include "emulator/TokenEndpoint.h"

#include "emulator/AssertionVerifier.h"

#include <QCryptographicHash>

namespace rc::emu {

namespace {
const char DeviceCodeGrant[] = "urn:ietf:params:oauth:grant-type:device_code";
const char JwtBearer[] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
} // namespace

TokenEndpoint::TokenEndpoint(EmulatorState &state)
    : m_state(state)
    , m_issuer(state)
{ }

HttpAnswer TokenEndpoint::error(int status, const QString &error, int code,
                                const QString &text) const
{
    return AadError {status, error, code, text}.toAnswer(m_state.identityUrl, m_state.now());
}

HttpAnswer TokenEndpoint::missing(const QString &parameter) const
{
    return error(400, QStringLiteral("invalid_request"), 900144,
                 QStringLiteral("The request body must contain the following parameter: '%1'.")
                         .arg(parameter));
}

HttpAnswer TokenEndpoint::scopeError(const ScopeRequest &scope) const
{
    return error(400, scope.error, scope.errorCode, scope.errorText);
}

HttpAnswer TokenEndpoint::handle(const EmulatedRequest &request)
{
    if (request.method != "POST") {
        return error(400, QStringLiteral("invalid_request"), 900561,
                     QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received "
                                    "a %1 request.")
                             .arg(QString::fromLatin1(request.method)));
    }
    // Anything but a form body reads as a body without parameters, as on the real endpoint.
    const bool isForm = request.header("content-type")
                                .trimmed()
                                .toLower()
                                .startsWith("application/x-www-form-urlencoded");
    const FormFields form = FormFields::parse(isForm ? request.body : QByteArray());
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return missing(QStringLiteral("grant_type"));
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return missing(QStringLiteral("client_id"));
    if (!m_state.tenant.isClientIdAccepted(clientId)) {
        return AadError::unknownClient(clientId, m_state.tenant.domain())
                .toAnswer(m_state.identityUrl, m_state.now());
    }
    if (grantType == QLatin1String(DeviceCodeGrant))
        return deviceCodeGrant(form);
    if (grantType == QStringLiteral("refresh_token"))
        return refreshTokenGrant(form);
    if (grantType == QStringLiteral("authorization_code"))
        return authorizationCodeGrant(form);
    if (grantType == QStringLiteral("client_credentials"))
        return clientCredentialsGrant(form, request);
    return error(
            400, QStringLiteral("unsupported_grant_type"), 70003,
            QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
}

HttpAnswer TokenEndpoint::deviceCodeGrant(const FormFields &form)
{
    const QByteArray code = form.value(QStringLiteral("device_code")).toUtf8();
    if (code.isEmpty())
        return missing(QStringLiteral("device_code"));
    DeviceAuthorization *device = m_state.tokens.deviceAuthorization(code);
    const QDateTime now = m_state.now();
    if (!device
        || device->clientId.compare(form.value(QStringLiteral("client_id")), Qt::CaseInsensitive)
                != 0
        || device->state == DeviceAuthorization::State::Redeemed) {
        return error(400, QStringLiteral("bad_verification_code"), 70000,
                     QStringLiteral("The provided value for the input parameter 'device_code' "
                                    "is not valid."));
    }
    if (now >= device->expiresAt) {
        return error(400, QStringLiteral("expired_token"), 70020,
                     QStringLiteral("The provided value for the input parameter 'device_code' "
                                    "is not valid. This device code has expired."));
    }
    if (device->state == DeviceAuthorization::State::Declined) {
        return error(400, QStringLiteral("authorization_declined"), 70000,
                     QStringLiteral("The user declined to authorize the device."));
    }
    if (device->state == DeviceAuthorization::State::Pending)
        return pending(*device, now);
    const DemoUser *user = m_state.tenant.find(device->userId);
    const ScopeRequest scope = ScopeRequest::parse(device->scope, m_state.graphUrl,
                                                   m_state.sharePointUrl, m_state.tenant.domain());
    device->state = DeviceAuthorization::State::Redeemed;
    if (!user)
        return missing(QStringLiteral("device_code"));
    return issue(scope, *user, device->clientId, scope.offlineAccess, true);
}

HttpAnswer TokenEndpoint::pending(DeviceAuthorization &device, const QDateTime &now)
{
    const QDateTime last = device.lastPolledAt;
    device.lastPolledAt = now;
    // RFC 8628 3.5: polling faster than the interval earns slow_down and 5 s more interval.
    // A fifth of the interval is tolerated: client timers fire slightly early.
    if (last.isValid() && last.msecsTo(now) < device.intervalSeconds * 800) {
        device.intervalSeconds += 5;
        return error(400, QStringLiteral("slow_down"), 70016,
                     QStringLiteral("OAuth 2.0 device flow error. The client is polling too "
                                    "frequently; slow down and poll every %1 seconds.")
                             .arg(device.intervalSeconds));
    }
    return error(400, QStringLiteral("authorization_pending"), 70016,
                 QStringLiteral("The provided request has not yet been authorized by the user. "
                                "The user must input their code."));
}

HttpAnswer TokenEndpoint::refreshTokenGrant(const FormFields &form)
{
    const QByteArray token = form.value(QStringLiteral("refresh_token")).toUtf8();
    if (token.isEmpty())
        return missing(QStringLiteral("refresh_token"));
    const RefreshGrant *grant = m_state.tokens.refreshToken(token);
    if (!grant) {
        return error(400, QStringLiteral("invalid_grant"), 70008,
                     QStringLiteral("The provided authorization code or refresh token has "
                                    "expired due to inactivity. Send a new interactive "
                                    "authorization request for this user and resource."));
    }
    const DemoUser *user = m_state.tenant.find(grant->userId);
    if (grant->revoked || !user) {
        return error(400, QStringLiteral("invalid_grant"), 50173,
                     QStringLiteral("The provided grant has expired due to it being revoked, a "
                                    "fresh auth token is needed. The user might have changed or "
                                    "reset their password. The grant was issued on '%1' and the "
                                    "TokensValidFrom date (before which tokens are not valid) "
                                    "for this user is '%2'.")
                             .arg(isoSeconds(grant->issuedAt),
                                  user ? isoSeconds(user->signInSessionsValidFrom)
                                       : isoSeconds(m_state.now())));
    }
    if (grant->clientId.compare(form.value(QStringLiteral("client_id")), Qt::CaseInsensitive) != 0)
        return error(400, QStringLiteral("invalid_grant"), 70000,
                     QStringLiteral("Provided grant is invalid or malformed."));
    if (!user->accountEnabled)
        return error(400, QStringLiteral("invalid_grant"), 50057,
                     QStringLiteral("The user account is disabled."));
    const ScopeRequest scope
            = ScopeRequest::parse(form.value(QStringLiteral("scope")), m_state.graphUrl,
                                  m_state.sharePointUrl, m_state.tenant.domain());
    if (!scope.valid)
        return scopeError(scope);
    return issue(scope, *user, grant->clientId, true, false);
}

HttpAnswer TokenEndpoint::authorizationCodeGrant(const FormFields &form)
{
    const QByteArray codeText = form.value(QStringLiteral("code")).toUtf8();
    if (codeText.isEmpty())
        return missing(QStringLiteral("code"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty())
        return missing(QStringLiteral("redirect_uri"));
    AuthorizationCode *code = m_state.tokens.authorizationCode(codeText);
    if (!code)
        return error(400, QStringLiteral("invalid_grant"), 9002313,
                     QStringLiteral("Invalid request. Request is malformed or invalid."));
    if (code->redeemed)
        return error(400, QStringLiteral("invalid_grant"), 54005,
                     QStringLiteral("OAuth2 Authorization code was already redeemed, please "
                                    "retry with a new valid code or use an existing refresh "
                                    "token."));
    if (m_state.now() >= code->expiresAt)
        return error(400, QStringLiteral("invalid_grant"), 70008,
                     QStringLiteral("The provided authorization code or refresh token has "
                                    "expired due to inactivity. Send a new interactive "
                                    "authorization request for this user and resource."));
    if (code->clientId.compare(form.value(QStringLiteral("client_id")), Qt::CaseInsensitive) != 0)
        return error(400, QStringLiteral("invalid_grant"), 70000,
                     QStringLiteral("Provided grant is invalid or malformed."));
    if (code->redirectUri != redirectUri)
        return error(400, QStringLiteral("invalid_grant"), 500112,
                     QStringLiteral("The reply address '%1' does not match the reply address "
                                    "'%2' provided when requesting Authorization code.")
                             .arg(redirectUri, code->redirectUri));
    if (!code->codeChallenge.isEmpty()) {
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        const QString expected = code->codeChallengeMethod == QStringLiteral("plain")
                ? verifier
                : QString::fromLatin1(base64Url(
                        QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)));
        if (verifier.isEmpty() || expected != code->codeChallenge)
            return error(400, QStringLiteral("invalid_grant"), 50148,
                         QStringLiteral("The code_verifier does not match the code_challenge "
                                        "supplied in the authorization request for PKCE."));
    }
    code->redeemed = true;
    const DemoUser *user = m_state.tenant.find(code->userId);
    if (!user)
        return error(400, QStringLiteral("invalid_grant"), 70000,
                     QStringLiteral("Provided grant is invalid or malformed."));
    const ScopeRequest scope = ScopeRequest::parse(code->scope, m_state.graphUrl,
                                                   m_state.sharePointUrl, m_state.tenant.domain());
    return issue(scope, *user, code->clientId, scope.offlineAccess, true);
}

HttpAnswer TokenEndpoint::clientCredentialsGrant(const FormFields &form,
                                                 const EmulatedRequest &request)
{
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (form.contains(QStringLiteral("client_secret")))
        return error(401, QStringLiteral("invalid_client"), 7000215,
                     QStringLiteral("Invalid client secret provided. Ensure the secret being "
                                    "sent in the request is the client secret value, not the "
                                    "client secret ID, for a secret added to app '%1'.")
                             .arg(clientId));
    const QByteArray assertion = form.value(QStringLiteral("client_assertion")).toUtf8();
    if (form.value(QStringLiteral("client_assertion_type")) != QLatin1String(JwtBearer)
        || assertion.isEmpty())
        return error(401, QStringLiteral("invalid_client"), 7000218,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'client_assertion' or 'client_secret'."));
    // "aud" must name the endpoint the assertion was posted to.
    const AssertionVerifier verifier(m_state.tenant,
                                     EmulatorState::baseText(m_state.identityUrl) + request.path,
                                     m_state.now());
    const AssertionProblem problem = verifier.verify(assertion, clientId);
    if (!problem.isNone())
        return error(401, QStringLiteral("invalid_client"), problem.code, problem.text);
    const QString scopeText = form.value(QStringLiteral("scope"));
    const ScopeRequest scope = ScopeRequest::parse(scopeText, m_state.graphUrl,
                                                   m_state.sharePointUrl, m_state.tenant.domain());
    if (!scope.valid)
        return scopeError(scope);
    // "Scopes and permissions in the Microsoft identity platform": client credentials requests
    // must use {resource}/.default; individual application permissions are not supported.
    if (scope.permissions != QStringList {QStringLiteral(".default")})
        return error(400, QStringLiteral("invalid_scope"), 1002012,
                     QStringLiteral("The provided value for scope %1 is not valid. Client "
                                    "credential flows must have a scope value with /.default "
                                    "suffixed to the resource identifier (application ID URI).")
                             .arg(scopeText));
    return m_issuer.appOnly(scope.audience, clientId);
}

HttpAnswer TokenEndpoint::issue(const ScopeRequest &scope, const DemoUser &user,
                                const QString &clientId, bool withRefreshToken, bool interactive)
{
    QStringList granted;
    if (const std::optional<AadError> refusal
        = m_issuer.grant(scope, user, clientId, interactive, &granted))
        return refusal->toAnswer(m_state.identityUrl, m_state.now());
    return m_issuer.delegated(scope, granted, user, clientId, withRefreshToken);
}

} // namespace rc::emu
