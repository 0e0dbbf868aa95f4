#pragma once
// An app registration's certificate with its RSA private key, loaded once from a certificate file
// (CertificateFile: PEM or PFX/PKCS#12), for signing client assertions (app-only sign-in). load()
// refuses, with a sentence a person can act on, any file Microsoft Entra ID would refuse later: no
// key, a non-RSA key, a key of another certificate, an expired certificate. Move-only; the key
// lives in OpenSSL and is freed with the object.

#include "auth/CertificateFile.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rc {

class CertificateCredential final
{
public:
    // The JWS algorithms Entra accepts for certificate credentials.
    enum class Algorithm {
        RS256, // RSASSA-PKCS1-v1_5 with SHA-256: the header names the certificate by x5t
        PS256, // RSASSA-PSS, SHA-256, MGF1 SHA-256, 32-byte salt: named by x5t#S256
    };

    // A PEM or PFX/PKCS#12 file (chosen by content). `passphrase` may be empty. `now` is when the
    // certificate must still be valid (invalid: the system clock).
    static Result<CertificateCredential> load(const QString &path, const SecretBytes &passphrase,
                                              const QDateTime &now = {});

    CertificateCredential(CertificateCredential &&) noexcept;
    CertificateCredential &operator=(CertificateCredential &&) noexcept;
    CertificateCredential(const CertificateCredential &) = delete;
    CertificateCredential &operator=(const CertificateCredential &) = delete;
    ~CertificateCredential();

    QByteArray x5t() const; // base64url SHA-1 of the DER certificate, no padding
    QByteArray x5tS256() const; // base64url SHA-256 of the DER certificate, no padding
    QString thumbprint() const; // SHA-1 hex, upper case, as the Azure portal shows it
    QString subject() const; // RFC 2253, e.g. "CN=Revoke Console"
    QDateTime notAfter() const; // UTC
    QByteArray certificateDer() const { return m_der; }

    // The JWS signature of `data` (not encoded).
    Result<QByteArray> sign(const QByteArray &data, Algorithm alg) const;

private:
    explicit CertificateCredential(CertificateFile file);
    // The file's key and certificate, refused if Entra would refuse them; `path` as shown.
    static Result<CertificateCredential> fromFile(const QString &path, CertificateFile file,
                                                  const QDateTime &now);

    CertificateFile::KeyPtr m_key;
    CertificateFile::CertificatePtr m_certificate;
    QByteArray m_der;
};

} // namespace rc
