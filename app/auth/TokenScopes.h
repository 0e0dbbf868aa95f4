#pragma once
// What a token for each resource is asked for: its scopes, and its audience (the base URL the
// token is only ever sent to), for a delegated sign-in and for an app-only (certificate) one.

#include "cloud/CloudEndpoints.h"

#include <utility>

namespace rc {

// (scopes, audience) of the token for `resource`.
Result<std::pair<QString, QUrl>> tokenScopes(const CloudEndpoints &cloud, const Tenant &tenant,
                                             Resource resource, bool appOnly);

// What an interactive (device-code or browser) sign-in asks for: the Graph token's scopes, a
// refresh token and an id token naming the account.
QString delegatedSignInScopes(const CloudEndpoints &cloud, const Tenant &tenant);

} // namespace rc
