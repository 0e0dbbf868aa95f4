#include "net/RetryAfter.h"

#include "net/HttpDate.h"

#include <QRandomGenerator>

#include <algorithm>

namespace rc::RetryAfter {

namespace {

qint64 clampedSeconds(qint64 seconds)
{
    return qBound(qint64(0), seconds, qint64(MaxSeconds));
}

} // namespace

int parse(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    // delay-seconds = 1*DIGIT. Read digit by digit and stop at the cap: twenty nines fit no
    // integer type, and must still mean "a long time", not "unreadable".
    const bool digits
            = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > MaxSeconds)
                return MaxSeconds;
        }
        return int(seconds);
    }
    const QDateTime at = parseHttpDate(text);
    if (!at.isValid() || !now.isValid())
        return -1;
    return int(clampedSeconds(now.secsTo(at))); // secsTo is 64-bit: year 9999 does not wrap
}

int waitMs(int retryAfterSeconds, qint64 backoffMs)
{
    if (retryAfterSeconds >= 0)
        return int(qMax(qint64(MinSeconds), clampedSeconds(retryAfterSeconds)) * 1000);
    return int(qBound(qint64(0), backoffMs, qint64(MaxSeconds) * 1000));
}

qint64 backoffMs(int baseMs, int attempt, QRandomGenerator *jitter)
{
    qint64 backoff = qint64(qMax(0, baseMs)) << qBound(0, attempt - 1, 6);
    if (jitter)
        backoff += jitter->bounded(backoff / 2 + 1);
    return backoff;
}

} // namespace rc::RetryAfter
