#include "support/TestCertificate.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <map>
#include <stdexcept>

namespace rc::test {

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        ERR_print_errors_fp(stderr);
        throw std::runtime_error(what);
    }
}

// Shared RSA-2048 keys, made on first use: generating one takes a noticeable fraction of a second.
EVP_PKEY *sharedRsaKey(int index)
{
    // Never destroyed, so the keys stay reachable to the end (LeakSanitizer looks after exit).
    static auto *keys = new std::map<int, EVP_PKEY *>;
    EVP_PKEY *&key = (*keys)[index];
    if (!key) {
        key = EVP_RSA_gen(2048);
        check(key, "RSA key generation");
    }
    EVP_PKEY_up_ref(key);
    return key;
}

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

BioPtr memoryBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

QByteArray keyPem(EVP_PKEY *key)
{
    const BioPtr bio = memoryBio();
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
          "write key");
    return contents(bio.get());
}

QByteArray digest(X509 *certificate, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(X509_digest(certificate, md, out, &length) == 1, "digest");
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

} // namespace

TestCertificate::TestCertificate()
    : TestCertificate(Options())
{ }

TestCertificate::TestCertificate(const Options &options)
{
    m_key = options.ecKey ? EVP_EC_gen("P-256") : sharedRsaKey(options.rsaKey);
    check(m_key, "key");
    m_certificate = X509_new();
    check(m_certificate && X509_set_version(m_certificate, X509_VERSION_3) == 1, "certificate");
    check(ASN1_INTEGER_set_uint64(X509_get_serialNumber(m_certificate),
                                  QRandomGenerator::global()->generate64() >> 1)
                  == 1,
          "serial");
    X509_gmtime_adj(X509_getm_notBefore(m_certificate), long(options.validFromSeconds));
    X509_gmtime_adj(X509_getm_notAfter(m_certificate),
                    long(options.validFromSeconds + options.validForSeconds));
    X509_NAME *name = X509_get_subject_name(m_certificate);
    const QByteArray commonName = options.commonName.toUtf8();
    check(X509_NAME_add_entry_by_txt(
                  name, "CN", MBSTRING_UTF8,
                  reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0)
                  == 1,
          "subject");
    check(X509_set_issuer_name(m_certificate, name) == 1, "issuer");
    check(X509_set_pubkey(m_certificate, m_key) == 1, "public key");
    check(X509_sign(m_certificate, m_key, EVP_sha256()) > 0, "self-signature");
    check(m_dir.isValid(), "temporary folder");
}

TestCertificate::Options TestCertificate::expiredOptions()
{
    Options options;
    options.commonName = QStringLiteral("Revoke Console expired");
    options.validFromSeconds = -366LL * 24 * 3600;
    options.validForSeconds = 365LL * 24 * 3600;
    return options;
}

TestCertificate::~TestCertificate()
{
    X509_free(m_certificate);
    EVP_PKEY_free(m_key);
}

QByteArray TestCertificate::certificatePem() const
{
    const BioPtr bio = memoryBio();
    check(PEM_write_bio_X509(bio.get(), m_certificate) == 1, "write certificate");
    return contents(bio.get());
}

QByteArray TestCertificate::certificateDer() const
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(m_certificate, &der);
    check(length > 0, "DER");
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QByteArray TestCertificate::keyPem() const
{
    return test::keyPem(m_key);
}

QDateTime TestCertificate::notAfter() const
{
    struct tm t
    {
    };
    check(ASN1_TIME_to_tm(X509_get0_notAfter(m_certificate), &t) == 1, "notAfter");
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
}

QString TestCertificate::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                  && file.write(bytes) == bytes.size(),
          "write file");
    return path;
}

QString TestCertificate::writePem(const QString &name) const
{
    return writeFile(name, certificatePem() + keyPem());
}

QString TestCertificate::writeEncryptedPem(const QByteArray &passphrase, const QString &name,
                                           bool traditional) const
{
    const BioPtr bio = memoryBio();
    // The key first, the certificate after it: the order in a PEM file is free.
    const int written = traditional
            ? PEM_write_bio_PrivateKey_traditional(
                    bio.get(), m_key, EVP_aes_256_cbc(),
                    reinterpret_cast<const unsigned char *>(passphrase.constData()),
                    int(passphrase.size()), nullptr, nullptr)
            : PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key, EVP_aes_256_cbc(),
                                            passphrase.constData(), int(passphrase.size()), nullptr,
                                            nullptr);
    check(written == 1, "write encrypted key");
    return writeFile(name, contents(bio.get()) + certificatePem());
}

QByteArray TestCertificate::pfx(const QByteArray &passphrase, bool withKey, bool legacy) const
{
    OSSL_LIB_CTX *context = nullptr;
    OSSL_PROVIDER *legacyProvider = nullptr;
    OSSL_PROVIDER *defaultProvider = nullptr;
    if (legacy) {
        // A private library context, so the process's default one stays without the legacy
        // provider and the code under test has to load it by itself.
        context = OSSL_LIB_CTX_new();
        legacyProvider = OSSL_PROVIDER_load(context, "legacy");
        defaultProvider = OSSL_PROVIDER_load(context, "default");
        check(legacyProvider && defaultProvider, "legacy provider");
    }
    const int keyNid = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : 0;
    const int certificateNid = legacy ? NID_pbe_WithSHA1And40BitRC2_CBC : 0;
    PKCS12 *p12 = PKCS12_create_ex(passphrase.constData(), "Revoke Console test",
                                   withKey ? m_key : nullptr, m_certificate, nullptr, keyNid,
                                   certificateNid, 0, 0, 0, context, nullptr);
    check(p12, "PKCS#12");
    const BioPtr bio = memoryBio();
    check(i2d_PKCS12_bio(bio.get(), p12) == 1, "write PKCS#12");
    PKCS12_free(p12);
    if (legacy) {
        OSSL_PROVIDER_unload(legacyProvider);
        OSSL_PROVIDER_unload(defaultProvider);
        OSSL_LIB_CTX_free(context);
    }
    return contents(bio.get());
}

QString TestCertificate::writePfx(const QByteArray &passphrase, const QString &name) const
{
    return writeFile(name, pfx(passphrase, true, false));
}

QString TestCertificate::writeLegacyPfx(const QByteArray &passphrase, const QString &name) const
{
    return writeFile(name, pfx(passphrase, true, true));
}

QString TestCertificate::writePfxWithoutKey(const QByteArray &passphrase, const QString &name) const
{
    return writeFile(name, pfx(passphrase, false, false));
}

QString TestCertificate::writePemWithKeyOf(const TestCertificate &other, const QString &name) const
{
    return writeFile(name, certificatePem() + other.keyPem());
}

QByteArray TestCertificate::sha1() const
{
    return digest(m_certificate, EVP_sha1());
}

QByteArray TestCertificate::sha256() const
{
    return digest(m_certificate, EVP_sha256());
}

bool TestCertificate::verify(const QByteArray &data, const QByteArray &signature, bool pss) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    bool ok = EVP_DigestVerifyInit(context, &keyContext, EVP_sha256(), nullptr,
                                   X509_get0_pubkey(m_certificate))
            == 1;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) == 1;
    }
    ok = ok
            && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.data()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(data.data()),
                                size_t(data.size()))
                    == 1;
    EVP_MD_CTX_free(context);
    ERR_clear_error();
    return ok;
}

} // namespace rc::test
