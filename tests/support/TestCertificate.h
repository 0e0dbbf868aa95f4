#pragma once
// Certificates made at test time with OpenSSL, never checked in: an RSA-2048 key (or a P-256 key)
// and a self-signed X.509 certificate, written as PEM (plain key, PKCS#8-encrypted key,
// traditional encrypted key) and as PFX/PKCS#12 into a temporary folder that goes away with the
// object. RSA keys are generated once per process and shared by index, so tests stay fast.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

struct evp_pkey_st;
struct x509_st;

namespace rc::test {

class TestCertificate final
{
public:
    struct Options
    {
        QString commonName = QStringLiteral("Revoke Console test");
        qint64 validFromSeconds = -3600; // notBefore, relative to now
        qint64 validForSeconds = 365LL * 24 * 3600; // notAfter - notBefore
        int rsaKey = 0; // which shared RSA key: certificates with different indexes differ
        bool ecKey = false; // a P-256 key instead (Entra refuses it)
    };

    TestCertificate();
    explicit TestCertificate(const Options &options);
    // Valid for a year, which ended yesterday.
    static Options expiredOptions();
    ~TestCertificate();
    TestCertificate(const TestCertificate &) = delete;
    TestCertificate &operator=(const TestCertificate &) = delete;

    QByteArray certificatePem() const; // what DemoTenant::registerCertificate takes
    QByteArray certificateDer() const;
    QByteArray keyPem() const; // unencrypted PKCS#8
    QDateTime notAfter() const;

    // Files in dir(); each returns the path written.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString writePem(const QString &name = QStringLiteral("app.pem")) const; // cert + key
    QString writeEncryptedPem(const QByteArray &passphrase,
                              const QString &name = QStringLiteral("app-encrypted.pem"),
                              bool traditional = false) const;
    QString writePfx(const QByteArray &passphrase,
                     const QString &name = QStringLiteral("app.pfx")) const;
    // As OpenSSL 1.x wrote them: certificate under RC2-40, key under 3DES.
    QString writeLegacyPfx(const QByteArray &passphrase,
                           const QString &name = QStringLiteral("legacy.pfx")) const;
    QString writePfxWithoutKey(const QByteArray &passphrase,
                               const QString &name = QStringLiteral("nokey.pfx")) const;
    // This certificate with the private key of `other`.
    QString writePemWithKeyOf(const TestCertificate &other,
                              const QString &name = QStringLiteral("mismatch.pem")) const;
    QString dir() const { return m_dir.path(); }

    // Digests of the DER certificate computed by OpenSSL (X509_digest), raw bytes.
    QByteArray sha1() const;
    QByteArray sha256() const;
    // Checks a JWS signature (RS256, or PS256 when pss) with the certificate's public key,
    // independently of the code under test.
    bool verify(const QByteArray &data, const QByteArray &signature, bool pss) const;

private:
    QByteArray pfx(const QByteArray &passphrase, bool withKey, bool legacy) const;

    evp_pkey_st *m_key = nullptr;
    x509_st *m_certificate = nullptr;
    QTemporaryDir m_dir;
};

} // namespace rc::test
