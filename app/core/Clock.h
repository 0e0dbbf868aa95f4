#pragma once
// Time, injected: monotonic time for waits and rates, UTC wall time for what is stamped and
// compared with a server, and timers that wait on the same clock. Production code takes a Clock &
// defaulting to Clock::system(); a test hands it a ManualClock and advances it instead of
// sleeping: every timer that falls due fires, earliest first, at its own time.

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>

namespace rc {

class ClockTimer;

class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    // The process's clock: QElapsedTimer's monotonic time and the system's UTC.
    static Clock &system();

    // Nanoseconds since an arbitrary start; never goes back.
    virtual qint64 monotonicNs() const = 0;
    qint64 monotonicMs() const { return monotonicNs() / 1000000; }
    virtual QDateTime utcNow() const = 0;

    // Calls `fn` once, `ms` from now on this clock, unless `context` is destroyed first or the
    // returned timer is stopped or deleted (it deletes itself once it has fired). Precise below
    // 2 s and coarse above, as QTimer::singleShot.
    ClockTimer *singleShot(qint64 ms, QObject *context, std::function<void()> fn);

protected:
    friend class ClockTimer;
    // True when time passes by itself, so an armed timer also waits in real time.
    virtual bool runsInRealTime() const = 0;
    virtual void armed(ClockTimer &) { }
    virtual void disarmed(ClockTimer &) { }
};

// A single-shot timer on a Clock: what QTimer is on the system's, with the same start/stop.
class ClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockTimer)
public:
    explicit ClockTimer(Clock &clock, QObject *parent = nullptr);
    ~ClockTimer() override;

    // Fires once, `ms` from now (0: from the event loop on a running clock); a restart replaces
    // the previous start.
    void start(qint64 ms);
    void stop();
    bool isActive() const { return m_active; }
    void setTimerType(Qt::TimerType type) { m_real.setTimerType(type); }
    Clock &clock() const { return m_clock; }

Q_SIGNALS:
    void timeout();

private:
    friend class ManualClock;
    void fire();
    void waitInRealTime(); // (re)starts the real timer for what is left to the due time

    Clock &m_clock;
    QTimer m_real;
    qint64 m_dueNs = 0;
    quint64 m_serial = 0; // start order: timers due at the same time fire in it
    bool m_active = false;
};

// A clock that moves only when advanced (Flow::Stopped, for unit tests), or that also runs in
// real time and can be advanced besides (Flow::RealTime, for fixtures where most things take
// their real time and a few long waits are skipped). Starts at the UTC time it is given.
class ManualClock final : public Clock
{
public:
    enum class Flow { Stopped, RealTime };

    explicit ManualClock(Flow flow = Flow::Stopped,
                         QDateTime utcStart = QDateTime::currentDateTimeUtc());
    ~ManualClock() override;

    qint64 monotonicNs() const override;
    QDateTime utcNow() const override;

    // Moves time on by `ms` (>= 0), firing every timer due by then in due order, with the clock
    // at that timer's due time while it fires; timers started while firing are due in turn.
    void advance(qint64 ms);
    // Timers started and not yet fired or stopped.
    int pendingTimers() const { return int(m_armed.size()); }
    // How long until the earliest pending timer is due; -1 when none is.
    qint64 msToNextTimer() const;

protected:
    bool runsInRealTime() const override { return m_flow == Flow::RealTime; }
    void armed(ClockTimer &timer) override;
    void disarmed(ClockTimer &timer) override;

private:
    Flow m_flow;
    QDateTime m_utcStart;
    QElapsedTimer m_real;
    qint64 m_advancedNs = 0;
    quint64 m_serial = 0;
    std::map<std::pair<qint64, quint64>, ClockTimer *> m_armed; // by (due, serial)
};

} // namespace rc
