#pragma once
// The SharePoint admin endpoint's CSOM ProcessQuery, for the cmdlet's one operation:
// Office365Tenant.RevokeAllUserSessions. Sends with a token for the admin site, reads the State.

#include "net/ServiceCaller.h"
#include "revocation/CsomRevokeQuery.h"

namespace rc {

class SpoTenantClient final
{
public:
    // adminSite is an error when the tenant's admin site cannot be derived; calls then report it.
    SpoTenantClient(ServiceCaller &caller, Result<QUrl> adminSite);

    Call revokeAllUserSessions(const QString &userName, QObject *context,
                               std::function<void(Result<csom::RevokeAnswer>)> onDone);

private:
    ServiceCaller &m_caller;
    Result<QUrl> m_adminSite;
};

} // namespace rc
