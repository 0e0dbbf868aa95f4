#include "auth/Pkce.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace rc {

namespace {
constexpr int VerifierRandomBytes = 48; // base64url: 64 characters, no padding
constexpr int MinVerifierLength = 43;
constexpr int MaxVerifierLength = 128;

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
}
} // namespace

Pkce Pkce::generate()
{
    std::array<quint32, VerifierRandomBytes / sizeof(quint32)> random {};
    // The system generator is the OS CSPRNG (getrandom / /dev/urandom), never the seeded one.
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char *>(random.data()),
                                                   VerifierRandomBytes);
    SecretBytes verifier(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    secureZero(random.data(), sizeof(random));
    return Pkce(std::move(verifier));
}

Result<Pkce> Pkce::fromVerifier(SecretBytes verifier)
{
    if (!isValidVerifier(verifier.view())) {
        return ServiceError::make(
                ServiceError::Kind::InvalidInput,
                QCoreApplication::translate("rc::Pkce",
                                            "A PKCE code verifier must be 43 to 128 letters, "
                                            "digits or -._~ characters."));
    }
    return Pkce(std::move(verifier));
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < MinVerifierLength || verifier.size() > MaxVerifierLength)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}

QByteArray Pkce::challengeOf(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace rc
