#include "emulator/IdentityService.h"

#include "emulator/AadError.h"
#include "emulator/FormFields.h"
#include "emulator/ScopeRequest.h"

namespace rc::emu {

IdentityService::IdentityService(EmulatorState &state)
    : m_state(state)
    , m_tokenEndpoint(state)
    , m_pages(state)
{ }

bool IdentityService::isKnownTenant(const QString &tenant) const
{
    return tenant.compare(m_state.tenant.domain(), Qt::CaseInsensitive) == 0
            || tenant.compare(m_state.tenant.tenantId(), Qt::CaseInsensitive) == 0
            || tenant.compare(QStringLiteral("organizations"), Qt::CaseInsensitive) == 0
            || tenant.compare(QStringLiteral("common"), Qt::CaseInsensitive) == 0;
}

HttpAnswer IdentityService::error(int status, const QString &error, int code,
                                  const QString &text) const
{
    return AadError {status, error, code, text}.toAnswer(m_state.identityUrl, m_state.now());
}

HttpAnswer IdentityService::handle(const EmulatedRequest &request)
{
    const QStringList segments = request.pathSegments();
    if (segments.size() == 1
        && segments.at(0).compare(QStringLiteral("devicelogin"), Qt::CaseInsensitive) == 0)
        return m_pages.deviceLogin(request);
    if (segments.size() == 2 && segments.at(0) == QStringLiteral("demo")
        && segments.at(1) == QStringLiteral("signin"))
        return m_demoSignIn.handle(request);
    if (segments.size() == 1 && segments.at(0) == QStringLiteral("error"))
        return m_pages.errorPage(request.queryValue(QStringLiteral("code")));
    if (segments.size() != 4 || segments.at(1) != QStringLiteral("oauth2")
        || segments.at(2) != QStringLiteral("v2.0"))
        return HttpAnswer::html(404,
                                QStringLiteral("<!DOCTYPE html><title>404</title><p>Not found."));
    const QString endpoint = segments.at(3).toLower();
    if (!isKnownTenant(segments.at(0))) {
        const AadError unknown {400, QStringLiteral("invalid_request"), 90002,
                                QStringLiteral("Tenant '%1' not found. Check to make sure you have "
                                               "the correct tenant ID and are signing into the "
                                               "correct cloud. Check with your subscription "
                                               "administrator, this may happen if there are no "
                                               "active subscriptions for the tenant.")
                                        .arg(segments.at(0))};
        if (endpoint == QStringLiteral("authorize"))
            return m_pages.errorPage(QString::number(unknown.code), unknown.text);
        return unknown.toAnswer(m_state.identityUrl, m_state.now());
    }
    if (endpoint == QStringLiteral("token"))
        return m_tokenEndpoint.handle(request);
    if (endpoint == QStringLiteral("devicecode"))
        return deviceCode(request);
    if (endpoint == QStringLiteral("authorize"))
        return m_pages.authorize(request);
    return HttpAnswer::html(404, QStringLiteral("<!DOCTYPE html><title>404</title><p>Not found."));
}

HttpAnswer IdentityService::deviceCode(const EmulatedRequest &request)
{
    if (request.method != "POST")
        return error(400, QStringLiteral("invalid_request"), 900561,
                     QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received "
                                    "a %1 request.")
                             .arg(QString::fromLatin1(request.method)));
    const bool isForm = request.header("content-type")
                                .toLower()
                                .contains("application/x-www-form-urlencoded");
    const FormFields form = FormFields::parse(isForm ? request.body : QByteArray());
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return error(400, QStringLiteral("invalid_request"), 900144,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'client_id'."));
    if (!m_state.tenant.isClientIdAccepted(clientId))
        return AadError::unknownClient(clientId, m_state.tenant.domain())
                .toAnswer(m_state.identityUrl, m_state.now());
    const QString scopeText = form.value(QStringLiteral("scope"));
    if (scopeText.trimmed().isEmpty())
        return error(400, QStringLiteral("invalid_request"), 900144,
                     QStringLiteral("The request body must contain the following parameter: "
                                    "'scope'."));
    const ScopeRequest scope = ScopeRequest::parse(scopeText, m_state.graphUrl,
                                                   m_state.sharePointUrl, m_state.tenant.domain());
    if (!scope.valid)
        return error(400, scope.error, scope.errorCode, scope.errorText);

    DeviceAuthorization device;
    device.deviceCode = randomToken(96);
    device.userCode = TokenStore::newUserCode();
    device.clientId = clientId;
    device.scope = scopeText;
    device.expiresAt = m_state.now().addSecs(m_state.deviceCodeLifetimeSeconds);
    device.intervalSeconds = m_state.deviceCodeIntervalSeconds;
    m_state.tokens.addDeviceAuthorization(device);
    if (!m_state.autoApproveAs.isEmpty()) {
        if (m_state.autoApproveAfterMs <= 0) {
            m_pages.approve(device.userCode, m_state.autoApproveAs, nullptr);
        } else {
            m_state.clock.singleShot(m_state.autoApproveAfterMs, &m_approvals,
                                     [this, code = device.userCode, upn = m_state.autoApproveAs] {
                                         m_pages.approve(code, upn, nullptr);
                                     });
        }
    }

    const QString verificationUri = m_state.deviceCodeVerificationUri.isEmpty()
            ? EmulatorState::baseText(m_state.identityUrl) + QStringLiteral("/devicelogin")
            : m_state.deviceCodeVerificationUri;
    QJsonObject body;
    body.insert(QStringLiteral("user_code"), device.userCode);
    body.insert(QStringLiteral("device_code"), QString::fromLatin1(device.deviceCode));
    body.insert(QStringLiteral("verification_uri"), verificationUri);
    body.insert(QStringLiteral("expires_in"), m_state.deviceCodeLifetimeSeconds);
    body.insert(QStringLiteral("interval"), m_state.deviceCodeIntervalSeconds);
    body.insert(QStringLiteral("message"),
                QStringLiteral("To sign in, use a web browser to open the page %1 and enter the "
                               "code %2 to authenticate.")
                        .arg(verificationUri, device.userCode));
    return HttpAnswer::json(200, body, "application/json; charset=utf-8");
}

HttpAnswer IdentityService::failure(const EmulatedRequest &request, int status,
                                    int retryAfterSeconds)
{
    Q_UNUSED(request)
    HttpAnswer answer = error(status, QStringLiteral("temporarily_unavailable"), 90033,
                              QStringLiteral("A transient error has occurred. Please try again."));
    if (retryAfterSeconds >= 0)
        answer.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return answer;
}

HttpAnswer IdentityService::expiredToken(const EmulatedRequest &request)
{
    Q_UNUSED(request)
    return error(400, QStringLiteral("invalid_grant"), 70008,
                 QStringLiteral("The provided authorization code or refresh token has expired "
                                "due to inactivity. Send a new interactive authorization request "
                                "for this user and resource."));
}

HttpAnswer IdentityService::malformed(const EmulatedRequest &request)
{
    Q_UNUSED(request)
    HttpAnswer answer;
    answer.setHeader("Content-Type", "application/json; charset=utf-8");
    answer.body = "{\"token_type\":\"Bearer\",\"scope\":\"User.Read profile openid "
                  "email\",\"expires_in\":35";
    return answer;
}

void IdentityService::decorate(const EmulatedRequest &request, HttpAnswer &answer)
{
    if (!answer.hasHeader("x-ms-request-id"))
        answer.setHeader("x-ms-request-id", newGuid().toLatin1());
    // The identity platform echoes a client-request-id it was given.
    const QByteArray clientRequestId = request.header("client-request-id");
    if (!clientRequestId.isEmpty() && !answer.hasHeader("client-request-id"))
        answer.setHeader("client-request-id", clientRequestId);
}

} // namespace rc::emu
