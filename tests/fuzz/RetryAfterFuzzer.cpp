// Retry-After and the HTTP date (app/net/RetryAfter, app/net/HttpDate), as any server may send
// them: the wait is -1 (absent or unreadable) or seconds within [0, MaxSeconds], a date is UTC
// and read as the seconds until it, clamped, and the wait in milliseconds is a valid timer
// interval. regress-retry-after-range-year-9999 once wrapped around the int, and
// regress-retry-after-nul was read as 7 seconds by a parser that stopped at the NUL.

#include "FuzzSupport.h"
#include "net/HttpDate.h"
#include "net/RetryAfter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    namespace RetryAfter = rc::RetryAfter;
    rc::fuzz::ensureApplication();
    const QByteArray value = rc::fuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

    const QDateTime date = rc::parseHttpDate(value.trimmed());
    check(!date.isValid() || date.timeSpec() == Qt::UTC, "an HTTP date is UTC");

    const int wait = RetryAfter::parse(value, now);
    check(wait >= -1 && wait <= RetryAfter::MaxSeconds, "Retry-After is -1 or within the cap");
    const QByteArray trimmed = value.trimmed();
    const bool digits = !trimmed.isEmpty()
            && std::all_of(trimmed.begin(), trimmed.end(),
                           [](char c) { return c >= '0' && c <= '9'; });
    if (!digits && date.isValid())
        check(wait == qBound(qint64(0), now.secsTo(date), qint64(RetryAfter::MaxSeconds)),
              "a Retry-After date is the seconds until it, clamped");
    if (!digits && !date.isValid())
        check(wait == -1, "neither digits nor a date is no Retry-After");

    for (const qint64 backoff : {qint64(-1), qint64(0), qint64(1500), qint64(1) << 40}) {
        const int ms = RetryAfter::waitMs(wait, backoff);
        check(ms >= 0 && ms <= RetryAfter::MaxSeconds * 1000, "a wait is a bounded timer interval");
        if (wait >= 0)
            check(ms >= RetryAfter::MinSeconds * 1000, "a Retry-After wait is at least the floor");
    }
    return 0;
}
