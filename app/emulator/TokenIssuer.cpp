#include "emulator/TokenIssuer.h"

#include "directory/RoleTemplates.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace rc::emu {

namespace {

// The spelling the consent holds, or the requested one when not consented.
QString canonical(const QStringList &consented, const QString &permission)
{
    for (const QString &known : consented) {
        if (known.compare(permission, Qt::CaseInsensitive) == 0)
            return known;
    }
    return permission;
}

} // namespace

TokenIssuer::TokenIssuer(EmulatorState &state)
    : m_state(state)
{ }

std::optional<AadError> TokenIssuer::grant(const ScopeRequest &scope, const DemoUser &user,
                                           const QString &clientId, bool interactive,
                                           QStringList *granted)
{
    const QStringList consented = m_state.tenant.consent().consented(clientId, scope.audience);
    // "Troubleshoot consent issues in Microsoft Entra ID" / AADSTS65001 (invalid_grant).
    const AadError notConsented {
            400, QStringLiteral("invalid_grant"), 65001,
            QStringLiteral("The user or administrator has not consented to use the application "
                           "with ID '%1' named '%2'. Send an interactive authorization request "
                           "for this user and resource.")
                    .arg(clientId, AppConsent::displayName(clientId))};
    granted->clear();
    if (scope.isDefault()) {
        // "Scopes and permissions in the Microsoft identity platform", The .default scope: the
        // token carries every permission already granted for the resource, and nothing else.
        // So `/.default` with a shared public client yields whatever the tenant consented to for
        // that client: a tenant that consented less gets a token that cannot revoke. Asking for
        // permissions by name is how a client learns (65001) what is missing.
        if (consented.isEmpty())
            return notConsented;
        *granted = consented;
        return std::nullopt;
    }
    // "Permissions and consent overview": a permission nobody consented to for the tenant needs
    // consent; a Global Administrator may give it (for the whole tenant) while signing in, and
    // that consent then holds for everyone. A refresh-token grant prompts nobody.
    const bool canConsent
            = interactive && user.hasRole(QLatin1String(RoleTemplates::GlobalAdministrator));
    QStringList added;
    for (const QString &permission : scope.permissions) {
        if (!consented.contains(permission, Qt::CaseInsensitive)) {
            if (!canConsent)
                return notConsented;
            added.append(permission);
        }
        granted->append(canonical(consented, permission));
    }
    if (!added.isEmpty())
        m_state.tenant.consent().setConsented(clientId, scope.audience, consented + added);
    return std::nullopt;
}

QString TokenIssuer::issuer() const
{
    return EmulatorState::baseText(m_state.identityUrl) + QLatin1Char('/')
            + m_state.tenant.tenantId() + QStringLiteral("/v2.0");
}

QByteArray TokenIssuer::unsignedJwt(const QJsonObject &claims)
{
    const QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")},
                              {QStringLiteral("alg"), QStringLiteral("RS256")},
                              {QStringLiteral("kid"), QStringLiteral("emulator-unsigned")}};
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
            + randomToken(64);
}

