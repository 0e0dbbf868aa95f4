#pragma once
// The identity platform's device-code and token endpoints, spoken over HttpClient directly:
// QtNetworkAuth 6.4 swallows token-endpoint errors and has no device flow (docs/protocol-notes.md,
// "What QtNetworkAuth 6.4 cannot do"). One object per tenant and app registration; every call is
// asynchronous and cancellable.

#include "auth/TokenGrant.h"
#include "cloud/CloudEndpoints.h"
#include "core/Clock.h"
#include "net/HttpClient.h"

#include <optional>

namespace rc {

struct DevicePoll
{
    enum class State { Granted, Pending, SlowDown, Failed };
    State state = State::Failed;
    std::optional<TokenGrant> grant;
    ServiceError error;
};

class TokenEndpoint final
{
public:
    // clock: what grants' expiry is counted on, and what the device-code flow waits on.
    TokenEndpoint(HttpClient &http, CloudEndpoints cloud, Tenant tenant, QString clientId,
                  Clock &clock = Clock::system());

    Call requestDeviceCode(const QString &scopes, QObject *context,
                           std::function<void(Result<DeviceCode>)> onDone);
    // audience: the resource base URL the scopes name; the token is only ever sent there.
    Call pollDeviceCode(const SecretBytes &deviceCode, const QUrl &audience, QObject *context,
                        std::function<void(DevicePoll)> onDone);
    Call redeemRefreshToken(const SecretBytes &refreshToken, const QString &scopes,
                            const QUrl &audience, QObject *context,
                            std::function<void(Result<TokenGrant>)> onDone);
    // The browser sign-in's code, with the PKCE verifier and the redirect URI it was issued for.
    Call redeemAuthorizationCode(const SecretBytes &code, const SecretBytes &codeVerifier,
                                 const QString &redirectUri, const QString &scopes,
                                 const QUrl &audience, QObject *context,
                                 std::function<void(Result<TokenGrant>)> onDone);
    // App-only: client_credentials with a signed client_assertion JWT (certificate).
    Call redeemClientAssertion(const SecretBytes &assertion, const QString &scopes,
                               const QUrl &audience, QObject *context,
                               std::function<void(Result<TokenGrant>)> onDone);
    // Where assertions must be addressed (their "aud"): the token endpoint's URL.
    QUrl tokenUrl() const;

    const CloudEndpoints &cloud() const { return m_cloud; }
    const Tenant &tenant() const { return m_tenant; }
    QString clientId() const { return m_clientId; }
    Clock &clock() const { return m_clock; }

    // Pure parsing, public for tests.
    static Result<TokenGrant> parseGrant(const HttpResponse &response, const QUrl &audience,
                                         const QDateTime &now);
    static Result<DeviceCode> parseDeviceCode(const HttpResponse &response);

private:
    Call post(const QString &endpoint, const QByteArray &form, QObject *context,
              HttpClient::Callback onDone);
    // scopes: what was asked, to name in a consent error (AADSTS65001).
    Call postGrant(const QByteArray &form, const QString &scopes, const QUrl &audience,
                   QObject *context, std::function<void(Result<TokenGrant>)> onDone);

    HttpClient &m_http;
    CloudEndpoints m_cloud;
    Tenant m_tenant;
    QString m_clientId;
    Clock &m_clock;
};

} // namespace rc
