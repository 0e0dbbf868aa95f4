#pragma once
// OpenSSL's reason for its last failure, for a ServiceError's developer detail (it never holds a
// secret). Clears OpenSSL's error queue, so the next failure is not blamed on this one.

#include <QString>

#include <openssl/err.h>

namespace rc {

inline QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    ERR_clear_error();
    return reason ? QStringLiteral("OpenSSL: %1").arg(QString::fromLatin1(reason)) : QString();
}

} // namespace rc
