#include "auth/TokenScopes.h"

#include "auth/GrantedPermissions.h"

namespace rc {

Result<std::pair<QString, QUrl>> tokenScopes(const CloudEndpoints &cloud, const Tenant &tenant,
                                             Resource resource, bool appOnly)
{
    if (resource == Resource::SharePoint) {
        const auto scope = cloud.defaultScope(resource, tenant);
        if (!scope)
            return scope.error();
        return std::make_pair(scope.value(), cloud.sharePointAdmin(tenant).value());
    }
    const QUrl graph = cloud.graph();
    // Client credentials accept only /.default: the app gets the application permissions it
    // was granted ("Microsoft identity platform and the OAuth 2.0 client credentials flow").
    if (appOnly)
        return std::make_pair(cloud.defaultScope(resource, tenant).value(), graph);
    // Delegated Graph permissions are asked for by name: /.default on Microsoft's shared public
    // client yields only what the tenant consented for it already, which may not revoke
    // ("Scopes and permissions in the Microsoft identity platform"; docs/protocol-notes.md).
    const QString base = graph.toString() + QLatin1Char('/');
    // signInActivity is read on /users/{id}, which needs User.Read.All as well ("Get user").
    if (resource == Resource::GraphSignInLog)
        return std::make_pair(QString(base + QLatin1String(permissions::ReadAllUsers)
                                      + QLatin1Char(' ') + base
                                      + QLatin1String(permissions::ReadAuditLog)),
                              graph);
    // Blocking reads the user back (User.Read.All); devices are written as the signed-in admin.
    if (resource == Resource::GraphContainment)
        return std::make_pair(QString(base + QLatin1String(permissions::EnableDisableAccount)
                                      + QLatin1Char(' ') + base
                                      + QLatin1String(permissions::ReadAllUsers) + QLatin1Char(' ')
                                      + base + QLatin1String(permissions::AccessDirectoryAsUser)),
                              graph);
    return std::make_pair(QString(base + QLatin1String(permissions::RevokeSessions)
                                  + QLatin1Char(' ') + base
                                  + QLatin1String(permissions::ReadAllUsers)),
                          graph);
}

QString delegatedSignInScopes(const CloudEndpoints &cloud, const Tenant &tenant)
{
    // openid/profile give an id token naming the account; offline_access the refresh token that
    // is later redeemed for SharePoint too, and kept for the next run.
    return tokenScopes(cloud, tenant, Resource::Graph, false).value().first
            + QLatin1String(" offline_access openid profile");
}

} // namespace rc
