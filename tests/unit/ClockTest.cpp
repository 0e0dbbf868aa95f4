// The injected clock: a ManualClock moves only when advanced, fires the timers that fall due in
// due order (each with the clock at its own due time), leaves the others waiting, and forgets
// timers that were stopped or deleted; the system clock's timers wait in real time as QTimer's do.
#include "core/Clock.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

#include <memory>

using namespace rc;
using namespace rc::test;

namespace {

const QDateTime Start(QDate(2026, 12, 6), QTime(8, 0, 0), Qt::UTC);

} // namespace

TEST(ManualClock, StandsStillUntilAdvanced)
{
    ManualClock clock(ManualClock::Flow::Stopped, Start);
    EXPECT_EQ(clock.monotonicMs(), 0);
    EXPECT_EQ(clock.utcNow(), Start);
    waitFor([] { return false; }, 20);
    EXPECT_EQ(clock.monotonicNs(), 0);
    clock.advance(1500);
    EXPECT_EQ(clock.monotonicMs(), 1500);
    EXPECT_EQ(clock.utcNow(), Start.addMSecs(1500));
    clock.advance(-10); // never backwards
    EXPECT_EQ(clock.monotonicMs(), 1500);
}

TEST(ManualClock, AdvancingFiresWhatIsDueInOrderAtItsOwnTime)
{
    ManualClock clock;
    QObject context;
    QList<std::pair<int, qint64>> fired; // (which, clock time when it fired)
    clock.singleShot(300, &context, [&] { fired.append({3, clock.monotonicMs()}); });
    clock.singleShot(100, &context, [&] { fired.append({1, clock.monotonicMs()}); });
    clock.singleShot(200, &context, [&] { fired.append({2, clock.monotonicMs()}); });
    clock.singleShot(200, &context, [&] { fired.append({22, clock.monotonicMs()}); });
    EXPECT_EQ(clock.pendingTimers(), 4);
    EXPECT_EQ(clock.msToNextTimer(), 100);
    clock.advance(99);
    EXPECT_TRUE(fired.isEmpty());
    clock.advance(151);
    const QList<std::pair<int, qint64>> firstThree {{1, 100}, {2, 200}, {22, 200}};
    EXPECT_EQ(fired, firstThree);
    EXPECT_EQ(clock.monotonicMs(), 250);
    EXPECT_EQ(clock.msToNextTimer(), 50);
    clock.advance(1000);
    ASSERT_EQ(fired.size(), 4);
    EXPECT_EQ(fired.last(), std::make_pair(3, qint64(300)));
    EXPECT_EQ(clock.pendingTimers(), 0);
    EXPECT_EQ(clock.msToNextTimer(), -1);
}

TEST(ManualClock, ATimerStartedWhileFiringIsDueInTheSameAdvance)
{
    ManualClock clock;
    ClockTimer poll(clock);
    QList<qint64> polls;
    QObject::connect(&poll, &ClockTimer::timeout, &poll, [&] {
        polls.append(clock.monotonicMs());
        poll.start(1000); // as the device-code flow waits its interval again
    });
    poll.start(1000);
    clock.advance(3500);
    EXPECT_EQ(polls, (QList<qint64> {1000, 2000, 3000}));
    EXPECT_TRUE(poll.isActive());
}

TEST(ManualClock, StoppedDeletedOrContextGoneTimersNeverFire)
{
    ManualClock clock;
    int fired = 0;
    ClockTimer stopped(clock);
    QObject::connect(&stopped, &ClockTimer::timeout, &stopped, [&] { ++fired; });
    stopped.start(10);
    stopped.stop();
    EXPECT_FALSE(stopped.isActive());
    {
        ClockTimer deleted(clock);
        QObject::connect(&deleted, &ClockTimer::timeout, &deleted, [&] { ++fired; });
        deleted.start(10);
    }
    auto context = std::make_unique<QObject>();
    clock.singleShot(10, context.get(), [&] { ++fired; });
    context.reset();
    EXPECT_EQ(clock.pendingTimers(), 0);
    clock.advance(100);
    EXPECT_EQ(fired, 0);
}

TEST(ManualClock, ARestartReplacesTheFirstStart)
{
    ManualClock clock;
    ClockTimer timer(clock);
    int fired = 0;
    QObject::connect(&timer, &ClockTimer::timeout, &timer, [&] { ++fired; });
    timer.start(100);
    clock.advance(50);
    timer.start(100); // due at 150 now, not 100
    clock.advance(99);
    EXPECT_EQ(fired, 0);
    clock.advance(1);
    EXPECT_EQ(fired, 1);
    EXPECT_EQ(clock.pendingTimers(), 0);
}

TEST(ManualClock, WhatIsDueAlreadyFiresFromTheEventLoop)
{
    ManualClock clock;
    bool fired = false;
    QObject context;
    clock.singleShot(0, &context, [&] { fired = true; });
    EXPECT_FALSE(fired); // never from inside start(), as with QTimer
    EXPECT_TRUE(waitFor([&] { return fired; }, 1000));
    EXPECT_EQ(clock.monotonicMs(), 0);
}

TEST(ManualClock, InRealTimeItRunsByItselfAndAdvancingSkipsAhead)
{
    ManualClock clock(ManualClock::Flow::RealTime, Start);
    QObject context;
    bool soon = false;
    bool late = false;
    clock.singleShot(20, &context, [&] { soon = true; });
    clock.singleShot(60 * 60 * 1000, &context, [&] { late = true; });
    EXPECT_TRUE(waitFor([&] { return soon; }, 5000)); // real time passes
    EXPECT_FALSE(late);
    QElapsedTimer real;
    real.start();
    clock.advance(60 * 60 * 1000); // an hour in no time
    EXPECT_TRUE(late);
    EXPECT_LT(real.elapsed(), 1000);
    EXPECT_GE(clock.utcNow(), Start.addSecs(3600));
}

TEST(ManualClock, InRealTimeWhatIsLeftWaitsOnlyWhatIsLeft)
{
    ManualClock clock(ManualClock::Flow::RealTime);
    QObject context;
    bool fired = false;
    clock.singleShot(10 * 1000, &context, [&] { fired = true; });
    clock.advance(9990);
    EXPECT_FALSE(fired);
    EXPECT_TRUE(waitFor([&] { return fired; }, 5000)); // 10 ms of real time, not 10 s
}

TEST(SystemClock, TimersWaitInRealTimeAndTimeOnlyMovesOn)
{
    Clock &clock = Clock::system();
    const qint64 before = clock.monotonicNs();
    const QDateTime utcBefore = clock.utcNow();
    EXPECT_EQ(utcBefore.timeSpec(), Qt::UTC);
    QObject context;
    bool fired = false;
    QElapsedTimer real;
    real.start();
    clock.singleShot(30, &context, [&] { fired = true; });
    EXPECT_TRUE(waitFor([&] { return fired; }, 5000));
    EXPECT_GE(real.elapsed(), 25);
    EXPECT_GE(clock.monotonicNs() - before, qint64(25) * 1000 * 1000);
    EXPECT_GE(clock.utcNow(), utcBefore);
}
