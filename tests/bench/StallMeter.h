#pragma once
// A 5 ms heartbeat timer that records every gap in the event loop between start() and stop():
// the longest one is what a person would feel as a frozen window.

#include "Figures.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace rc::bench {

class StallMeter final
{
public:
    static constexpr int HeartbeatMs = 5;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(HeartbeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { note(m_since.restart()); });
    }
    void start()
    {
        m_gaps.clear();
        m_longest = 0;
        m_longestStartedMs = 0;
        m_since.start();
        m_total.start();
        m_timer.start();
    }
    void stop()
    {
        note(m_since.elapsed());
        m_elapsedMs = m_total.elapsed();
        m_timer.stop();
        std::sort(m_gaps.begin(), m_gaps.end());
    }
    qint64 elapsedMs() const { return m_elapsedMs; }
    qint64 longestMs() const { return m_gaps.empty() ? 0 : m_gaps.back(); }
    qint64 longestStartedMs() const { return m_longestStartedMs; } // into the phase
    qint64 percentileMs(double p) const
    {
        return m_gaps.empty() ? 0 : m_gaps.at(std::size_t(double(m_gaps.size() - 1) * p));
    }
    int longerThan(qint64 ms) const
    {
        return int(m_gaps.end() - std::upper_bound(m_gaps.begin(), m_gaps.end(), ms));
    }

private:
    void note(qint64 gap)
    {
        if (gap > m_longest) {
            m_longest = gap;
            m_longestStartedMs = m_total.elapsed() - gap;
        }
        m_gaps.push_back(gap);
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    QElapsedTimer m_total;
    std::vector<qint64> m_gaps;
    qint64 m_longest = 0;
    qint64 m_longestStartedMs = 0;
    qint64 m_elapsedMs = 0;
};

// Adds the phase's time, longest gap (and when it began), 99th percentile and gaps over 50 ms.
void addStall(Report &report, const QString &phase, const StallMeter &meter);

} // namespace rc::bench
