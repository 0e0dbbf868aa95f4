// A certificate file for app-only sign-in (app/auth/CertificateCredential): PEM or PFX/PKCS#12,
// loaded from a file as the app does, with no passphrase and with "test". A hostile file must be
// refused (or accepted) quickly: an iteration count is work the file asks for.
//
// Seeds with a private key are never checked in (tests/support/TestCertificate.h): with
// REVOKE_FUZZ_WRITE_SEEDS=DIR this target writes them, made with a fresh key, and exits.

#include "FuzzSupport.h"
#include "auth/CertificateCredential.h"
#include "support/TestCertificate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <ctime>

namespace {

void writeSeeds(const QString &dir)
{
    const rc::test::TestCertificate certificate;
    const QByteArray passphrase = "test";
    const QList<QPair<QString, QString>> seeds {
            {certificate.writePem(), QStringLiteral("cert-and-key.pem")},
            {certificate.writeEncryptedPem(passphrase), QStringLiteral("encrypted-pkcs8.pem")},
            {certificate.writeEncryptedPem(passphrase, QStringLiteral("t.pem"), true),
             QStringLiteral("encrypted-traditional.pem")},
            {certificate.writePfx(passphrase), QStringLiteral("passphrase-test.pfx")},
            {certificate.writePfx({}, QStringLiteral("empty.pfx")),
             QStringLiteral("no-passphrase.pfx")},
            {certificate.writeLegacyPfx(passphrase), QStringLiteral("legacy-rc2.pfx")},
            {certificate.writePfxWithoutKey(passphrase), QStringLiteral("without-key.pfx")}};
    QDir().mkpath(dir);
    for (const auto &[from, name] : seeds) {
        QFile::remove(QDir(dir).filePath(name));
        rc::fuzz::check(QFile::copy(from, QDir(dir).filePath(name)), "a seed is written");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString dir = qEnvironmentVariable("REVOKE_FUZZ_WRITE_SEEDS");
    if (dir.isEmpty())
        return 0;
    rc::fuzz::ensureApplication();
    writeSeeds(dir);
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.pfx"));
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    for (const QByteArray &passphrase : {QByteArray(), QByteArray("test")}) {
        // CPU time, not wall time: a busy or niced machine may hold the fuzzer for seconds.
        const std::clock_t started = std::clock();
        const auto credential
                = rc::CertificateCredential::load(path, rc::SecretBytes(passphrase), now);
        check(double(std::clock() - started) / CLOCKS_PER_SEC < 3.0,
              "a certificate file is read in seconds, not minutes");
        if (!credential) {
            check(credential.error().kind == rc::ServiceError::Kind::Configuration,
                  "a refused certificate file is a configuration error");
            continue;
        }
        const rc::CertificateCredential &c = credential.value();
        check(c.thumbprint().size() == 40, "a thumbprint is 40 hex digits");
        check(c.notAfter() > now, "an accepted certificate has not expired");
        check(c.sign("header.claims", rc::CertificateCredential::Algorithm::RS256).ok(),
              "an accepted key signs");
    }
    return 0;
}
