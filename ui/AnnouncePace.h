#pragma once
// When to tell assistive technology about a stream of progress steps (WCAG 4.1.3): the first step
// at once, then at most once every IntervalMs, the latest step held back once that time is up (so
// what a screen reader reads is never older than that), and at once when the caller says the step
// matters (a pause, a resume, a cancel, the end). Times come from the injected Clock.

#include <QObject>

#include <functional>

namespace rc {
class Clock;
class ClockTimer;
} // namespace rc

namespace rc::ui {

class AnnouncePace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncePace)
public:
    // 5 s: a reader takes about 2 s to speak "120 of 400 done · 12 per second", so this leaves
    // room for anything else said, and is finer than the 10 s Orca itself uses for progress bars.
    static constexpr qint64 IntervalMs = 5000;

    // `announce` tells assistive technology about the latest step.
    AnnouncePace(Clock &clock, std::function<void()> announce, QObject *parent = nullptr);

    void step(bool now = false); // a new step: told now, or once the interval is up
    void reset(); // nothing pending; the next step is a first one
    qint64 lastAnnouncedMs() const { return m_lastMs; } // on the clock; -1: none yet

private:
    void announceNow();

    Clock &m_clock;
    ClockTimer *m_later;
    std::function<void()> m_announce;
    qint64 m_lastMs = -1; // when the last announcement was made; -1: none yet
};

} // namespace rc::ui
