#include "StallMeter.h"

namespace rc::bench {

void addStall(Report &report, const QString &phase, const StallMeter &meter)
{
    report.add(phase + QStringLiteral("Ms"), phase + QStringLiteral(": time"),
               double(meter.elapsedMs()), QStringLiteral("ms"));
    report.add(phase + QStringLiteral("LongestStallMs"),
               phase + QStringLiteral(": longest event-loop gap"), double(meter.longestMs()),
               QStringLiteral("ms"));
    report.add(phase + QStringLiteral("LongestStallStartedMs"),
               phase + QStringLiteral(": the longest gap began at"),
               double(meter.longestStartedMs()), QStringLiteral("ms into it"));
    report.add(phase + QStringLiteral("P99GapMs"), phase + QStringLiteral(": 99th percentile gap"),
               double(meter.percentileMs(0.99)), QStringLiteral("ms"));
    report.add(phase + QStringLiteral("GapsOver50Ms"), phase + QStringLiteral(": gaps over 50 ms"),
               meter.longerThan(50), QString());
}

} // namespace rc::bench
