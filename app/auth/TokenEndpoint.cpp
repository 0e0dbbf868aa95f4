#include "auth/TokenEndpoint.h"

#include "auth/AadErrorText.h"
#include "auth/GrantedPermissions.h"
#include "core/Logging.h"
#include "net/ResponseError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace rc {

namespace {

QByteArray formField(const char *name, const QByteArray &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
}

QByteArray form(std::initializer_list<QByteArray> fields)
{
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty())
            body += '&';
        body += f;
    }
    return body;
}

// The id token is only read for the account name to show; it is not a credential we verify.
QString accountFromIdToken(const QString &idToken)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload
            = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    const QString upn = claims.value(QLatin1String("preferred_username")).toString();
    return upn.isEmpty() ? claims.value(QLatin1String("upn")).toString() : upn;
}

} // namespace

TokenEndpoint::TokenEndpoint(HttpClient &http, CloudEndpoints cloud, Tenant tenant,
                             QString clientId, Clock &clock)
    : m_http(http)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
    , m_clientId(std::move(clientId))
    , m_clock(clock)
{ }

Call TokenEndpoint::post(const QString &endpoint, const QByteArray &body, QObject *context,
                         HttpClient::Callback onDone)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_cloud.identityEndpoint(m_tenant, endpoint);
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.body = body;
    return m_http.send(std::move(request), context, std::move(onDone));
}

Call TokenEndpoint::requestDeviceCode(const QString &scopes, QObject *context,
                                      std::function<void(Result<DeviceCode>)> onDone)
{
    const QByteArray body = form(
            {formField("client_id", m_clientId.toUtf8()), formField("scope", scopes.toUtf8())});
    return post(QStringLiteral("devicecode"), body, context,
                [scopes, onDone = std::move(onDone)](Result<HttpResponse> r) {
                    if (!r)
                        onDone(r.error());
                    else if (!r.value().isSuccess())
                        onDone(permissions::namingConsent(aadError(r.value()), scopes));
                    else
                        onDone(parseDeviceCode(r.value()));
                });
}

