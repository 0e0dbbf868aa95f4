#include "core/SecretBytes.h"

#include <openssl/crypto.h>

namespace rc {

void secureZero(void *data, std::size_t size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size);
}

void secureZero(QByteArray &bytes)
{
    // isDetached() is false for a shared buffer and for fromRawData() (not ours to write).
    if (bytes.capacity() > 0 && bytes.isDetached())
        secureZero(bytes.data(), std::size_t(bytes.capacity()));
}

void wipeBytes(QByteArray &bytes)
{
    secureZero(bytes);
    bytes = QByteArray();
}

} // namespace rc
