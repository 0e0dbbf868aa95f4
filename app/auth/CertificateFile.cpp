#include "auth/CertificateFile.h"

#include "auth/DerivationLimit.h"
#include "auth/OpenSslPtr.h"
#include "auth/OpenSslReason.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <cstring>

namespace rc {

namespace {

using KeyPtr = CertificateFile::KeyPtr;
using CertificatePtr = CertificateFile::CertificatePtr;

// A certificate file is a few kilobytes; anything this large is not one.
constexpr qint64 MaxFileBytes = 1024 * 1024;

// The translation context of these texts is CertificateCredential's, whose load() shows them
// (lupdate reads it from the macro).
class CertificateCredentialTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::CertificateCredential)
};

ServiceError configurationError(const QString &message, const QString &detail = {})
{
    return ServiceError::make(ServiceError::Kind::Configuration, message, detail);
}

ServiceError wrongPassphrase(const QString &path)
{
    return configurationError(
            CertificateCredentialTr::tr("The passphrase for %1 is wrong.").arg(path));
}

ServiceError passphraseNeeded(const QString &path)
{
    return configurationError(
            CertificateCredentialTr::tr(
                    "%1 is protected by a passphrase. Enter the passphrase to use it.")
                    .arg(path));
}

ServiceError notACertificate(const QString &path)
{
    return configurationError(
            CertificateCredentialTr::tr(
                    "%1 is not a certificate file. Use a PFX/PKCS#12 file, or a PEM "
                    "file with the certificate and its private key.")
                    .arg(path));
}

ServiceError noPrivateKey(const QString &path)
{
    return configurationError(
            CertificateCredentialTr::tr(
                    "%1 contains no private key. Use a PFX/PKCS#12 file, or a PEM "
                    "file with the certificate and its private key.")
                    .arg(path));
}

// The file names its own key-derivation work (DerivationLimit.h); a hostile one asks for hours.
ServiceError tooMuchWork(const QString &path)
{
    return configurationError(
            CertificateCredentialTr::tr(
                    "%1 asks for more key-derivation rounds than a certificate file "
                    "needs (over %2). Export it again with the usual settings.")
                    .arg(path)
                    .arg(derivation::MaxIterations));
}

// BIO_free_all: BIO_free returns an int, and a lone BIO is freed the same by either.
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;

// A read-only view of `bytes` (no copy, so no extra buffer holding the key to wipe).
BioPtr readOnly(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// Hands the passphrase to OpenSSL, which wipes its buffer after use. Always passed: without a
// callback OpenSSL would prompt on the terminal.
int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *user)
{
    const QByteArray &passphrase = static_cast<const SecretBytes *>(user)->view();
    if (passphrase.size() > size)
        return -1;
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()));
    return int(passphrase.size());
}

void *callbackData(const SecretBytes &passphrase)
{
    return const_cast<SecretBytes *>(&passphrase);
}

// What the PEM blocks of a file are, looked at before decoding so that a failed decryption can
// be told apart from a missing key.
struct PemContents
{
    bool hasCertificate = false;
    bool hasKey = false;
    bool keyEncrypted = false;
    bool keyWorkWithinLimit = true; // a PKCS#8 encrypted key's iteration count
};

PemContents scanPem(const QByteArray &bytes)
{
    PemContents found;
    const BioPtr bio = readOnly(bytes);
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long length = 0;
    while (PEM_read_bio(bio.get(), &name, &header, &data, &length) == 1) {
        const QByteArray type(name);
        if (type == "CERTIFICATE" || type == "X509 CERTIFICATE") {
            found.hasCertificate = true;
        } else if (type.endsWith("PRIVATE KEY") && !found.hasKey) {
            found.hasKey = true;
            // PKCS#8 "ENCRYPTED PRIVATE KEY", or a traditional key with "Proc-Type: 4,ENCRYPTED".
            found.keyEncrypted
                    = type.startsWith("ENCRYPTED") || QByteArray(header).contains("ENCRYPTED");
        }
        if (type == "ENCRYPTED PRIVATE KEY") {
            found.keyWorkWithinLimit = found.keyWorkWithinLimit
                    && derivation::encryptedKeyWithinLimit(QByteArray::fromRawData(
                            reinterpret_cast<const char *>(data), qsizetype(length)));
        }
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, size_t(length)); // may be an unencrypted key
        name = header = nullptr;
        data = nullptr;
    }
    ERR_clear_error(); // the loop always ends on "no start line"
    return found;
}

bool macMatches(PKCS12 *p12, const SecretBytes &passphrase)
{
    // An empty passphrase may have been applied as no password or as "": PKCS12_parse tries both.
    if (passphrase.isEmpty())
        return PKCS12_verify_mac(p12, nullptr, 0) == 1 || PKCS12_verify_mac(p12, "", 0) == 1;
    return PKCS12_verify_mac(p12, passphrase.view().constData(), int(passphrase.view().size()))
            == 1;
}

// PFX files written by OpenSSL 1.x protect the certificate with RC2-40, which OpenSSL 3 only has
// in its legacy provider. It is loaded only when such a file is met.
bool loadLegacyProvider()
{
    if (OSSL_PROVIDER_available(nullptr, "legacy") == 1)
        return false; // already there: retrying would not help
    // Loaded for the life of the process, and held here so it stays reachable: OpenSSL's exit
    // handler drops its own references first, and a leak checker would count it lost.
    static OSSL_PROVIDER *legacy = nullptr;
    legacy = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
    return legacy != nullptr;
}

