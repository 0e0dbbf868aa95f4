#pragma once
// The three base URLs of one Microsoft 365 cloud (identity, Graph, SharePoint admin): a preset
// (global, usgov, china) or a JSON file, such as the one the emulator prints. Every URL the app
// builds starts here, and token scopes are derived from them, so national clouds and the loopback
// emulator run the very same code.

#include "cloud/Tenant.h"
#include "core/Result.h"

#include <QStringList>
#include <QUrl>

namespace rc {

// Graph and SharePoint admin are the two resources; GraphSignInLog is Graph again, with a token
// asked for apart because AuditLog.Read.All is wanted only where last sign-in is shown and may
// not be consented (the sign-in must not fail for its sake).
// Graph's tokens are split by what they are consented for: revocation and reading users (Graph),
// the sign-in log (GraphSignInLog: Entra ID P1, AuditLog.Read.All) and containment's writes
// (GraphContainment: blocking sign-in, devices). A tenant that consented only to revocation keeps
// revoking when the others are refused.
enum class Resource { Graph, SharePoint, GraphSignInLog, GraphContainment };

class CloudEndpoints final
{
public:
    static Result<CloudEndpoints> preset(const QString &name);
    static QStringList presetNames();
    // {"authority": URL, "graph": URL, "sharepointAdmin": URL}; sharepointAdmin may hold {tenant}.
    static Result<CloudEndpoints> fromJson(const QByteArray &json);
    static Result<CloudEndpoints> fromFile(const QString &path);
    static Result<CloudEndpoints> create(const QString &authority, const QString &graph,
                                         const QString &sharePointAdminTemplate);

    QString name() const { return m_name; }
    QUrl authority() const { return m_authority; }
    QUrl graph() const { return m_graph; }
    QString sharePointAdminTemplate() const { return m_sharePointAdmin; }

    // {authority}/{tenant}/oauth2/v2.0/{endpoint}
    QUrl identityEndpoint(const Tenant &tenant, const QString &endpoint) const;
    // The tenant's admin site; needs the tenant's onmicrosoft domain when the template has
    // {tenant}.
    Result<QUrl> sharePointAdmin(const Tenant &tenant) const;
    // "{base}/.default" of the resource: one resource per token request, as Entra requires.
    Result<QString> defaultScope(Resource resource, const Tenant &tenant) const;

    QByteArray toJson() const;

private:
    QString m_name;
    QUrl m_authority;
    QUrl m_graph;
    QString m_sharePointAdmin;
};

// http is allowed only to loopback hosts (the emulator); everything else must be https.
bool isLoopbackHost(const QString &host);
Result<Done> checkTransportSecurity(const QUrl &url);

} // namespace rc
