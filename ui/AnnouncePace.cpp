#include "ui/AnnouncePace.h"

#include "core/Clock.h"

namespace rc::ui {

AnnouncePace::AnnouncePace(Clock &clock, std::function<void()> announce, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_later(new ClockTimer(clock, this))
    , m_announce(std::move(announce))
{
    connect(m_later, &ClockTimer::timeout, this, &AnnouncePace::announceNow);
}

void AnnouncePace::step(bool now)
{
    const qint64 at = m_clock.monotonicMs();
    if (now || m_lastMs < 0 || at - m_lastMs >= IntervalMs)
        announceNow();
    else if (!m_later->isActive())
        m_later->start(m_lastMs + IntervalMs - at);
}

void AnnouncePace::reset()
{
    m_later->stop();
    m_lastMs = -1;
}

void AnnouncePace::announceNow()
{
    m_later->stop();
    m_lastMs = m_clock.monotonicMs();
    m_announce();
}

} // namespace rc::ui
