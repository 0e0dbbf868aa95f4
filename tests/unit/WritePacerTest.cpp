// The pacer's decisions on a hand-stepped clock: the whole pipe waits out every Retry-After, the
// burst is free, and the rate it learns from two throttling events keeps a simulated Graph write
// quota (the emulator's own token bucket) busy: at least 0.95 of what the bucket allows, with few
// throttled answers, for several quotas and latencies. Every throttling event costs about the
// rate times (latency + round trip), so the longer the latency the lower the ratio (200/s with
// 100 ms comes out at 0.93); and a bucket smaller than one Retry-After of its rate loses the
// difference at every 429, which no client that waits them out can avoid: those are left out.
#include "bulk/WritePacer.h"
#include "emulator/WriteQuota.h"

#include <QString>
#include <gtest/gtest.h>

#include <deque>
#include <optional>

using namespace rc;

namespace {

struct Simulation
{
    double rate = 200;
    int burst = 200;
    int latencyMs = 50; // from arrival to answer; the quota is asked when the answer is made
    int people = 2000;
    int unit = 20;
    int maxInFlight = 4;

    // Results
    int accepted = 0;
    int throttled = 0;
    qint64 firstAcceptedAt = -1;
    qint64 lastAcceptedAt = -1;
    qint64 endedAt = 0;

    double allowed() const
    {
        return burst + rate * double(lastAcceptedAt - firstAcceptedAt) / 1000.0;
    }
    double ratio() const { return double(accepted) / allowed(); }

    void run()
    {
        qint64 now = 0; // the clock's time, in ms
        ManualClock clock;
        emu::WriteQuota quota(clock);
        quota.configure(rate, burst);
        WritePacer pacer(unit);
        struct Item
        {
            qint64 notBefore = 0;
        };
        struct Unit
        {
            qint64 answerAt;
            int items;
        };
        std::deque<Item> queue(static_cast<std::size_t>(people), Item {});
        std::deque<Unit> inFlight;
        while (!queue.empty() || !inFlight.empty()) {
            // Answers first: what the pacer learns decides what goes next.
            while (!inFlight.empty() && inFlight.front().answerAt <= now) {
                const Unit u = inFlight.front();
                inFlight.pop_front();
                pacer.answered(now, now - latencyMs);
                int ok = 0;
                for (int i = 0; i < u.items; ++i) {
                    int retryAfter = 0;
                    if (quota.take(&retryAfter)) {
                        ++ok;
                        firstAcceptedAt = firstAcceptedAt < 0 ? now : firstAcceptedAt;
                        lastAcceptedAt = now;
                        continue;
                    }
                    ++throttled;
                    pacer.throttled(now, retryAfter * 1000);
                    queue.push_front({now + retryAfter * 1000});
                }
                pacer.accepted(now, ok);
                accepted += ok;
            }
            qint64 next = inFlight.empty() ? -1 : inFlight.front().answerAt;
            if (!queue.empty() && int(inFlight.size()) < maxInFlight) {
                const int n = qMin(unit, int(queue.size()));
                const qint64 wait = pacer.delayMs(now, n, int(queue.size()));
                const bool ready = queue.front().notBefore <= now;
                if (wait == 0 && ready) {
                    Unit u {now + latencyMs, 0};
                    while (u.items < n && !queue.empty() && queue.front().notBefore <= now) {
                        queue.pop_front();
                        ++u.items;
                    }
                    pacer.sent(now, u.items, int(queue.size()) + u.items);
                    inFlight.push_back(u);
                    continue; // maybe another unit at the same instant
                }
                const qint64 at = now + qMax<qint64>(wait, queue.front().notBefore - now);
                next = next < 0 ? at : qMin(next, at);
            }
            if (next < 0)
                break;
            EXPECT_GT(next, now);
            if (next <= now)
                return;
            clock.advance(next - now);
            now = next;
        }
        endedAt = now;
    }
};

} // namespace

TEST(WritePacer, TheBurstIsFreeUntilTheServiceThrottles)
{
    WritePacer pacer(20);
    EXPECT_EQ(pacer.delayMs(0, 20), 0);
    pacer.sent(0, 20);
    EXPECT_EQ(pacer.delayMs(0, 20), 0);
    EXPECT_EQ(pacer.rate(), 0);
}

