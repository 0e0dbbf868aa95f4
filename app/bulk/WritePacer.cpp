#include "bulk/WritePacer.h"

#include <QtMath>

#include <cmath>

namespace rc {

WritePacer::WritePacer(int maxUnit)
    : m_maxUnit(qMax(1, maxUnit))
{ }

double WritePacer::rate(int remaining) const
{
    if (m_serviceRate <= 0)
        return 0;
    if (remaining >= 0 && remaining <= m_burst + FinalStretchSeconds * m_serviceRate)
        return m_serviceRate;
    return m_serviceRate * (m_calibrated ? Margin : Calibration);
}

double WritePacer::credit(qint64 now, double r) const
{
    const double elapsed = double(qMax<qint64>(0, now - m_creditAt)) / 1000.0;
    // Two units: a timer that fires a little late must not cost the credit it accrued meanwhile.
    return qMin(2.0 * m_maxUnit, m_credit + r * elapsed);
}

double WritePacer::bucketEstimate(qint64 now) const
{
    const double elapsed = double(qMax<qint64>(0, now - m_bucketAt)) / 1000.0;
    return qMin(m_burst, m_bucket + m_serviceRate * elapsed);
}

qint64 WritePacer::delayMs(qint64 now, int items, int remaining) const
{
    const qint64 waitUntil = qMax(m_pauseUntil, m_holdUntil);
    if (now < waitUntil)
        return waitUntil - now;
    const double r = rate(remaining);
    if (r <= 0)
        return 0;
    // The end: the rest goes at once when the bucket holds it (before the rate is well known,
    // only when it holds it with room to spare: a 429 now would cost a whole Retry-After).
    const double share = m_calibrated ? 1.0 : 0.75;
    if (remaining >= 0 && remaining <= bucketEstimate(now) * share)
        return 0;
    const double needed = qMin(double(items), double(m_maxUnit));
    const double have = credit(now, r);
    if (have >= needed)
        return 0;
    // In double: a rate learnt from a nearly empty bucket can be tiny, the wait huge.
    return qint64(qBound(1.0, std::ceil((needed - have) / r * 1000.0), double(MaxDelayMs)));
}

void WritePacer::sent(qint64 now, int items, int remaining)
{
    if (m_firstSentAt < 0)
        m_firstSentAt = now;
    // Counted from the end of the last throttle's wait: sending, not waiting, tests the rate.
    if (m_serviceRate > 0 && now - qMax(m_pauseUntil, m_lastProbeAt) >= ProbeAfterMs
        && (remaining < 0 || remaining > m_burst + FinalStretchSeconds * m_serviceRate)) {
        m_serviceRate *= ProbeStep;
        m_lastProbeAt = now;
    }
    m_bucket = bucketEstimate(now) - items;
    m_bucketAt = now;
    const double r = rate(remaining);
    if (r <= 0)
        return;
    m_credit = credit(now, r) - items; // may go below zero for a unit larger than the credit
    m_creditAt = now;
}

void WritePacer::accepted(qint64, int items)
{
    m_acceptedTotal += items;
    m_acceptedSinceEvent += items;
}

void WritePacer::answered(qint64 now, qint64 sentAt)
{
    const double ms = double(qMax<qint64>(0, now - sentAt));
    m_roundTripMs = m_roundTripMs <= 0 ? ms : 0.8 * m_roundTripMs + 0.2 * ms;
}

void WritePacer::measure(qint64 now, qint64 retryAfterMs)
{
    if (m_events == 0) {
        // The first burst: B + R * t was accepted in t, and a Retry-After later the bucket has
        // refilled by R * Retry-After, which for Graph's buckets is about B. So a first guess of
        // R, exact when B = R * Retry-After, and of B. Less than a unit let through says only
        // that someone else emptied the bucket: no guess then.
        const double seconds = double(now - m_firstSentAt + retryAfterMs) / 1000.0;
        if (m_firstSentAt >= 0 && seconds > 0 && m_acceptedTotal >= m_maxUnit) {
            m_serviceRate = double(m_acceptedTotal) / seconds;
            m_burst = qMax(double(m_maxUnit), m_serviceRate * double(retryAfterMs) / 1000.0);
        }
        return;
    }
    // Empty then, empty now: what it accepted in between is what it refilled, except while the
    // bucket sat full during the pause: for as long as the pause outlasted the Retry-After (later
    // 429s of the same event) plus up to a round trip. Half of that is left out: where in the
    // round trip the service decided is not known.
    const qint64 span = now - m_lastEventAt;
    if (span <= 0 || m_acceptedSinceEvent <= 0)
        return; // nothing was let through: the last estimate stands
    const qint64 overshoot = qMax<qint64>(0, m_pauseUntil - m_lastEventAt - m_lastEventRetryAfter)
            + qint64(m_roundTripMs);
    const double seconds = double(qMax(span / 2, span - overshoot / 2)) / 1000.0;
    m_serviceRate = double(m_acceptedSinceEvent) / seconds;
    m_calibrated = m_calibrated || span >= CalibratedSpanMs;
    if (m_events == 1) {
        // The first burst took the bucket's size plus the refill since the first request.
        const double refill = m_serviceRate * double(m_lastEventAt - m_firstSentAt) / 1000.0;
        m_burst = qMax(double(m_maxUnit), double(m_acceptedTotal - m_acceptedSinceEvent) - refill);
    }
}

void WritePacer::throttled(qint64 now, qint64 retryAfterMs, bool quotaEmpty)
{
    retryAfterMs = qMax<qint64>(0, retryAfterMs);
    if (!quotaEmpty) {
        // Not the quota's pause: the next rate measure leaves this wait out, as an operator's.
        const qint64 from = qMax(now, m_holdUntil);
        m_holdUntil = qMax(m_holdUntil, now + retryAfterMs);
        shiftClocks(m_holdUntil - from);
        m_creditAt = qMax(m_creditAt, m_holdUntil);
        return;
    }
    if (now >= m_pauseUntil) { // a new event: the service's bucket is empty now
        measure(now, retryAfterMs);
        ++m_events;
        m_lastEventAt = now;
        m_lastEventRetryAfter = retryAfterMs;
        m_acceptedSinceEvent = 0;
    }
    m_pauseUntil = qMax(m_pauseUntil, now + retryAfterMs);
    m_bucket = 0; // empty now, by the service's own word
    m_bucketAt = now;
    // One unit of credit when the pause ends: the bucket has refilled by then, and every moment
    // it sits full wastes its refill.
    m_credit = m_maxUnit;
    m_creditAt = m_pauseUntil;
}

void WritePacer::resumed(qint64 now, qint64 pausedMs)
{
    // Only the part of the hold after the service's own Retry-After: that wait is part of
    // every measure (the bucket refills during it and is let through right after).
    const qint64 heldFrom = qMax(now - qBound<qint64>(0, pausedMs, now), m_pauseUntil);
    shiftClocks(qMax<qint64>(0, now - heldFrom));
}

void WritePacer::shiftClocks(qint64 ms)
{
    if (ms <= 0)
        return;
    if (m_firstSentAt >= 0)
        m_firstSentAt += ms;
    if (m_events > 0)
        m_lastEventAt += ms;
    m_lastProbeAt += ms;
}

} // namespace rc
