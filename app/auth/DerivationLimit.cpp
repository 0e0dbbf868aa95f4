#include "auth/DerivationLimit.h"

#include "auth/OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace rc::derivation {

namespace {

using Pbe1Ptr = OpenSslPtr<PBEPARAM, PBEPARAM_free>;
using Pbe2Ptr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
using Pbkdf2Ptr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
using ScryptPtr = OpenSslPtr<SCRYPT_PARAMS, SCRYPT_PARAMS_free>;

struct SafesFree
{
    void operator()(STACK_OF(PKCS7) * safes) const { sk_PKCS7_pop_free(safes, PKCS7_free); }
};
struct BagsFree
{
    void operator()(STACK_OF(PKCS12_SAFEBAG) * bags) const
    {
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
};
using SafesPtr = std::unique_ptr<STACK_OF(PKCS7), SafesFree>;
using BagsPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), BagsFree>;

// An INTEGER as a count of rounds; an absent one is OpenSSL's default of 1. A negative or
// oversized one (ASN1_INTEGER_get gives -1) is refused.
bool countWithin(const ASN1_INTEGER *count, long limit)
{
    if (!count)
        return true;
    const long value = ASN1_INTEGER_get(count);
    return value >= 0 && value <= limit;
}

// An algorithm's parameters as the SEQUENCE `item` describes; nullptr when they are not one.
template<typename T> T *unpack(const ASN1_ITEM *item, const X509_ALGOR *algorithm)
{
    return static_cast<T *>(ASN1_TYPE_unpack_sequence(item, algorithm->parameter));
}

bool bagsWithin(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth);

bool bagWithin(const PKCS12_SAFEBAG *bag, int depth)
{
    switch (PKCS12_SAFEBAG_get_nid(bag)) {
    case NID_pkcs8ShroudedKeyBag: {
        const X509_SIG *key = PKCS12_SAFEBAG_get0_pkcs8(bag);
        const X509_ALGOR *algorithm = nullptr;
        if (key)
            X509_SIG_get0(key, &algorithm, nullptr);
        return withinLimit(algorithm);
    }
    case NID_safeContentsBag:
        // The DER decoder already bounds nesting; this is belt and braces.
        return depth < 8 && bagsWithin(PKCS12_SAFEBAG_get0_safes(bag), depth + 1);
    default:
        return true; // certificates, CRLs and secrets are not encrypted on their own
    }
}

bool bagsWithin(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        if (!bagWithin(sk_PKCS12_SAFEBAG_value(bags, i), depth))
            return false;
    }
    return true;
}

// The bags of an encrypted safe, decrypted as PKCS12_parse would: an empty passphrase may have
// been applied as no password or as "".
BagsPtr decrypted(PKCS7 *safe, const SecretBytes &passphrase)
{
    if (!passphrase.isEmpty())
        return BagsPtr(PKCS12_unpack_p7encdata(safe, passphrase.view().constData(),
                                               int(passphrase.view().size())));
    BagsPtr bags(PKCS12_unpack_p7encdata(safe, nullptr, 0));
    if (!bags)
        bags.reset(PKCS12_unpack_p7encdata(safe, "", 0));
    return bags;
}

} // namespace

bool withinLimit(const X509_ALGOR *algorithm)
{
    if (!algorithm)
        return true;
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
    if (OBJ_obj2nid(oid) != NID_pbes2) {
        // PBES1 and the PKCS#12 PBEs: PBEParameter {salt, iterationCount}.
        const Pbe1Ptr pbe(unpack<PBEPARAM>(ASN1_ITEM_rptr(PBEPARAM), algorithm));
        return !pbe || countWithin(pbe->iter, MaxIterations);
    }
    const Pbe2Ptr pbe2(unpack<PBE2PARAM>(ASN1_ITEM_rptr(PBE2PARAM), algorithm));
    if (!pbe2 || !pbe2->keyfunc)
        return true; // unreadable: OpenSSL refuses it without deriving anything
    X509_ALGOR_get0(&oid, nullptr, nullptr, pbe2->keyfunc);
    switch (OBJ_obj2nid(oid)) {
    case NID_id_pbkdf2: {
        const Pbkdf2Ptr kdf(unpack<PBKDF2PARAM>(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc));
        return !kdf || countWithin(kdf->iter, MaxIterations);
    }
    case NID_id_scrypt: {
        const ScryptPtr kdf(unpack<SCRYPT_PARAMS>(ASN1_ITEM_rptr(SCRYPT_PARAMS), pbe2->keyfunc));
        if (!kdf)
            return true;
        // N * r * p block mixes; each factor is checked before the product can overflow.
        const long cost = ASN1_INTEGER_get(kdf->costParameter);
        const long block = ASN1_INTEGER_get(kdf->blockSize);
        const long parallel = ASN1_INTEGER_get(kdf->parallelizationParameter);
        return countWithin(kdf->costParameter, 8 * MaxIterations) && countWithin(kdf->blockSize, 64)
                && countWithin(kdf->parallelizationParameter, 64)
                && cost * block * parallel <= 8 * MaxIterations;
    }
    default:
        return true;
    }
}

bool encryptedKeyWithinLimit(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    X509_SIG *key = d2i_X509_SIG(nullptr, &cursor, long(der.size()));
    const X509_ALGOR *algorithm = nullptr;
    if (key)
        X509_SIG_get0(key, &algorithm, nullptr);
    const bool within = withinLimit(algorithm);
    X509_SIG_free(key);
    ERR_clear_error();
    return within;
}

bool withinLimit(PKCS12 *p12, const SecretBytes &passphrase)
{
    const ASN1_INTEGER *macRounds = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &macRounds, p12);
    if (!countWithin(macRounds, MaxIterations))
        return false;
    const SafesPtr safes(PKCS12_unpack_authsafes(p12));
    bool within = true;
    for (int i = 0; within && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes.get(), i);
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_data) {
            const BagsPtr bags(PKCS12_unpack_p7data(safe));
            within = bagsWithin(bags.get(), 0);
        } else if (type == NID_pkcs7_encrypted) {
            within = safe->d.encrypted && safe->d.encrypted->enc_data
                    && withinLimit(safe->d.encrypted->enc_data->algorithm);
            if (within) {
                // A wrong passphrase decrypts nothing here, and PKCS12_parse fails there too.
                const BagsPtr bags = decrypted(safe, passphrase);
                within = bagsWithin(bags.get(), 0);
            }
        }
    }
    ERR_clear_error();
    return within;
}

} // namespace rc::derivation
