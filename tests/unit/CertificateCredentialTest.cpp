// Loading an app registration's certificate from PEM and PFX files, every way such a file can be
// unusable, and signing with its key (checked independently with the certificate's public key).
#include "auth/CertificateCredential.h"
#include "support/QtPrinters.h"
#include "support/TestCertificate.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;
using Alg = CertificateCredential::Algorithm;

namespace {

const QByteArray Passphrase = "c0rrect h0rse \xc3\xa9t\xc3\xa9"; // UTF-8, with spaces

SecretBytes secret(const QByteArray &text)
{
    return SecretBytes(QByteArray(text.constData(), text.size()));
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Loads and expects a Configuration error; returns its message.
QString refusal(const QString &path, const QByteArray &passphrase = {}, const QDateTime &now = {})
{
    const auto loaded = CertificateCredential::load(path, secret(passphrase), now);
    EXPECT_FALSE(loaded.ok());
    if (loaded.ok())
        return {};
    EXPECT_EQ(loaded.error().kind, ServiceError::Kind::Configuration);
    EXPECT_FALSE(loaded.error().message.contains(QString::fromUtf8(Passphrase)));
    EXPECT_FALSE(loaded.error().detail.contains(QString::fromUtf8(Passphrase)));
    return loaded.error().message;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void expectIdentity(const CertificateCredential &credential, const TestCertificate &certificate)
{
    EXPECT_EQ(credential.certificateDer(), certificate.certificateDer());
    EXPECT_EQ(credential.x5t(), b64url(certificate.sha1()));
    EXPECT_EQ(credential.x5t().size(), 27); // 20 bytes, no padding
    EXPECT_EQ(credential.x5tS256(), b64url(certificate.sha256()));
    EXPECT_EQ(credential.x5tS256().size(), 43);
    EXPECT_EQ(credential.thumbprint(), QString::fromLatin1(certificate.sha1().toHex().toUpper()));
    EXPECT_EQ(credential.subject(), QStringLiteral("CN=Revoke Console test"));
    EXPECT_EQ(credential.notAfter(), certificate.notAfter());
}

} // namespace

TEST(CertificateCredential, PemWithPlainKey_Loads)
{
    TestCertificate certificate;
    auto loaded = CertificateCredential::load(certificate.writePem(), {});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    expectIdentity(loaded.value(), certificate);
}

TEST(CertificateCredential, PemWithEncryptedKey_LoadsWithItsPassphrase)
{
    TestCertificate certificate;
    for (const bool traditional : {false, true}) {
        const QString path
                = certificate.writeEncryptedPem(Passphrase, QStringLiteral("k.pem"), traditional);
        auto loaded = CertificateCredential::load(path, secret(Passphrase));
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        expectIdentity(loaded.value(), certificate);
    }
}

TEST(CertificateCredential, Pfx_LoadsWithItsPassphrase)
{
    TestCertificate certificate;
    auto loaded = CertificateCredential::load(certificate.writePfx(Passphrase), secret(Passphrase));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    expectIdentity(loaded.value(), certificate);
}

TEST(CertificateCredential, PfxWithoutPassphrase_Loads)
{
    TestCertificate certificate;
    auto loaded
            = CertificateCredential::load(certificate.writePfx({}, QStringLiteral("a.p12")), {});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    expectIdentity(loaded.value(), certificate);
}

TEST(CertificateCredential, PfxNamedLikePem_IsReadByContent)
{
    TestCertificate certificate;
    const QString path = certificate.writePfx(Passphrase, QStringLiteral("renamed.pem"));
    EXPECT_TRUE(CertificateCredential::load(path, secret(Passphrase)).ok());
}

TEST(CertificateCredential, LegacyPfxFromOpenSsl1_Loads)
{
    TestCertificate certificate;
    auto loaded = CertificateCredential::load(certificate.writeLegacyPfx(Passphrase),
                                              secret(Passphrase));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString() << " / "
                             << loaded.error().detail.toStdString();
    expectIdentity(loaded.value(), certificate);
}

TEST(CertificateCredential, WrongPassphrase_SaysSo)
{
    TestCertificate certificate;
    const QString pfx = certificate.writePfx(Passphrase);
    EXPECT_EQ(refusal(pfx, "not the passphrase"),
              QStringLiteral("The passphrase for %1 is wrong.").arg(shown(pfx)));
    const QString pem = certificate.writeEncryptedPem(Passphrase);
    EXPECT_EQ(refusal(pem, "not the passphrase"),
              QStringLiteral("The passphrase for %1 is wrong.").arg(shown(pem)));
    const QString traditional
            = certificate.writeEncryptedPem(Passphrase, QStringLiteral("t.pem"), true);
    EXPECT_EQ(refusal(traditional, "not the passphrase"),
              QStringLiteral("The passphrase for %1 is wrong.").arg(shown(traditional)));
}

TEST(CertificateCredential, ProtectedFileWithoutPassphrase_AsksForIt)
{
    TestCertificate certificate;
    for (const QString &path :
         {certificate.writePfx(Passphrase), certificate.writeEncryptedPem(Passphrase)}) {
        EXPECT_EQ(refusal(path),
                  QStringLiteral("%1 is protected by a passphrase. Enter the passphrase to use it.")
                          .arg(shown(path)));
    }
}

TEST(CertificateCredential, MissingFileOrFolder_IsNamed)
{
    TestCertificate certificate;
    const QString missing = certificate.dir() + QStringLiteral("/nothing.pfx");
    EXPECT_EQ(refusal(missing),
              QStringLiteral("The certificate file %1 does not exist.").arg(shown(missing)));
    EXPECT_EQ(refusal(certificate.dir()),
              QStringLiteral("%1 is a folder, not a certificate file.")
                      .arg(shown(certificate.dir())));
}

TEST(CertificateCredential, NotACertificate_IsRefused)
{
    TestCertificate certificate;
    const QString expected = QStringLiteral("%1 is not a certificate file. Use a PFX/PKCS#12 file, "
                                            "or a PEM file with the certificate and its private "
                                            "key.");
    const QString text = certificate.writeFile(QStringLiteral("notes.pem"), "hello\n");
    EXPECT_EQ(refusal(text), expected.arg(shown(text)));
    const QString garbage = certificate.writeFile(QStringLiteral("x.pfx"), QByteArray(500, '\x30'));
    EXPECT_EQ(refusal(garbage, Passphrase), expected.arg(shown(garbage)));
    const QString empty = certificate.writeFile(QStringLiteral("empty.pfx"), {});
    EXPECT_EQ(refusal(empty), expected.arg(shown(empty)));
    const QString keyOnly = certificate.writeFile(QStringLiteral("key.pem"), certificate.keyPem());
    EXPECT_EQ(refusal(keyOnly), expected.arg(shown(keyOnly)));
}

TEST(CertificateCredential, CertificateWithoutKey_IsRefused)
{
    TestCertificate certificate;
    const QString expected = QStringLiteral("%1 contains no private key. Use a PFX/PKCS#12 file, "
                                            "or a PEM file with the certificate and its private "
                                            "key.");
    const QString pem
            = certificate.writeFile(QStringLiteral("cert.pem"), certificate.certificatePem());
    EXPECT_EQ(refusal(pem), expected.arg(shown(pem)));
    const QString cer
            = certificate.writeFile(QStringLiteral("cert.cer"), certificate.certificateDer());
    EXPECT_EQ(refusal(cer), expected.arg(shown(cer)));
    const QString pfx = certificate.writePfxWithoutKey(Passphrase);
    EXPECT_EQ(refusal(pfx, Passphrase), expected.arg(shown(pfx)));
}

TEST(CertificateCredential, EcKey_IsRefused)
{
    TestCertificate::Options options;
    options.ecKey = true;
    TestCertificate certificate(options);
    const QString pfx = certificate.writePfx(Passphrase);
    EXPECT_EQ(refusal(pfx, Passphrase),
              QStringLiteral("The private key in %1 is not an RSA key (it is EC). Microsoft Entra "
                             "ID accepts only RSA certificates.")
                      .arg(shown(pfx)));
}

TEST(CertificateCredential, KeyOfAnotherCertificate_IsRefused)
{
    TestCertificate certificate;
    TestCertificate::Options options;
    options.rsaKey = 1;
    TestCertificate other(options);
    const QString path = certificate.writePemWithKeyOf(other);
    EXPECT_EQ(refusal(path),
              QStringLiteral("The private key in %1 does not belong to its certificate (CN=Revoke "
                             "Console test).")
                      .arg(shown(path)));
}

TEST(CertificateCredential, ExpiredCertificate_IsRefusedWithTheDate)
{
    TestCertificate expired(TestCertificate::expiredOptions());
    const QString path = expired.writePfx(Passphrase);
    const QString date = expired.notAfter().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    EXPECT_EQ(refusal(path, Passphrase),
              QStringLiteral("The certificate in %1 (CN=Revoke Console expired) expired on %2. "
                             "Create a new certificate and upload it to the app registration.")
                      .arg(shown(path), date));

    // The same file at a time it was valid loads; a valid one at a later time does not.
    EXPECT_TRUE(
            CertificateCredential::load(path, secret(Passphrase), expired.notAfter().addDays(-1))
                    .ok());
    TestCertificate valid;
    EXPECT_FALSE(CertificateCredential::load(valid.writePem(), {}, valid.notAfter()).ok());
}

TEST(CertificateCredential, Rs256Signature_VerifiesWithThePublicKey)
{
    TestCertificate certificate;
    auto loaded = CertificateCredential::load(certificate.writePem(), {});
    ASSERT_TRUE(loaded.ok());
    const QByteArray data = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0";
    const auto signature = loaded.value().sign(data, Alg::RS256);
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(signature.value().size(), 256); // RSA-2048
    EXPECT_TRUE(certificate.verify(data, signature.value(), false));
    EXPECT_FALSE(certificate.verify(data, signature.value(), true));
    EXPECT_FALSE(certificate.verify(data + "x", signature.value(), false));
    // PKCS#1 v1.5 is deterministic.
    EXPECT_EQ(loaded.value().sign(data, Alg::RS256).value(), signature.value());
}

TEST(CertificateCredential, Ps256Signature_VerifiesWithThePublicKey)
{
    TestCertificate certificate;
    auto loaded = CertificateCredential::load(certificate.writePfx(Passphrase), secret(Passphrase));
    ASSERT_TRUE(loaded.ok());
    const QByteArray data = "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0";
    const auto signature = loaded.value().sign(data, Alg::PS256);
    ASSERT_TRUE(signature.ok());
    EXPECT_TRUE(certificate.verify(data, signature.value(), true));
    EXPECT_FALSE(certificate.verify(data, signature.value(), false));
    EXPECT_FALSE(certificate.verify(data + "x", signature.value(), true));
    // PSS is salted: two signatures of the same data differ, both valid.
    const QByteArray again = loaded.value().sign(data, Alg::PS256).value();
    EXPECT_NE(again, signature.value());
    EXPECT_TRUE(certificate.verify(data, again, true));
}

TEST(CertificateCredential, MovedCredential_StillSigns)
{
    TestCertificate certificate;
    auto loaded = CertificateCredential::load(certificate.writePem(), {});
    ASSERT_TRUE(loaded.ok());
    CertificateCredential moved = std::move(loaded).value();
    CertificateCredential target = std::move(moved);
    EXPECT_EQ(target.thumbprint(), QString::fromLatin1(certificate.sha1().toHex().toUpper()));
    const auto signature = target.sign("data", Alg::RS256);
    ASSERT_TRUE(signature.ok());
    EXPECT_TRUE(certificate.verify("data", signature.value(), false));
}
