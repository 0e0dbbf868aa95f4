// Reading a certificate file is decoding only: a file whose key and certificate decode is read,
// even when the credential would refuse them (CertificateCredentialTest covers those refusals and
// every unreadable file through CertificateCredential::load).
#include "auth/CertificateFile.h"
#include "support/QtPrinters.h"
#include "support/TestCertificate.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;

namespace {

const QByteArray Passphrase = "c0rrect h0rse";

SecretBytes secret(const QByteArray &text)
{
    return SecretBytes(QByteArray(text.constData(), text.size()));
}

} // namespace

TEST(CertificateFile, DecodesWhatOnlyTheCredentialRefuses)
{
    TestCertificate::Options ec;
    ec.ecKey = true;
    TestCertificate ecCertificate(ec);
    TestCertificate expired(TestCertificate::expiredOptions());
    for (const QString &path :
         {ecCertificate.writePfx(Passphrase), expired.writePfx(Passphrase), expired.writePem()}) {
        SCOPED_TRACE(path.toStdString());
        const auto file = CertificateFile::read(path, secret(Passphrase));
        ASSERT_TRUE(file.ok()) << file.error().message.toStdString();
        EXPECT_NE(file.value().key, nullptr);
        EXPECT_NE(file.value().certificate, nullptr);
    }
}

TEST(CertificateFile, WrongPassphrase_IsRefusedWhileReading)
{
    TestCertificate certificate;
    const QString path = certificate.writePfx(Passphrase);
    const auto file = CertificateFile::read(path, secret("not it"));
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().kind, ServiceError::Kind::Configuration);
    EXPECT_EQ(
            file.error().message,
            QStringLiteral("The passphrase for %1 is wrong.").arg(QDir::toNativeSeparators(path)));
}
