#pragma once
// Reads a failed HTTP answer from Graph or SharePoint into a ServiceError: the service's code and
// message, the request id, Retry-After, and the kind that decides what the app does next.

#include "core/ServiceError.h"
#include "net/HttpRequest.h"

namespace rc {

ServiceError errorFromResponse(const HttpResponse &response);
ServiceError::Kind kindForStatus(int status);
// An answer that arrived but cannot be read (garbage, truncated, unexpected shape).
ServiceError unreadableResponse(const HttpResponse &response, const QString &what);

} // namespace rc
