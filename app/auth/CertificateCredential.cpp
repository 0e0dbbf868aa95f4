#include "auth/CertificateCredential.h"

#include "auth/DerivationLimit.h"
#include "auth/OpenSslPtr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

namespace rc {

namespace {

// A certificate file is a few kilobytes; anything this large is not one.
constexpr qint64 MaxFileBytes = 1024 * 1024;

// The translation context of this file's texts (lupdate reads it from the macro).
class CertificateCredentialTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::CertificateCredential)
};

ServiceError configurationError(const QString &message, const QString &detail = {})
{
    return ServiceError::make(ServiceError::Kind::Configuration, message, detail);
}

// OpenSSL's reason for the last failure, for the developer detail (it never holds a secret).
QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    ERR_clear_error();
    return reason ? QStringLiteral("OpenSSL: %1").arg(QString::fromLatin1(reason)) : QString();
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

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

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

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm t
    {
    };
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
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

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

void CertificateCredential::KeyFree::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

void CertificateCredential::CertificateFree::operator()(x509_st *certificate) const
{
    X509_free(certificate);
}

CertificateCredential::CertificateCredential(KeyPtr key, CertificatePtr certificate)
    : m_key(std::move(key))
    , m_certificate(std::move(certificate))
{
    const int length = i2d_X509(m_certificate.get(), nullptr);
    if (length > 0) {
        m_der.resize(length);
        auto *cursor = reinterpret_cast<unsigned char *>(m_der.data());
        i2d_X509(m_certificate.get(), &cursor);
    }
}

CertificateCredential::CertificateCredential(CertificateCredential &&) noexcept = default;
CertificateCredential &
CertificateCredential::operator=(CertificateCredential &&) noexcept = default;
CertificateCredential::~CertificateCredential() = default;

Result<CertificateCredential> CertificateCredential::load(const QString &path,
                                                          const SecretBytes &passphrase,
                                                          const QDateTime &now)
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

    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    // By content, not by name: PEM is text with "-----BEGIN", a PFX is DER.
    Result<CertificateCredential> result = bytes.view().contains("-----BEGIN ")
            ? loadPem(shown, bytes.view(), passphrase, at)
            : loadPkcs12(shown, bytes.view(), passphrase, at);
    ERR_clear_error();
    return result;
}

Result<CertificateCredential> CertificateCredential::loadPem(const QString &path,
                                                             const QByteArray &bytes,
                                                             const SecretBytes &passphrase,
                                                             const QDateTime &now)
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
    return fromParts(path, std::move(key), std::move(certificate), now);
}

Result<CertificateCredential> CertificateCredential::loadPkcs12(const QString &path,
                                                                const QByteArray &bytes,
                                                                const SecretBytes &passphrase,
                                                                const QDateTime &now)
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
    return fromParts(path, std::move(keyPtr), std::move(certificatePtr), now);
}

Result<CertificateCredential> CertificateCredential::fromParts(const QString &path, KeyPtr key,
                                                               CertificatePtr certificate,
                                                               const QDateTime &now)
{
    CertificateCredential credential(std::move(key), std::move(certificate));
    if (EVP_PKEY_get_base_id(credential.m_key.get()) != EVP_PKEY_RSA) {
        const char *type = EVP_PKEY_get0_type_name(credential.m_key.get());
        return configurationError(
                CertificateCredentialTr::tr("The private key in %1 is not an RSA key (it is %2). "
                                            "Microsoft Entra ID accepts only RSA certificates.")
                        .arg(path, QString::fromLatin1(type ? type : "?")));
    }
    if (X509_check_private_key(credential.m_certificate.get(), credential.m_key.get()) != 1) {
        const QString reason = openSslReason();
        return configurationError(
                CertificateCredentialTr::tr(
                        "The private key in %1 does not belong to its certificate "
                        "(%2).")
                        .arg(path, credential.subject()),
                reason);
    }
    // The check above compares only the public halves: a key whose private numbers are damaged
    // passes it and fails at the first sign-in. One trial signature refuses it here, where the
    // file is named (found by fuzz_certificate).
    if (const auto trial = credential.sign("trial", Algorithm::RS256); !trial) {
        return configurationError(
                CertificateCredentialTr::tr(
                        "The private key in %1 cannot sign: the file is damaged (%2).")
                        .arg(path, credential.subject()),
                trial.error().detail);
    }
    const QDateTime notAfter = credential.notAfter();
    if (!notAfter.isValid() || notAfter <= now) {
        return configurationError(
                CertificateCredentialTr::tr(
                        "The certificate in %1 (%2) expired on %3. Create a new certificate and "
                        "upload it to the app registration.")
                        .arg(path, credential.subject(),
                             notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    }
    return credential;
}

QByteArray CertificateCredential::x5t() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1));
}

QByteArray CertificateCredential::x5tS256() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha256));
}

QString CertificateCredential::thumbprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1).toHex())
            .toUpper();
}

QString CertificateCredential::subject() const
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 without escaping non-ASCII bytes, so UTF-8 names read as written.
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(m_certificate.get()), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length);
}

QDateTime CertificateCredential::notAfter() const
{
    return toDateTime(X509_get0_notAfter(m_certificate.get()));
}

Result<QByteArray> CertificateCredential::sign(const QByteArray &data, Algorithm alg) const
{
    const OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free> context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    bool ok = context
            && EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get())
                    == 1;
    if (ok && alg == Algorithm::PS256) {
        // RFC 7518 3.5: PSS with SHA-256, MGF1 with SHA-256, a salt as long as the hash.
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) == 1;
    }
    QByteArray signature(EVP_PKEY_get_size(m_key.get()), '\0');
    size_t length = size_t(signature.size());
    ok = ok
            && EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                              &length, reinterpret_cast<const unsigned char *>(data.constData()),
                              size_t(data.size()))
                    == 1;
    if (!ok)
        return configurationError(
                CertificateCredentialTr::tr(
                        "The certificate's private key could not sign the request."),
                openSslReason());
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace rc
