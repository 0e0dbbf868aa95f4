#pragma once
// Retry-After (RFC 9110 §10.2.3: delay-seconds or an HTTP-date), and every wait the app takes
// before trying a request again, bounded in one place. A hostile or broken server may send any
// number, a negative, a fraction or a date in year 9999: whatever it sends, the app waits at most
// MaxSeconds at once, so no timer overflows and no request or bulk run waits without end.

#include <QByteArray>
#include <QDateTime>

class QRandomGenerator;

namespace rc::RetryAfter {

// The longest the app waits at once on a server's word: 5 minutes, the bulk run's longest single
// wait (BulkSchedulerLimits::maxWaitSeconds). A longer Retry-After is read as this; each retry
// policy then gives up at once (its own limit is shorter) or retries after this long.
inline constexpr int MaxSeconds = 300;
// A Retry-After of 0 (or a date already past) is waited this long: a server that keeps answering
// 429 with it would otherwise have a bulk run resend at once, for ever.
inline constexpr int MinSeconds = 1;

// Seconds to wait, relative to `now`, in [0, MaxSeconds]; -1 when absent or unreadable (a sign, a
// fraction, garbage), so the caller backs off as it does without one. Read without overflow.
int parse(const QByteArray &value, const QDateTime &now);

// The wait before trying again, in milliseconds, for an answer that said `retryAfterSeconds` (-1
// when it said nothing: then the caller's own `backoffMs`). Always within [0, MaxSeconds] seconds
// (a Retry-After within [MinSeconds, MaxSeconds]), so it is a valid QTimer interval.
int waitMs(int retryAfterSeconds, qint64 backoffMs);

// The backoff before try `attempt` + 1 of a request whose answer named no wait (`attempt` counts
// the tries so far, 1 after the first): `baseMs` doubled per try, at most 64 times over. With
// `jitter`, up to half as much again at random, so clients that failed together do not all come
// back together. The one formula for every retry in the app; waitMs() bounds its result.
qint64 backoffMs(int baseMs, int attempt, QRandomGenerator *jitter = nullptr);

} // namespace rc::RetryAfter
