#pragma once
// What the identity platform hands out: a device code to show the user, and tokens.

#include "core/SecretBytes.h"
#include "net/TokenSource.h"

#include <QUrl>

namespace rc {

struct DeviceCode
{
    // Bounds on what the server says (TokenEndpoint::parseDeviceCode): Microsoft's codes live
    // 15 minutes and are polled every 5 s ("OAuth 2.0 device authorization grant"; RFC 8628
    // §3.2 makes 5 s the default). A hostile expires_in of 0 must not end the wait at once, nor
    // one of 10^12 keep a window waiting forever; an interval of 0 must not spin.
    static constexpr int DefaultLifetimeSeconds = 15 * 60;
    static constexpr int MinLifetimeSeconds = 15 * 60;
    static constexpr int MaxLifetimeSeconds = 60 * 60;
    static constexpr int DefaultIntervalSeconds = 5;
    static constexpr int MaxIntervalSeconds = 60;

    QString userCode; // shown to the person; not a secret on its own
    SecretBytes deviceCode; // what we poll with
    QUrl verificationUri;
    QString message; // the service's own instruction, printed as is
    int expiresInSeconds = DefaultLifetimeSeconds;
    int intervalSeconds = DefaultIntervalSeconds;
};

struct TokenGrant
{
    TokenPtr accessToken;
    SecretBytes refreshToken; // empty when the service sent none
    QString scope;
    QString account; // preferred_username from the id token, when there is one
};

} // namespace rc
