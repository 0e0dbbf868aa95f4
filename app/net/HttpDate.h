#pragma once
// HTTP dates (RFC 7231 IMF-fixdate). Retry-After, which may be one, is read by net/RetryAfter.h.

#include <QByteArray>
#include <QDateTime>

namespace rc {

QDateTime parseHttpDate(const QByteArray &value); // invalid when absent or unreadable

} // namespace rc
