#pragma once
// PKCE for the browser sign-in (RFC 7636, method S256): a fresh code_verifier per attempt from the
// OS random source, and its code_challenge = base64url(SHA-256(verifier)) without padding. The
// verifier is a secret until the code is redeemed: it lives in SecretBytes and is wiped with it.

#include "core/Result.h"
#include "core/SecretBytes.h"

namespace rc {

class Pkce final
{
public:
    // 64 characters of [A-Za-z0-9-_] (48 random bytes; RFC 7636 asks for at least 32).
    static Pkce generate();
    // A given verifier; refused unless it is 43 to 128 characters of [A-Za-z0-9-._~].
    static Result<Pkce> fromVerifier(SecretBytes verifier);

    static bool isValidVerifier(const QByteArray &verifier);
    static QByteArray challengeOf(const QByteArray &verifier);
    static QString method() { return QStringLiteral("S256"); }

    const SecretBytes &verifier() const { return m_verifier; }
    QByteArray challenge() const { return challengeOf(m_verifier.view()); }
    void wipe() { m_verifier.wipe(); }

private:
    explicit Pkce(SecretBytes verifier)
        : m_verifier(std::move(verifier))
    { }

    SecretBytes m_verifier;
};

} // namespace rc
