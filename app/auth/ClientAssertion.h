#pragma once
// The client_assertion of an app-only (client_credentials) token request: a JWT the app signs
// with its certificate, as Microsoft documents for certificate credentials. Built fresh for every
// token request: it is valid for ten minutes and carries a new "jti" each time.

#include "auth/CertificateCredential.h"

#include <QUrl>

namespace rc {

// Header {"alg":"RS256","typ":"JWT","x5t":..} or {"alg":"PS256","typ":"JWT","x5t#S256":..};
// claims aud (the token endpoint's URL, TokenEndpoint::tokenUrl()), iss = sub = the client id,
// a fresh GUID as jti, nbf = iat = now, exp = now + 10 minutes.
Result<SecretBytes>
makeClientAssertion(const CertificateCredential &credential, const QString &clientId,
                    const QUrl &tokenUrl, const QDateTime &now,
                    CertificateCredential::Algorithm alg = CertificateCredential::Algorithm::RS256);

} // namespace rc
