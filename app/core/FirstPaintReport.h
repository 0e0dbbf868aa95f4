#pragma once
// REVOKE_CONSOLE_REPORT_FIRST_PAINT=1, for the benchmarks (packaging/bench.sh): once the watched
// window's first frame is painted, print "first-paint-ms N" (N: milliseconds since the timer given
// was started, at the top of main()) on stdout, then quit once the work queued so far has run.
// Header-only and QtCore-only, so the bare window the start-up is compared with
// (tests/bench/BareWindow.cpp) maps and exits exactly the same way without linking anything of the
// application.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace rc {

class FirstPaintReport final : public QObject
{
public:
    explicit FirstPaintReport(const QElapsedTimer &sinceMain)
        : m_sinceMain(sinceMain)
    { }

    static bool wanted() { return qEnvironmentVariableIsSet("REVOKE_CONSOLE_REPORT_FIRST_PAINT"); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once this paint, the children's and the flush are done.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ms %.1f\n", double(m_sinceMain.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                // Queued behind what the first frame deferred (ui/AfterFirstPaint.h): that
                // work is not in the time above, but it is in the process's peak memory.
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace rc