QByteArray TokenIssuer::accessToken(Audience audience, const DemoUser *user,
                                    const QString &clientId, const QStringList &permissions)
{
    const QDateTime now = m_state.now();
    AccessGrant grant;
    grant.audience = audience;
    grant.userId = user ? user->id : QString();
    grant.clientId = clientId;
    grant.scopes = permissions;
    grant.expiresAt = now.addSecs(TokenStore::AccessTokenLifetimeSeconds);
    // "Access token claims reference": aud, iss, tid, oid, upn (delegated), appid, iat, nbf,
    // exp, and scp (delegated, space-separated) or roles (app-only, an array).
    const qint64 issuedAt = now.toSecsSinceEpoch();
    QJsonObject claims;
    claims.insert(QStringLiteral("aud"),
                  EmulatorState::baseText(audience == Audience::Graph ? m_state.graphUrl
                                                                      : m_state.sharePointUrl));
    claims.insert(QStringLiteral("iss"), issuer());
    claims.insert(QStringLiteral("tid"), m_state.tenant.tenantId());
    // An app-only token's oid is the app's service principal in the tenant (stable per app).
    claims.insert(QStringLiteral("oid"),
                  user ? user->id
                       : QUuid::createUuidV5(QUuid(m_state.tenant.tenantId()),
                                             QStringLiteral("sp:") + clientId.toLower())
                                  .toString(QUuid::WithoutBraces));
    if (user)
        claims.insert(QStringLiteral("upn"), user->userPrincipalName);
    claims.insert(QStringLiteral("appid"), clientId);
    claims.insert(QStringLiteral("iat"), issuedAt);
    claims.insert(QStringLiteral("nbf"), issuedAt);
    claims.insert(QStringLiteral("exp"), issuedAt + TokenStore::AccessTokenLifetimeSeconds);
    if (user)
        claims.insert(QStringLiteral("scp"), permissions.join(QLatin1Char(' ')));
    else
        claims.insert(QStringLiteral("roles"), QJsonArray::fromStringList(permissions));
    grant.token = unsignedJwt(claims);
    m_state.tokens.addAccessToken(grant);
    return grant.token;
}

HttpAnswer TokenIssuer::delegated(const ScopeRequest &scope, const QStringList &granted,
                                  const DemoUser &user, const QString &clientId,
                                  bool withRefreshToken)
{
    QJsonObject body;
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("scope"), scope.grantedScope(granted, m_state.sharePointUrl));
    body.insert(QStringLiteral("expires_in"), TokenStore::AccessTokenLifetimeSeconds);
    body.insert(QStringLiteral("ext_expires_in"), TokenStore::AccessTokenLifetimeSeconds);
    body.insert(QStringLiteral("access_token"),
                QString::fromLatin1(accessToken(scope.audience, &user, clientId, granted)));
    if (withRefreshToken)
        body.insert(QStringLiteral("refresh_token"),
                    QString::fromLatin1(
                            m_state.tokens.issueRefreshToken(user.id, clientId, m_state.now())));
    if (scope.openId)
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken(user, clientId)));
    HttpAnswer answer = HttpAnswer::json(200, body, "application/json; charset=utf-8");
    answer.setHeader("Cache-Control", "no-store, no-cache");
    return answer;
}

HttpAnswer TokenIssuer::appOnly(Audience audience, const QString &clientId)
{
    // "Microsoft identity platform and the OAuth 2.0 client credentials flow": the token carries
    // every application permission granted to the app for that resource, as `roles`.
    const QStringList roles = m_state.tenant.consent().application(clientId, audience);
    QJsonObject body;
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("expires_in"), TokenStore::AccessTokenLifetimeSeconds);
    body.insert(QStringLiteral("ext_expires_in"), TokenStore::AccessTokenLifetimeSeconds);
    body.insert(QStringLiteral("access_token"),
                QString::fromLatin1(accessToken(audience, nullptr, clientId, roles)));
    return HttpAnswer::json(200, body, "application/json; charset=utf-8");
}

QByteArray TokenIssuer::idToken(const DemoUser &user, const QString &clientId) const
{
    const qint64 now = m_state.now().toSecsSinceEpoch();
    QJsonObject claims;
    claims.insert(QStringLiteral("aud"), clientId);
    claims.insert(QStringLiteral("iss"), issuer());
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("nbf"), now);
    claims.insert(QStringLiteral("exp"), now + 3600);
    claims.insert(QStringLiteral("name"), user.displayName);
    claims.insert(QStringLiteral("oid"), user.id);
    claims.insert(QStringLiteral("preferred_username"), user.userPrincipalName);
    claims.insert(QStringLiteral("sub"),
                  QString::fromLatin1(base64Url(QCryptographicHash::hash(
                          (user.id + clientId).toUtf8(), QCryptographicHash::Sha256))));
    claims.insert(QStringLiteral("tid"), m_state.tenant.tenantId());
    claims.insert(QStringLiteral("ver"), QStringLiteral("2.0"));
    // Not signed: the client got it straight from the token endpoint and only reads the claims.
    return unsignedJwt(claims);
}

} // namespace rc::emu
