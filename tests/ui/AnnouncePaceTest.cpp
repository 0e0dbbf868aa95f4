// AnnouncePace on a stopped ManualClock: the first step is told at once, later ones at most once
// an interval (the latest held back is told when the interval is up), a step marked urgent at
// once, and a reset makes the next step a first one again.
#include "ui/AnnouncePace.h"
#include "core/Clock.h"

#include <gtest/gtest.h>

using rc::ManualClock;
using rc::ui::AnnouncePace;

namespace {

class AnnouncePacing : public ::testing::Test
{
protected:
    ManualClock m_clock;
    std::vector<qint64> m_told; // when each announcement was made
    AnnouncePace m_pace {m_clock, [this] {
                             m_told.push_back(m_clock.monotonicMs());
                         }};
    const qint64 m_start = m_clock.monotonicMs();

    std::vector<qint64> toldSinceStart() const
    {
        std::vector<qint64> since;
        for (qint64 at : m_told)
            since.push_back(at - m_start);
        return since;
    }
};

} // namespace

TEST_F(AnnouncePacing, FirstAtOnce_ThenOncePerInterval_TheLatestWhenTheIntervalIsUp)
{
    // A step every 200 ms for 12 s: told at 0, 5 s and 10 s, not 60 times.
    for (int i = 0; i < 60; ++i) {
        m_pace.step();
        m_clock.advance(200);
    }
    EXPECT_EQ(toldSinceStart(), (std::vector<qint64> {0, 5000, 10000}));
    // No more steps: the one held back since 10 s is told at 15 s, then nothing.
    m_clock.advance(20000);
    EXPECT_EQ(toldSinceStart(), (std::vector<qint64> {0, 5000, 10000, 15000}));
}

TEST_F(AnnouncePacing, AnUrgentStepIsToldAtOnce_AndResetMakesTheNextAFirst)
{
    m_pace.step();
    m_clock.advance(1000);
    m_pace.step(); // held back
    m_clock.advance(1000);
    m_pace.step(true); // a pause: at once, and what was held back is not told again
    m_clock.advance(10000);
    EXPECT_EQ(toldSinceStart(), (std::vector<qint64> {0, 2000}));

    m_pace.step(); // 10 s after the last: at once
    m_clock.advance(100);
    m_pace.step(); // held back...
    m_pace.reset(); // ...and dropped: a new run
    m_pace.step(); // its first step: at once
    m_clock.advance(10000);
    EXPECT_EQ(toldSinceStart(), (std::vector<qint64> {0, 2000, 12000, 12100}));
}
