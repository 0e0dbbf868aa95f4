#pragma once
// The benchmarks that run the real revoke-console binary as a child process: cold start to the
// main window's first paint (with REVOKE_CONSOLE_REPORT_FIRST_PAINT=1, see app/main.cpp) and
// peak RSS, and one CLI revocation on the demo tenant (wall and CPU time).

#include "Figures.h"

namespace rc::bench {

struct ProcessBenchOptions
{
    QString app; // the revoke-console binary
    int runs = 7;
};

// platform: the QT_QPA_PLATFORM to start the window on ("offscreen", or "xcb" with DISPLAY set).
void benchStartup(const ProcessBenchOptions &options, const QString &platform, Report &report);
void benchCliRevoke(const ProcessBenchOptions &options, Report &report);

} // namespace rc::bench
