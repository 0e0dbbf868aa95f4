#pragma once
// The bulk benchmark: N people signed out on the Entra channel by the core engine (BulkRun)
// against the emulator at a set write quota and answer latency. Figures: the achieved write rate
// against the honest allowance (burst + rate * T) / T over the writes' span T, total time,
// throttled answers, rows lost and people revoked twice (both must be 0).

#include "Figures.h"

namespace rc::bench {

struct BulkLoad
{
    int people = 10000;
    double ratePerSecond = 500;
    int burst = 500;
    int latencyMs = 20; // every Graph answer (a $batch is one answer)
};

void benchBulk(const BulkLoad &load, bool emulatorThread, Report &report);

// Quota and latency as a short text: "500/s, burst 500, 20 ms answers".
QString describeLoad(const BulkLoad &load);

} // namespace rc::bench
