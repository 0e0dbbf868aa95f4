#pragma once
// The key-derivation work a certificate file asks for, bounded before any of it is done. A PFX /
// PKCS#12 file names its own iteration counts (the MAC, each encrypted safe, each shrouded key),
// and so does a PKCS#8 encrypted PEM key: a hostile file asking for 2^31 rounds would keep
// OpenSSL busy for an hour. Real files use 2,000 to 10,000 (OpenSSL 2048, Windows 2000, Java
// 10000); the limit leaves ten times that and more.

#include "core/SecretBytes.h"

#include <QByteArray>

// OpenSSL's own type names (openssl/types.h), so this header does not need OpenSSL's headers.
struct PKCS12_st;
struct X509_algor_st;

namespace rc::derivation {

// Rounds of one key derivation (PBKDF2, the PKCS#12 KDF); scrypt is held to N * r * p.
inline constexpr long MaxIterations = 100000;

// The password-based algorithm `algorithm` (PBES1, PKCS#12 PBE or PBES2) derives its key within
// the limit. An algorithm that derives nothing is within it.
bool withinLimit(const X509_algor_st *algorithm);
// Every derivation the file would make with `passphrase` is within the limit: its MAC, its
// encrypted safes, and the shrouded keys in its safes, the ones inside an encrypted safe too
// (decrypted here with the passphrase, at a cost the check before bounds).
bool withinLimit(PKCS12_st *p12, const SecretBytes &passphrase);
// A PEM "ENCRYPTED PRIVATE KEY" block's DER (PKCS#8 EncryptedPrivateKeyInfo) derives its key
// within the limit; bytes that are not one are left to OpenSSL, which derives nothing from them.
bool encryptedKeyWithinLimit(const QByteArray &der);

} // namespace rc::derivation