Result<CertificateFile> readPem(const QString &path, const QByteArray &bytes,
                                const SecretBytes &passphrase)
{
    const PemContents contents = scanPem(bytes);
    if (!contents.hasCertificate)
        return notACertificate(path);
    if (!contents.hasKey)
        return noPrivateKey(path);
    if (!contents.keyWorkWithinLimit)
        return tooMuchWork(path);
    // Each read starts from the top and skips the blocks of other types.
    CertificatePtr certificate(PEM_read_bio_X509(readOnly(bytes).get(), nullptr, passphraseCallback,
                                                 callbackData(passphrase)));
    if (!certificate)
        return configurationError(
                CertificateCredentialTr::tr("The certificate in %1 could not be read.").arg(path),
                openSslReason());
    KeyPtr key(PEM_read_bio_PrivateKey(readOnly(bytes).get(), nullptr, passphraseCallback,
                                       callbackData(passphrase)));
    if (!key) {
        const QString reason = openSslReason();
        if (contents.keyEncrypted)
            return passphrase.isEmpty() ? passphraseNeeded(path) : wrongPassphrase(path);
        return configurationError(
                CertificateCredentialTr::tr("The private key in %1 could not be read.").arg(path),
                reason);
    }
    return CertificateFile {std::move(key), std::move(certificate)};
}

Result<CertificateFile> readPkcs12(const QString &path, const QByteArray &bytes,
                                   const SecretBytes &passphrase)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(bytes.constData());
    const OpenSslPtr<PKCS12, PKCS12_free> p12(d2i_PKCS12(nullptr, &cursor, bytes.size()));
    if (!p12) {
        // A bare DER certificate (.cer) is a certificate, but without the key we need.
        cursor = reinterpret_cast<const unsigned char *>(bytes.constData());
        const CertificatePtr bare(d2i_X509(nullptr, &cursor, bytes.size()));
        ERR_clear_error();
        return bare ? noPrivateKey(path) : notACertificate(path);
    }
    if (!derivation::withinLimit(p12.get(), passphrase))
        return tooMuchWork(path);
    if (PKCS12_mac_present(p12.get()) == 1 && !macMatches(p12.get(), passphrase)) {
        ERR_clear_error();
        return passphrase.isEmpty() ? passphraseNeeded(path) : wrongPassphrase(path);
    }
    const char *pass = passphrase.isEmpty() ? nullptr : passphrase.view().constData();
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *others = nullptr;
    int parsed = PKCS12_parse(p12.get(), pass, &key, &certificate, &others);
    if (parsed != 1 && loadLegacyProvider()) {
        ERR_clear_error();
        parsed = PKCS12_parse(p12.get(), pass, &key, &certificate, &others);
    }
    KeyPtr keyPtr(key);
    // PKCS12_parse only returns as "the" certificate one that matches the key; any other lands
    // among the others, where a certificate without its key (or with another key) is found.
    if (!certificate && sk_X509_num(others) > 0)
        certificate = sk_X509_shift(others);
    sk_X509_pop_free(others, X509_free);
    CertificatePtr certificatePtr(certificate);
    if (parsed != 1) {
        // Without a MAC the passphrase is only checked by decrypting with it.
        const QString reason = openSslReason();
        if (PKCS12_mac_present(p12.get()) != 1 && !passphrase.isEmpty())
            return wrongPassphrase(path);
        return configurationError(
                CertificateCredentialTr::tr("The certificate file %1 could not be read.").arg(path),
                reason);
    }
    if (!certificatePtr)
        return notACertificate(path);
    if (!keyPtr)
        return noPrivateKey(path);
    return CertificateFile {std::move(keyPtr), std::move(certificatePtr)};
}

} // namespace

void CertificateFile::KeyFree::operator()(evp_pkey_st *freed) const
{
    EVP_PKEY_free(freed);
}

void CertificateFile::CertificateFree::operator()(x509_st *freed) const
{
    X509_free(freed);
}

Result<CertificateFile> CertificateFile::read(const QString &path, const SecretBytes &passphrase)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return configurationError(
                CertificateCredentialTr::tr("The certificate file %1 does not exist.").arg(shown));
    if (info.isDir())
        return configurationError(
                CertificateCredentialTr::tr("%1 is a folder, not a certificate file.").arg(shown));
    if (info.size() > MaxFileBytes)
        return notACertificate(shown);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configurationError(CertificateCredentialTr::tr(
                                          "The certificate file %1 cannot be read. Check that you "
                                          "may open it.")
                                          .arg(shown),
                                  file.errorString());
    // Read into one buffer of the final size: no reallocation leaves key bytes behind unwiped.
    QByteArray buffer(qsizetype(info.size()), '\0');
    const qint64 read = file.read(buffer.data(), buffer.size());
    buffer.truncate(qMax<qint64>(read, 0));
    const SecretBytes bytes(std::move(buffer));

    // By content, not by name: PEM is text with "-----BEGIN", a PFX is DER.
    Result<CertificateFile> result = bytes.view().contains("-----BEGIN ")
            ? readPem(shown, bytes.view(), passphrase)
            : readPkcs12(shown, bytes.view(), passphrase);
    ERR_clear_error();
    return result;
}

} // namespace rc
