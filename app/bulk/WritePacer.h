#pragma once
// When the next request of a bulk run may go, given what the service has answered so far. Pure:
// times are monotonic milliseconds passed in, so tests step a fake clock.
//
// Graph throttles per app and tenant with a token bucket whose rate R and size B it does not
// publish; a 429 says "empty now, come back after Retry-After". So every 429 pauses the whole pipe
// until its Retry-After has passed, and between two of them the service accepted exactly what it
// refilled: that is how the pacer learns R. The burst is free (nothing is limited until the first
// 429); from then on it paces a little above R so that the bucket never sits full (wasting its
// refill), measures R again over a longer stretch while plenty is left to send, and at the end,
// when the rest fits in what the bucket holds (estimated from the first burst), sends it at once:
// tokens left in the bucket when the run ends are the only other waste.

#include <QtGlobal>

namespace rc {

class WritePacer final
{
public:
    // Until the rate was measured over a long enough stretch, well above it: the next 429 comes
    // soon (while plenty is left to send, when it costs only a round trip) and measures it again.
    static constexpr double Calibration = 1.5;
    static constexpr qint64 CalibratedSpanMs = 2000;
    // Then a little above it, so that an estimate a little low does not leave the bucket full.
    static constexpr double Margin = 1.02;
    // The last second (plus the bucket): no more draining, since a 429 now would pause what is
    // left for a whole Retry-After without the refill being of use.
    static constexpr double FinalStretchSeconds = 1;
    // An estimate that is too low is never corrected by a 429, since the pacer then stays below
    // the quota: after this long without one, it tries a little faster.
    static constexpr qint64 ProbeAfterMs = 8000;
    static constexpr double ProbeStep = 1.2;
    static constexpr qint64 MaxDelayMs = 60 * 1000;

    // maxUnit: the largest number of items sent at once (a batch).
    explicit WritePacer(int maxUnit = 20);

    // 0 when `items` may go at `now`, else the milliseconds to wait. remaining: items not yet
    // sent, these included (-1: unknown).
    qint64 delayMs(qint64 now, int items, int remaining = -1) const;
    void sent(qint64 now, int items, int remaining = -1);
    // Items the service answered with anything but a throttle: each took one of its tokens.
    void accepted(qint64 now, int items);
    // A unit sent at `sentAt` was answered at `now` (whatever the answer): the round trip.
    void answered(qint64 now, qint64 sentAt);
    // A throttled answer received at `now`. The first one after an unpaused stretch starts a new
    // throttling event (and measures the rate); later ones only lengthen the pause. quotaEmpty:
    // false for a 503/504, which asks for a wait but says nothing about the quota's bucket.
    void throttled(qint64 now, qint64 retryAfterMs, bool quotaEmpty = true);
    // The operator held the run for `pausedMs` until `now`. The rate is measured over sending
    // time only: counted in, the hold would make the service look slower than it is, and a pacer
    // that underestimates never meets the 429 that would correct it. (The service's bucket did
    // refill meanwhile: that only makes the next estimate high, which its next 429 corrects.)
    void resumed(qint64 now, qint64 pausedMs);

    qint64 pauseUntil() const { return qMax(m_pauseUntil, m_holdUntil); }
    bool isPaused(qint64 now) const { return now < pauseUntil(); }
    // Items per second the pacer holds to; 0 while it does not limit.
    double rate(int remaining = -1) const;
    double estimatedServiceRate() const { return m_serviceRate; } // 0: not known
    double estimatedBurst() const { return m_burst; } // 0: not known
    bool isCalibrated() const { return m_calibrated; }
    int throttlingEvents() const { return m_events; }

private:
    double credit(qint64 now, double rate) const;
    // A lower bound of what the service's bucket holds: empty at the last throttle, refilled at
    // the estimated rate up to the estimated size, less what was sent since.
    double bucketEstimate(qint64 now) const;
    void measure(qint64 now, qint64 retryAfterMs);
    // Moves the measuring clocks past a wait that was not the quota's (an operator's hold, a
    // 503), so that the next measure counts sending time only.
    void shiftClocks(qint64 ms);

    int m_maxUnit;
    qint64 m_pauseUntil = 0; // the quota's Retry-After
    qint64 m_holdUntil = 0; // a 503/504's wait
    double m_serviceRate = 0;
    double m_burst = 0;
    bool m_calibrated = false;
    double m_credit = 0;
    qint64 m_creditAt = 0;
    double m_bucket = 0;
    qint64 m_bucketAt = 0;
    int m_events = 0;
    qint64 m_firstSentAt = -1;
    qint64 m_lastEventAt = 0;
    qint64 m_lastProbeAt = 0;
    qint64 m_lastEventRetryAfter = 0;
    qint64 m_acceptedTotal = 0;
    qint64 m_acceptedSinceEvent = 0;
    double m_roundTripMs = 0;
};

} // namespace rc
