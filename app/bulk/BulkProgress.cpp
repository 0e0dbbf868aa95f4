#include "bulk/BulkProgress.h"

#include <QtMath>

namespace rc {

void ProgressMeter::reset(qint64 now, int done)
{
    m_samples.clear();
    m_samples.push_back({now, done});
}

void ProgressMeter::sample(qint64 now, int done)
{
    m_samples.push_back({now, done});
    // Keep one sample older than the window, so the rate always spans the whole window.
    while (m_samples.size() > 2 && m_samples.at(1).at <= now - WindowMs)
        m_samples.pop_front();
}

double ProgressMeter::rate(qint64 now) const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 span = qMax<qint64>(now, last.at) - first.at;
    if (span < 250) // too short to say anything
        return 0;
    return double(last.done - first.done) * 1000.0 / double(span);
}

int ProgressMeter::secondsLeft(qint64 now, int remaining) const
{
    if (remaining <= 0)
        return 0;
    const double r = rate(now);
    return r > 0 ? qCeil(double(remaining) / r) : -1;
}

} // namespace rc
