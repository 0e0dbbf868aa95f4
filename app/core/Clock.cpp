#include "core/Clock.h"

#include <limits>

namespace rc {

namespace {

constexpr qint64 NsPerMs = 1000000;

class SystemClock final : public Clock
{
public:
    SystemClock() { m_since.start(); }
    qint64 monotonicNs() const override { return m_since.nsecsElapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }

protected:
    bool runsInRealTime() const override { return true; }

private:
    QElapsedTimer m_since;
};

} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

ClockTimer *Clock::singleShot(qint64 ms, QObject *context, std::function<void()> fn)
{
    auto *timer = new ClockTimer(*this, context);
    // As QTimer::singleShot chooses: short waits precise, long ones coarse.
    timer->setTimerType(ms >= 2000 ? Qt::CoarseTimer : Qt::PreciseTimer);
    QObject::connect(timer, &ClockTimer::timeout, timer, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(ms);
    return timer;
}

ClockTimer::ClockTimer(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_real.setSingleShot(true);
    connect(&m_real, &QTimer::timeout, this, &ClockTimer::fire);
}

ClockTimer::~ClockTimer()
{
    stop();
}

void ClockTimer::start(qint64 ms)
{
    stop();
    m_dueNs = m_clock.monotonicNs() + qMax<qint64>(0, ms) * NsPerMs;
    m_active = true;
    m_clock.armed(*this);
    waitInRealTime();
}

void ClockTimer::stop()
{
    m_real.stop();
    if (!m_active)
        return;
    m_active = false;
    m_clock.disarmed(*this);
}

void ClockTimer::waitInRealTime()
{
    const qint64 leftNs = m_dueNs - m_clock.monotonicNs();
    // A clock that stands still fires only what is due already, from the event loop, as QTimer
    // does with 0; the rest waits for advance().
    if (leftNs > 0 && !m_clock.runsInRealTime()) {
        m_real.stop();
        return;
    }
    const qint64 leftMs = (qMax<qint64>(0, leftNs) + NsPerMs - 1) / NsPerMs;
    m_real.start(int(qMin<qint64>(leftMs, std::numeric_limits<int>::max())));
}

void ClockTimer::fire()
{
    if (!m_active)
        return;
    stop();
    Q_EMIT timeout();
}

ManualClock::ManualClock(Flow flow, QDateTime utcStart)
    : m_flow(flow)
    , m_utcStart(utcStart.toUTC())
{
    m_real.start();
}

ManualClock::~ManualClock()
{
    // Timers that outlive their clock must not reach back into it.
    const auto armed = std::move(m_armed);
    for (const auto &entry : armed)
        entry.second->m_active = false;
}

qint64 ManualClock::monotonicNs() const
{
    return m_advancedNs + (m_flow == Flow::RealTime ? m_real.nsecsElapsed() : 0);
}

QDateTime ManualClock::utcNow() const
{
    return m_utcStart.addMSecs(monotonicNs() / NsPerMs);
}

void ManualClock::armed(ClockTimer &timer)
{
    timer.m_serial = ++m_serial;
    m_armed.emplace(std::make_pair(timer.m_dueNs, timer.m_serial), &timer);
}

void ManualClock::disarmed(ClockTimer &timer)
{
    m_armed.erase(std::make_pair(timer.m_dueNs, timer.m_serial));
}

qint64 ManualClock::msToNextTimer() const
{
    if (m_armed.empty())
        return -1;
    const qint64 leftNs = qMax<qint64>(0, m_armed.begin()->first.first - monotonicNs());
    return (leftNs + NsPerMs - 1) / NsPerMs;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = monotonicNs() + qMax<qint64>(0, ms) * NsPerMs;
    while (!m_armed.empty() && m_armed.begin()->first.first <= target) {
        ClockTimer *timer = m_armed.begin()->second;
        m_advancedNs += qMax<qint64>(0, timer->m_dueNs - monotonicNs());
        timer->fire(); // disarms it
    }
    m_advancedNs += qMax<qint64>(0, target - monotonicNs());
    // What is left now has less to wait (or is due, on a stopped clock).
    for (const auto &entry : m_armed)
        entry.second->waitInRealTime();
}

} // namespace rc
