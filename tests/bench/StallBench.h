#pragma once
// The window's longest event-loop stall during a bulk run: the real main window (demo mode, signed
// in) opens "Sign out many people", reviews a pasted list of N people and signs them out against
// the emulator at a write quota, driven through the UI tests' WindowDriver like a person, while a
// 5 ms heartbeat timer records every gap in the event loop. With the emulator in the window's
// thread (as `revoke-console --demo` runs it) its work counts too, so that figure is an upper
// bound; with the emulator in its own thread the figure is the client's alone.

#include "BulkBench.h"
#include "Figures.h"

namespace rc::bench {

void benchWindowStall(const BulkLoad &load, bool emulatorThread, Report &report);

} // namespace rc::bench
