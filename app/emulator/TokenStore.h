#pragma once
// Everything the emulated identity platform has issued: opaque access tokens bound to an
// audience, subject and expiry; refresh tokens; pending device codes; authorization codes.
// Owned by the emulator; the identity listener writes it, Graph and SharePoint read it.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace rc::emu {

enum class Audience { Graph, SharePoint };

struct AccessGrant
{
    // JWT-shaped (header.claims.signature, claims as TokenIssuer wrote them), yet opaque here:
    // the services look it up in the store, they never parse it.
    QByteArray token;
    Audience audience = Audience::Graph;
    QString userId; // empty for an app-only token
    QString clientId;
    QStringList scopes; // delegated: the scp permissions; app-only: the roles
    QDateTime expiresAt;
    bool forcedExpired = false;

    bool isAppOnly() const { return userId.isEmpty(); }
    bool isExpired(const QDateTime &now) const { return forcedExpired || now >= expiresAt; }
};

struct RefreshGrant
{
    QByteArray token;
    QString userId;
    QString clientId;
    QDateTime issuedAt;
    bool revoked = false; // revokeRefreshTokens() or a session revocation for the user
};

struct DeviceAuthorization
{
    enum class State { Pending, Approved, Declined, Redeemed };
    QByteArray deviceCode;
    QString userCode;
    QString clientId;
    QString scope; // as requested
    QDateTime expiresAt;
    QDateTime lastPolledAt;
    int intervalSeconds = 5;
    State state = State::Pending;
    QString userId;
};

struct AuthorizationCode
{
    QByteArray code;
    QString clientId;
    QString redirectUri;
    QString codeChallenge;
    QString codeChallengeMethod;
    QString scope;
    QString userId;
    QDateTime expiresAt;
    bool redeemed = false;
};

class TokenStore final
{
public:
    static constexpr int AccessTokenLifetimeSeconds = 3599;

    // Registers an access token as TokenIssuer built it (grant.token is the JWT-shaped text).
    void addAccessToken(const AccessGrant &grant);
    const AccessGrant *accessToken(const QByteArray &token) const;
    void expireAccessTokens();

    QByteArray issueRefreshToken(const QString &userId, const QString &clientId,
                                 const QDateTime &now);
    const RefreshGrant *refreshToken(const QByteArray &token) const;
    void revokeRefreshTokens();
    // Refresh tokens of this user issued before `validFrom` stop working (Graph revoke does so).
    void revokeUserSessions(const QString &userId, const QDateTime &validFrom);

    DeviceAuthorization &addDeviceAuthorization(const DeviceAuthorization &authorization);
    DeviceAuthorization *deviceAuthorization(const QByteArray &deviceCode);
    DeviceAuthorization *deviceAuthorizationByUserCode(const QString &userCode);

    AuthorizationCode &addAuthorizationCode(const AuthorizationCode &code);
    AuthorizationCode *authorizationCode(const QByteArray &code);

    static QString newUserCode();

    // Every token and code handed out so far: tests grep the app's files and output for them.
    QList<QByteArray> issuedSecrets() const;

private:
    std::map<QByteArray, AccessGrant> m_access;
    std::map<QByteArray, RefreshGrant> m_refresh;
    std::map<QByteArray, DeviceAuthorization> m_devices;
    std::map<QByteArray, AuthorizationCode> m_codes;
};

} // namespace rc::emu
