#pragma once
// The benchmarks that run the real revoke-console binary as a child process: cold start to the
// main window's first paint (with REVOKE_CONSOLE_REPORT_FIRST_PAINT=1, see
// app/core/FirstPaintReport.h) and peak RSS, the same compared with a bare window, and one CLI
// revocation on the demo tenant (wall and CPU time).

#include "Figures.h"

namespace rc::bench {

struct ProcessBenchOptions
{
    QString app; // the revoke-console binary
    QString bareWindow; // revoke-bare-window, the yardstick of benchStartupVsBare
    // revoke-bare-window-linked: the same window loading revoke-console's shared libraries; empty:
    // not compared.
    QString linkedWindow;
    // revoke-bare-window-text: the bare window showing one line of text; empty: not compared.
    QString textWindow;
    // revoke-bare-window-controls: the first frame's controls in plain Qt; empty: not compared.
    QString controlsWindow;
    int runs = 7;
};

// platform: the QT_QPA_PLATFORM to start the window on ("offscreen", or "xcb" with DISPLAY set).
void benchStartup(const ProcessBenchOptions &options, const QString &platform, Report &report);
// The window as a first run opens it (no arguments, nothing stored, a scratch home) against a
// bare QApplication + QMainWindow (tests/bench/BareWindow.cpp), started alternately in the same
// rounds so that load on the machine weighs on both alike: spawn to first paint (median, p90),
// peak RSS, and the ratios. With a linked window, a third contender in the same rounds splits the
// gap into what loading the libraries costs and what the application's own code adds; with a
// controls window, what Qt charges for the first frame's content is told from what the
// application adds to it.
void benchStartupVsBare(const ProcessBenchOptions &options, const QString &platform,
                        Report &report);
void benchCliRevoke(const ProcessBenchOptions &options, Report &report);

} // namespace rc::bench
