#pragma once
// The tenant's write budget, modelled on Graph throttling: a token bucket holding up to `burst`
// writes, refilled at `perSecond`. Every revocation asks take() before it runs; a refused write is
// answered 429 with the whole seconds until a token is back, and changes nothing. Off (every write
// admitted) until configured; the counters run either way so tests and benchmarks can read them.

#include "core/Clock.h"

namespace rc::emu {

class WriteQuota final
{
public:
    // Refilled on the clock's monotonic time (tests step a ManualClock by hand).
    explicit WriteQuota(Clock &clock = Clock::system());

    // perSecond <= 0 turns the quota off. burst < 1 means 1. The bucket starts full.
    void configure(double perSecond, int burst);
    bool isEnabled() const { return m_perSecond > 0; }
    double perSecond() const { return m_perSecond; }
    int burst() const { return m_burst; }

    // Admits one write (true), or refuses it and sets *retryAfterSeconds to the ceiling of the
    // time until a token is available, at least 1.
    bool take(int *retryAfterSeconds);

    int accepted() const { return m_accepted; }
    int throttled() const { return m_throttled; }
    void resetCounters();

private:
    void refill();

    Clock &m_clock;
    double m_perSecond = 0;
    int m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastRefillNs = 0;
    int m_accepted = 0;
    int m_throttled = 0;
};

} // namespace rc::emu
