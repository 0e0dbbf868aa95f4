// Retry-After and the HTTP date (app/net/HttpDate), as any server may send them: the wait is -1
// (absent or unreadable) or a number of seconds that fits the int, and a date is read only in the
// IMF-fixdate form, in UTC.

#include "FuzzSupport.h"
#include "net/HttpDate.h"

#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rc::fuzz::ensureApplication();
    const QByteArray value = rc::fuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

    const QDateTime date = rc::parseHttpDate(value);
    rc::fuzz::check(!date.isValid() || date.timeSpec() == Qt::UTC, "an HTTP date is UTC");

    const int wait = rc::parseRetryAfter(value, now);
    // Finding retry-after-nul: "7<NUL> 01 Nov 2026 12:02:00 GMT" is 7 seconds to toInt() (which
    // stops at the NUL) and a date to parseHttpDate (which never looks at the day name).
    if (value.contains('\0') && !rc::fuzz::strict())
        return 0;
    const qint64 distance = date.isValid() ? now.secsTo(date) : 0;
    // Finding retry-after-range: a date more than 68 years ahead wraps around the int (app/net is
    // being reworked into a 64-bit parse and clamp).
    if (distance > std::numeric_limits<int>::max() && !rc::fuzz::strict())
        return 0;
    rc::fuzz::check(wait >= -1, "Retry-After is -1 or a number of seconds");
    if (date.isValid())
        rc::fuzz::check(
                wait == qBound(qint64(0), distance, qint64(std::numeric_limits<int>::max())),
                "a Retry-After date is the seconds until it, clamped");
    return 0;
}
