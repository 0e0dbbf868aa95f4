#pragma once
// The cmdlet's own operation on the wire: Office365Tenant.RevokeAllUserSessions(userName) as one
// CSOM ProcessQuery request, and the reading of its JSON answer (docs/protocol-notes.md,
// "SharePoint: the cmdlet's CSOM request"). Pure functions.

#include "core/Result.h"
#include "net/HttpRequest.h"

namespace rc::csom {

// The Office365Tenant class (Microsoft.Online.SharePoint.TenantManagement), not Tenant.
inline constexpr char Office365TenantTypeId[] = "{e45fd516-a408-4ca4-b6dc-268e2f1f0f83}";

QString xmlEscape(const QString &text); // & < > " '
QByteArray revokeAllUserSessionsRequest(const QString &userName);

struct RevokeAnswer
{
    int state = -1; // SPOUserSessionRevocationState
    QString correlationId; // TraceCorrelationId
};

// ErrorInfo is looked at first, whatever the HTTP status; then the State of the query action.
Result<RevokeAnswer> parseRevokeAnswer(const HttpResponse &response);

} // namespace rc::csom
