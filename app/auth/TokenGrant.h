#pragma once
// What the identity platform hands out: a device code to show the user, and tokens.

#include "core/SecretBytes.h"
#include "net/TokenSource.h"

#include <QUrl>

namespace rc {

struct DeviceCode
{
    QString userCode; // shown to the person; not a secret on its own
    SecretBytes deviceCode; // what we poll with
    QUrl verificationUri;
    QString message; // the service's own instruction, printed as is
    int expiresInSeconds = 900;
    int intervalSeconds = 5;
};

struct TokenGrant
{
    TokenPtr accessToken;
    SecretBytes refreshToken; // empty when the service sent none
    QString scope;
    QString account; // preferred_username from the id token, when there is one
};

} // namespace rc
