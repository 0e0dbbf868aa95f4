#pragma once
// Run the event loop until a predicate holds or a deadline passes: tests wait on facts, not sleeps.
// (A nested event loop is fine here, in tests only.)

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace rc::test {

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000)
{
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

} // namespace rc::test
