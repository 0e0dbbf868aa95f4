#include "auth/CertificateCredential.h"

#include "auth/OpenSslPtr.h"
#include "auth/OpenSslReason.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class CertificateCredentialTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::CertificateCredential)
};

ServiceError configurationError(const QString &message, const QString &detail = {})
{
    return ServiceError::make(ServiceError::Kind::Configuration, message, detail);
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

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

CertificateCredential::CertificateCredential(CertificateFile file)
    : m_key(std::move(file.key))
    , m_certificate(std::move(file.certificate))
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
    Result<CertificateFile> file = CertificateFile::read(path, passphrase);
    if (!file)
        return file.error();
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    Result<CertificateCredential> result
            = fromFile(QDir::toNativeSeparators(path), std::move(file).value(), at);
    ERR_clear_error();
    return result;
}

Result<CertificateCredential>
CertificateCredential::fromFile(const QString &path, CertificateFile file, const QDateTime &now)
{
    CertificateCredential credential(std::move(file));
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
    // BIO_free_all: BIO_free returns an int, and a lone BIO is freed the same by either.
    const OpenSslPtr<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
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
