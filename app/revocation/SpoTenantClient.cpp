#include "revocation/SpoTenantClient.h"

#include "core/Deferred.h"
#include "core/Logging.h"

namespace rc {

SpoTenantClient::SpoTenantClient(ServiceCaller &caller, Result<QUrl> adminSite)
    : m_caller(caller)
    , m_adminSite(std::move(adminSite))
{ }

Call SpoTenantClient::revokeAllUserSessions(const QString &userName, QObject *context,
                                            std::function<void(Result<csom::RevokeAnswer>)> onDone)
{
    if (!m_adminSite) {
        return answerLater(
                nullptr, context,
                [error = m_adminSite.error(), onDone = std::move(onDone)] { onDone(error); });
    }
    HttpRequest request;
    request.method = "POST";
    QUrl url = m_adminSite.value();
    url.setPath(url.path() + QLatin1String("/_vti_bin/client.svc/ProcessQuery"));
    request.url = url;
    // A bearer token needs no form digest.
    request.setHeader("Content-Type", "text/xml");
    request.setHeader("Accept", "application/json");
    request.body = csom::revokeAllUserSessionsRequest(userName);
    qCDebug(lcSpo) << "RevokeAllUserSessions via" << url.host();
    return m_caller.send(Resource::SharePoint, std::move(request), context,
                         [onDone = std::move(onDone)](Result<HttpResponse> r) {
                             if (!r)
                                 onDone(r.error());
                             else
                                 onDone(csom::parseRevokeAnswer(r.value()));
                         });
}

} // namespace rc
