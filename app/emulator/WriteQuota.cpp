#include "emulator/WriteQuota.h"

#include <cmath>

namespace rc::emu {

namespace {
constexpr double NsPerSecond = 1e9;
// Float refills of e.g. 1/3 token per step must still add up to a whole token.
constexpr double Epsilon = 1e-9;
} // namespace

WriteQuota::WriteQuota(Clock &clock)
    : m_clock(clock)
{ }

void WriteQuota::configure(double perSecond, int burst)
{
    m_perSecond = perSecond > 0 ? perSecond : 0;
    m_burst = m_perSecond > 0 ? qMax(1, burst) : 0;
    m_tokens = m_burst;
    m_lastRefillNs = m_clock.monotonicNs();
}

void WriteQuota::refill()
{
    const qint64 now = m_clock.monotonicNs();
    const double elapsedSeconds = static_cast<double>(now - m_lastRefillNs) / NsPerSecond;
    m_lastRefillNs = now;
    if (elapsedSeconds > 0)
        m_tokens = qMin(static_cast<double>(m_burst), m_tokens + elapsedSeconds * m_perSecond);
}

bool WriteQuota::take(int *retryAfterSeconds)
{
    if (!isEnabled()) {
        ++m_accepted;
        return true;
    }
    refill();
    if (m_tokens + Epsilon >= 1) {
        m_tokens = qMax(0.0, m_tokens - 1);
        ++m_accepted;
        return true;
    }
    ++m_throttled;
    if (retryAfterSeconds) {
        // Capped at a day so a tiny rate cannot overflow the header's int.
        const double wait = qMin((1 - m_tokens) / m_perSecond, 86400.0);
        *retryAfterSeconds = qMax(1, static_cast<int>(std::ceil(wait - Epsilon)));
    }
    return false;
}

void WriteQuota::resetCounters()
{
    m_accepted = 0;
    m_throttled = 0;
}

} // namespace rc::emu
