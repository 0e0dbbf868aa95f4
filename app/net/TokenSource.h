#pragma once
// Where clients get a bearer token for a resource. SignInSession implements it; ServiceCaller asks
// it before every request and tells it when a token was refused (401), so it refreshes once.

#include "cloud/CloudEndpoints.h"
#include "core/AccessToken.h"
#include "core/Call.h"
#include "core/Result.h"

#include <functional>
#include <memory>

class QObject;

namespace rc {

using TokenPtr = std::shared_ptr<const AccessToken>;

class TokenSource
{
public:
    using Callback = std::function<void(Result<TokenPtr>)>;
    virtual ~TokenSource() = default;
    virtual Call accessToken(Resource resource, QObject *context, Callback onDone) = 0;
    virtual void discardAccessToken(Resource resource) = 0;
};

} // namespace rc
