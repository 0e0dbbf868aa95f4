#pragma once
// Human sentences for the identity platform's errors (AADSTS codes and OAuth error strings).

#include "core/ServiceError.h"
#include "net/HttpRequest.h"

namespace rc {

// Reads {"error","error_description","error_codes","correlation_id"} into a sign-in ServiceError.
ServiceError aadError(const HttpResponse &response);
QString aadMessage(int aadstsCode, const QString &oauthError);

} // namespace rc
