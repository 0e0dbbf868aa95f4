#pragma once
// HTTP dates (RFC 7231 IMF-fixdate) and Retry-After, which is either seconds or such a date.

#include <QByteArray>
#include <QDateTime>

namespace rc {

QDateTime parseHttpDate(const QByteArray &value); // invalid when absent or unreadable
// Seconds to wait, relative to `now`; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace rc