TEST(WritePacer, AThrottlePausesThePipeForItsRetryAfterAndNeverLess)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(100, 20);
    pacer.throttled(100, 2000);
    EXPECT_EQ(pacer.pauseUntil(), 2100);
    EXPECT_EQ(pacer.delayMs(100, 1), 2000);
    EXPECT_EQ(pacer.delayMs(2099, 1), 1);
    // A later, shorter Retry-After of the same event does not shorten the pause.
    pacer.throttled(150, 1000);
    EXPECT_EQ(pacer.pauseUntil(), 2100);
    EXPECT_EQ(pacer.throttlingEvents(), 1);
    // A longer one lengthens it.
    pacer.throttled(200, 3000);
    EXPECT_EQ(pacer.pauseUntil(), 3200);
    EXPECT_EQ(pacer.throttlingEvents(), 1);
    EXPECT_EQ(pacer.delayMs(3200, 20), 0);
}

TEST(WritePacer, GuessesFromTheBurstThenMeasuresBetweenThrottles)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(200, 240); // the burst: 240 in 0.2 s
    pacer.throttled(200, 1000);
    // 240 over 0.2 s plus the Retry-After: 200/s, and a bucket of one Retry-After of it.
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 200.0);
    EXPECT_DOUBLE_EQ(pacer.estimatedBurst(), 200.0);
    EXPECT_FALSE(pacer.isCalibrated());
    EXPECT_DOUBLE_EQ(pacer.rate(), 200.0 * WritePacer::Calibration);

    pacer.accepted(1500, 270); // 270 accepted until the next throttle 1.5 s later
    pacer.throttled(1700, 1000);
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 180.0);
    EXPECT_FALSE(pacer.isCalibrated()); // 1.5 s: too short to trust
    pacer.accepted(3000, 300);
    pacer.accepted(4500, 300);
    pacer.throttled(4700, 1000); // 600 in 3 s
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 200.0);
    EXPECT_TRUE(pacer.isCalibrated());
    EXPECT_DOUBLE_EQ(pacer.rate(), 200.0 * WritePacer::Margin);
    // One unit of credit after the pause, then a unit every 20 / rate seconds.
    EXPECT_EQ(pacer.delayMs(5700, 20, 1000), 0);
    pacer.sent(5700, 20, 1000);
    EXPECT_NEAR(double(pacer.delayMs(5700, 20, 980)), 20.0 / (200.0 * WritePacer::Margin) * 1000,
                2.0);
    // The last stretch goes at the rate itself, and the very end at once.
    EXPECT_DOUBLE_EQ(pacer.rate(300), 200.0);
    EXPECT_EQ(pacer.delayMs(5800, 20, 40), 0);
}

TEST(WritePacer, AnEventWithNothingAcceptedKeepsTheLastEstimate)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(100, 100);
    pacer.throttled(100, 1000);
    pacer.accepted(1500, 100);
    pacer.throttled(2000, 1000);
    const double learned = pacer.estimatedServiceRate();
    pacer.throttled(3100, 1000); // nothing accepted since
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), learned);
}

TEST(WritePacer, KeepsASimulatedQuotaBusyWithFewThrottles)
{
    const struct
    {
        double rate;
        int burst;
        int latencyMs;
    } cases[] = {{200, 200, 0},  {200, 200, 20}, {200, 200, 50}, {100, 300, 50},
                 {100, 200, 20}, {50, 100, 80},  {400, 400, 20}};
    for (const auto &c : cases) {
        Simulation sim;
        sim.rate = c.rate;
        sim.burst = c.burst;
        sim.latencyMs = c.latencyMs;
        sim.run();
        SCOPED_TRACE(testing::Message()
                     << "rate " << c.rate << " burst " << c.burst << " latency " << c.latencyMs
                     << " ms: accepted " << sim.accepted << " of " << sim.allowed()
                     << " allowed, throttled " << sim.throttled << ", ended at " << sim.endedAt);
        EXPECT_EQ(sim.accepted, sim.people); // nobody lost
        EXPECT_GE(sim.ratio(), 0.95);
        EXPECT_LE(sim.ratio(), 1.0 + 1e-9); // the bucket cannot be beaten: the measure is honest
        EXPECT_LE(sim.throttled, sim.people / 10);
    }
}

TEST(WritePacer, AnOperatorsHoldIsNotCountedAsTimeTheServiceRefused)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(200, 240);
    pacer.throttled(200, 1000); // first guess: 200/s
    // The pause ends at 1200 with the bucket refilled (200); 60 more go out, then the operator
    // holds the run for 2 s, and after it the service takes its 200/s until the next throttle.
    pacer.accepted(1500, 260);
    pacer.resumed(3500, 2000);
    pacer.accepted(5200, 340);
    pacer.throttled(5200, 1000);
    // 600 accepted over 3 s of sending (5 s less the 2 s hold): 200/s, not 120/s.
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 200.0);
    EXPECT_TRUE(pacer.isCalibrated());
}

