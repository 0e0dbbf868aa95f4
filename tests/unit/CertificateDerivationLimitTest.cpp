// Certificate files that ask for more key-derivation work than any real one (DerivationLimit.h):
// a PFX whose MAC, encrypted safe or shrouded key names 2^31 - 1 iterations, and a PEM whose
// PKCS#8 key does, are refused at once instead of keeping OpenSSL busy for an hour. The hostile
// numbers are written into files made with small ones, so building them costs nothing.
#include "auth/CertificateCredential.h"
#include "auth/DerivationLimit.h"
#include "auth/OpenSslPtr.h"
#include "support/QtPrinters.h"
#include "support/TestCertificate.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <climits>
#include <memory>

using namespace rc;
using namespace rc::test;

namespace {

const char Passphrase[] = "test";

using KeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using P12Ptr = OpenSslPtr<PKCS12, PKCS12_free>;
using AlgorithmPtr = OpenSslPtr<X509_ALGOR, X509_ALGOR_free>;
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

BioPtr readOnly(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray written(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

// PBES2 with PBKDF2 at 2^31 - 1 rounds: only parameters, nothing is derived to make them.
AlgorithmPtr hostileAlgorithm()
{
    unsigned char salt[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    return AlgorithmPtr(
            PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), INT_MAX, salt, 8, nullptr, NID_hmacWithSHA256));
}

class HostileFiles : public ::testing::Test
{
protected:
    HostileFiles()
        : key(PEM_read_bio_PrivateKey(readOnly(certificate.keyPem()).get(), nullptr, nullptr,
                                      nullptr))
        , x509(PEM_read_bio_X509(readOnly(certificate.certificatePem()).get(), nullptr, nullptr,
                                 nullptr))
    { }

    // An ordinary PFX: 2048 rounds everywhere.
    P12Ptr pfx() const
    {
        return P12Ptr(PKCS12_create(Passphrase, "app", key.get(), x509.get(), nullptr, 0, 0, 2048,
                                    2048, 0));
    }

    QString write(PKCS12 *p12, const QString &name) const
    {
        const BioPtr bio(BIO_new(BIO_s_mem()));
        i2d_PKCS12_bio(bio.get(), p12);
        return certificate.writeFile(name, written(bio.get()));
    }

    // The PFX rebuilt with its shrouded key or its encrypted safe made hostile, and a valid MAC
    // of 2048 rounds: whoever makes the file can compute one.
    QString rebuilt(bool hostileKey, bool hostileSafe, const QString &name) const
    {
        const P12Ptr original = pfx();
        STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(original.get());
        for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
            PKCS7 *safe = sk_PKCS7_value(safes, i);
            if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted && hostileSafe)
                X509_ALGOR_copy(safe->d.encrypted->enc_data->algorithm, hostileAlgorithm().get());
            if (OBJ_obj2nid(safe->type) != NID_pkcs7_data || !hostileKey)
                continue;
            STACK_OF(PKCS12_SAFEBAG) *bags = PKCS12_unpack_p7data(safe);
            for (int b = 0; b < sk_PKCS12_SAFEBAG_num(bags); ++b) {
                PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, b);
                if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                    continue;
                X509_ALGOR *algorithm = nullptr;
                X509_SIG_getm(const_cast<X509_SIG *>(PKCS12_SAFEBAG_get0_pkcs8(bag)), &algorithm,
                              nullptr);
                X509_ALGOR_copy(algorithm, hostileAlgorithm().get());
            }
            sk_PKCS7_set(safes, i, PKCS12_pack_p7data(bags));
            PKCS7_free(safe);
            sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
        }
        const P12Ptr hostile(PKCS12_add_safes(safes, 0));
        sk_PKCS7_pop_free(safes, PKCS7_free);
        PKCS12_set_mac(hostile.get(), Passphrase, -1, nullptr, 0, 2048, nullptr);
        return write(hostile.get(), name);
    }

    static void expectLoads(const QString &path)
    {
        const auto loaded = CertificateCredential::load(path, SecretBytes(QByteArray(Passphrase)));
        EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string()
                                                 : loaded.error().message.toStdString() + " / "
                                                     + loaded.error().detail.toStdString());
    }

    // Loads with the passphrase; expects the refusal that names the limit, within a second.
    void expectRefusedAtOnce(const QString &path) const
    {
        QElapsedTimer timer;
        timer.start();
        const auto loaded = CertificateCredential::load(path, SecretBytes(QByteArray(Passphrase)),
                                                        QDateTime::currentDateTimeUtc());
        EXPECT_LT(timer.elapsed(), 1000);
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().kind, ServiceError::Kind::Configuration);
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("key-derivation rounds")))
                << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(QString::number(derivation::MaxIterations)));
    }

    TestCertificate certificate;
    KeyPtr key;
    X509Ptr x509;
};

} // namespace

TEST_F(HostileFiles, OrdinaryFilesWithinTheLimitStillLoad)
{
    expectLoads(write(pfx().get(), QStringLiteral("ordinary.pfx")));
    expectLoads(rebuilt(false, false, QStringLiteral("rebuilt.pfx")));
    expectLoads(certificate.writeEncryptedPem(Passphrase));
}

TEST_F(HostileFiles, PfxWhoseMacAsksForBillionsOfRoundsIsRefusedAtOnce)
{
    const P12Ptr p12 = pfx();
    const ASN1_INTEGER *rounds = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &rounds, p12.get());
    ASSERT_NE(rounds, nullptr);
    ASN1_INTEGER_set(const_cast<ASN1_INTEGER *>(rounds), INT_MAX);
    expectRefusedAtOnce(write(p12.get(), QStringLiteral("hostile-mac.pfx")));
}

TEST_F(HostileFiles, PfxWhoseShroudedKeyAsksForBillionsOfRoundsIsRefusedAtOnce)
{
    expectRefusedAtOnce(rebuilt(true, false, QStringLiteral("hostile-key.pfx")));
}

TEST_F(HostileFiles, PfxWhoseEncryptedSafeAsksForBillionsOfRoundsIsRefusedAtOnce)
{
    expectRefusedAtOnce(rebuilt(false, true, QStringLiteral("hostile-safe.pfx")));
}

TEST_F(HostileFiles, PemWhoseEncryptedKeyAsksForBillionsOfRoundsIsRefusedAtOnce)
{
    const OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free> plain(
            EVP_PKEY2PKCS8(key.get()));
    const OpenSslPtr<X509_SIG, X509_SIG_free> encrypted(
            PKCS8_encrypt(-1, EVP_aes_256_cbc(), Passphrase, 4, nullptr, 0, 2048, plain.get()));
    ASSERT_TRUE(encrypted);
    X509_ALGOR *algorithm = nullptr;
    X509_SIG_getm(encrypted.get(), &algorithm, nullptr);
    X509_ALGOR_copy(algorithm, hostileAlgorithm().get());
    const BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x509.get());
    PEM_write_bio_PKCS8(bio.get(), encrypted.get());
    expectRefusedAtOnce(certificate.writeFile(QStringLiteral("hostile.pem"), written(bio.get())));
}