Call TokenEndpoint::pollDeviceCode(const SecretBytes &deviceCode, const QUrl &audience,
                                   QObject *context, std::function<void(DevicePoll)> onDone)
{
    const QByteArray body
            = form({formField("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                    formField("client_id", m_clientId.toUtf8()),
                    formField("device_code", deviceCode.view())});
    return post(QStringLiteral("token"), body, context,
                [audience, &clock = m_clock, onDone = std::move(onDone)](Result<HttpResponse> r) {
                    DevicePoll poll;
                    if (!r) {
                        poll.error = r.error();
                    } else if (r.value().isSuccess()) {
                        auto grant = parseGrant(r.value(), audience, clock.utcNow());
                        if (grant) {
                            poll.state = DevicePoll::State::Granted;
                            poll.grant = std::move(grant).value();
                        } else {
                            poll.error = grant.error();
                        }
                    } else {
                        const QString oauthError = QJsonDocument::fromJson(r.value().body)
                                                           .object()
                                                           .value(QLatin1String("error"))
                                                           .toString();
                        if (oauthError == QLatin1String("authorization_pending"))
                            poll.state = DevicePoll::State::Pending;
                        else if (oauthError == QLatin1String("slow_down"))
                            poll.state = DevicePoll::State::SlowDown;
                        else
                            poll.error = aadError(r.value());
                    }
                    onDone(std::move(poll));
                });
}

Call TokenEndpoint::redeemRefreshToken(const SecretBytes &refreshToken, const QString &scopes,
                                       const QUrl &audience, QObject *context,
                                       std::function<void(Result<TokenGrant>)> onDone)
{
    const QByteArray body = form(
            {formField("grant_type", "refresh_token"), formField("client_id", m_clientId.toUtf8()),
             formField("scope", scopes.toUtf8()), formField("refresh_token", refreshToken.view())});
    return postGrant(body, scopes, audience, context, std::move(onDone));
}

Call TokenEndpoint::redeemAuthorizationCode(const SecretBytes &code,
                                            const SecretBytes &codeVerifier,
                                            const QString &redirectUri, const QString &scopes,
                                            const QUrl &audience, QObject *context,
                                            std::function<void(Result<TokenGrant>)> onDone)
{
    const QByteArray body = form(
            {formField("grant_type", "authorization_code"),
             formField("client_id", m_clientId.toUtf8()), formField("scope", scopes.toUtf8()),
             formField("code", code.view()), formField("redirect_uri", redirectUri.toUtf8()),
             formField("code_verifier", codeVerifier.view())});
    return postGrant(body, scopes, audience, context, std::move(onDone));
}

Call TokenEndpoint::redeemClientAssertion(const SecretBytes &assertion, const QString &scopes,
                                          const QUrl &audience, QObject *context,
                                          std::function<void(Result<TokenGrant>)> onDone)
{
    const QByteArray body = form(
            {formField("grant_type", "client_credentials"),
             formField("client_id", m_clientId.toUtf8()), formField("scope", scopes.toUtf8()),
             formField("client_assertion_type",
                       "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
             formField("client_assertion", assertion.view())});
    return postGrant(body, scopes, audience, context, std::move(onDone));
}

QUrl TokenEndpoint::tokenUrl() const
{
    return m_cloud.identityEndpoint(m_tenant, QStringLiteral("token"));
}

Call TokenEndpoint::postGrant(const QByteArray &body, const QString &scopes, const QUrl &audience,
                              QObject *context, std::function<void(Result<TokenGrant>)> onDone)
{
    return post(QStringLiteral("token"), body, context,
                [scopes, audience, &clock = m_clock,
                 onDone = std::move(onDone)](Result<HttpResponse> r) {
                    if (!r)
                        onDone(r.error());
                    else if (!r.value().isSuccess())
                        onDone(permissions::namingConsent(aadError(r.value()), scopes));
                    else
                        onDone(parseGrant(r.value(), audience, clock.utcNow()));
                });
}

Result<TokenGrant> TokenEndpoint::parseGrant(const HttpResponse &response, const QUrl &audience,
                                             const QDateTime &now)
{
    QJsonObject o = QJsonDocument::fromJson(response.body).object();
    const QString accessToken = o.value(QLatin1String("access_token")).toString();
    const int expiresIn = o.value(QLatin1String("expires_in")).toInt(-1);
    if (accessToken.isEmpty() || expiresIn <= 0
        || o.value(QLatin1String("token_type"))
                        .toString()
                        .compare(QLatin1String("Bearer"), Qt::CaseInsensitive)
                != 0) {
        return unreadableResponse(response, QStringLiteral("no bearer token in the answer"));
    }
    auto token = std::make_shared<AccessToken>();
    token->value = SecretBytes(accessToken.toUtf8());
    token->audience = audience;
    token->expiresAt = now.addSecs(expiresIn);
    token->permissions = permissions::fromAccessToken(token->value.view());
    if (!token->permissions && o.value(QLatin1String("scope")).isString())
        token->permissions = permissions::fromScope(o.value(QLatin1String("scope")).toString());
    TokenGrant grant;
    grant.accessToken = std::move(token);
    grant.refreshToken = SecretBytes(o.value(QLatin1String("refresh_token")).toString().toUtf8());
    grant.scope = o.value(QLatin1String("scope")).toString();
    grant.account = accountFromIdToken(o.value(QLatin1String("id_token")).toString());
    return grant;
}

Result<DeviceCode> TokenEndpoint::parseDeviceCode(const HttpResponse &response)
{
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    DeviceCode code;
    code.userCode = o.value(QLatin1String("user_code")).toString();
    code.deviceCode = SecretBytes(o.value(QLatin1String("device_code")).toString().toUtf8());
    code.verificationUri = QUrl(o.value(QLatin1String("verification_uri")).toString());
    code.message = o.value(QLatin1String("message")).toString();
    // Read as doubles: 10^12 is no int, and toInt() would quietly give the default instead.
    const double expiresIn
            = o.value(QLatin1String("expires_in")).toDouble(DeviceCode::DefaultLifetimeSeconds);
    code.expiresInSeconds = int(qBound(double(DeviceCode::MinLifetimeSeconds), expiresIn,
                                       double(DeviceCode::MaxLifetimeSeconds)));
    // No interval, or one under a second: RFC 8628's default, not a spin.
    const double interval
            = o.value(QLatin1String("interval")).toDouble(DeviceCode::DefaultIntervalSeconds);
    code.intervalSeconds = interval >= 1
            ? int(qMin(interval, double(DeviceCode::MaxIntervalSeconds)))
            : DeviceCode::DefaultIntervalSeconds;
    if (code.userCode.isEmpty() || code.deviceCode.isEmpty() || !code.verificationUri.isValid())
        return unreadableResponse(response, QStringLiteral("no device code in the answer"));
    if (code.message.isEmpty()) {
        code.message = QCoreApplication::translate("rc::TokenEndpoint",
                                                   "To sign in, open %1 and enter the code %2.")
                               .arg(code.verificationUri.toString(), code.userCode);
    }
    return code;
}

} // namespace rc
