#pragma once
// A certificate file read from disk and decoded: a PEM file (certificate and key in one file, the
// key possibly encrypted) or a PFX/PKCS#12 file, chosen by content. read() refuses, with a sentence
// a person can act on, a file that is missing, too large, not a certificate, without a private key,
// protected by a passphrase not given, or asking for more key-derivation work than a certificate
// file needs (DerivationLimit.h). Whether the key and certificate may sign in is
// CertificateCredential's question. Move-only; the key lives in OpenSSL and is freed with the
// object.

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QString>

#include <memory>

// OpenSSL's own type names (openssl/types.h), so this header does not need OpenSSL's headers.
struct evp_pkey_st;
struct x509_st;

namespace rc {

struct CertificateFile
{
    struct KeyFree
    {
        void operator()(evp_pkey_st *freed) const;
    };
    struct CertificateFree
    {
        void operator()(x509_st *freed) const;
    };
    using KeyPtr = std::unique_ptr<evp_pkey_st, KeyFree>;
    using CertificatePtr = std::unique_ptr<x509_st, CertificateFree>;

    // `passphrase` may be empty. The file's bytes are wiped once decoded.
    static Result<CertificateFile> read(const QString &path, const SecretBytes &passphrase);

    KeyPtr key; // never null once read
    CertificatePtr certificate; // never null once read; not yet checked to match the key
};

} // namespace rc