TEST(WritePacer, AHoldBeforeTheFirstThrottleDoesNotLowerTheFirstGuess)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(100, 100);
    pacer.resumed(5100, 5000);
    pacer.accepted(5200, 140);
    pacer.throttled(5200, 1000);
    // 240 in 0.2 s of sending plus the Retry-After, as if there had been no hold.
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 200.0);
}

TEST(WritePacer, AnUnavailableServiceIsWaitedForButTeachesNothingAboutTheQuota)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(200, 20);
    pacer.throttled(200, 500, false); // a 503: wait, but the bucket is not known to be empty
    EXPECT_EQ(pacer.pauseUntil(), 700);
    EXPECT_EQ(pacer.delayMs(300, 20), 400);
    EXPECT_EQ(pacer.throttlingEvents(), 0);
    EXPECT_EQ(pacer.estimatedServiceRate(), 0); // 20 in 0.7 s would have said 28/s
    EXPECT_EQ(pacer.delayMs(700, 20), 0);
}

TEST(WritePacer, ABucketSomeoneElseEmptiedGivesNoFirstGuess)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(100, 1);
    pacer.throttled(100, 30000); // 1 of 20 let through, then "come back in 30 s"
    EXPECT_EQ(pacer.estimatedServiceRate(), 0); // not 1/30 per second: that would crawl for days
    EXPECT_EQ(pacer.delayMs(30100, 20), 0);
}

TEST(WritePacer, AnEstimateNoThrottleContradictsIsRaisedStepByStep)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(200, 240);
    pacer.throttled(200, 1000);
    pacer.accepted(2100, 100);
    pacer.throttled(3200, 1000); // 100 in 3 s: 33/s, say the quota is really 200/s
    const double low = pacer.estimatedServiceRate();
    ASSERT_NEAR(low, 100.0 / 3.0, 0.01);
    // Sending on at the pace it allows, and never throttled: a while after the throttle's wait
    // ended (4200), it tries faster.
    qint64 now = 4200;
    for (; now < 4200 + WritePacer::ProbeAfterMs; now += 100)
        pacer.sent(now, 1, 5000);
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), low);
    pacer.sent(now, 1, 5000);
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), low * WritePacer::ProbeStep);
    pacer.sent(now + 100, 1, 5000); // not again at once
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), low * WritePacer::ProbeStep);
    pacer.sent(now + WritePacer::ProbeAfterMs, 1, 5000);
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(),
                     low * WritePacer::ProbeStep * WritePacer::ProbeStep);
    // Near the end (what is left fits the bucket and the last second) it no longer probes.
    pacer.sent(now + 3 * WritePacer::ProbeAfterMs, 1, 10);
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(),
                     low * WritePacer::ProbeStep * WritePacer::ProbeStep);
}

TEST(WritePacer, AWaitIsBoundedWhateverTheEstimate)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(100, 20);
    pacer.throttled(100, 1000);
    pacer.accepted(1100, 20);
    pacer.throttled(10000000, 1000); // 20 in almost three hours: a tiny rate
    pacer.sent(10001000, 20, 5000);
    const qint64 wait = pacer.delayMs(10001000, 20, 4980);
    EXPECT_GE(wait, 1);
    EXPECT_LE(wait, WritePacer::MaxDelayMs);
}

TEST(WritePacer, AHoldWithinTheServicesOwnWaitIsNotLeftOut)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(100, 240);
    pacer.throttled(100, 1000);
    pacer.accepted(1500, 100);
    pacer.throttled(1500, 10000); // the service asks for 10 s, until 11500
    pacer.resumed(6500, 5000); // the operator held from 1500 to 6500: inside those 10 s
    pacer.accepted(21500, 2000); // the bucket refilled during the wait, then 200/s
    pacer.throttled(21500, 1000);
    // 2000 over the 20 s since the last throttle, the service's wait included: 100/s.
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 100.0);
}

TEST(WritePacer, AnUnavailableServicesWaitIsLeftOutOfTheNextMeasure)
{
    WritePacer pacer(20);
    pacer.sent(0, 20);
    pacer.accepted(200, 240);
    pacer.throttled(200, 1000); // until 1200
    pacer.accepted(20000, 3760);
    pacer.throttled(20000, 2000, false); // a 503: 2 s without sending
    EXPECT_EQ(pacer.pauseUntil(), 22000);
    pacer.accepted(30000, 1800);
    pacer.throttled(30000, 1000);
    // 5560 over 27.8 s of the 29.8 s since the last throttle: 200/s (not 187/s).
    EXPECT_DOUBLE_EQ(pacer.estimatedServiceRate(), 200.0);
    EXPECT_EQ(pacer.throttlingEvents(), 2);
}
