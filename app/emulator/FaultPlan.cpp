#include "emulator/FaultPlan.h"

#include <algorithm>

namespace rc::emu {

Fault Fault::latency(int ms, int times)
{
    Fault fault;
    fault.kind = Kind::Latency;
    fault.latencyMs = ms;
    fault.times = times;
    return fault;
}

Fault Fault::httpStatus(int status, int retryAfterSeconds, int times)
{
    Fault fault;
    fault.kind = Kind::Status;
    fault.status = status;
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.times = times;
    return fault;
}

Fault Fault::httpStatus(int status, const QByteArray &retryAfterText, int times)
{
    Fault fault = httpStatus(status, -1, times);
    fault.retryAfterText = retryAfterText;
    return fault;
}

Fault Fault::ofKind(Kind kind, int times)
{
    Fault fault;
    fault.kind = kind;
    fault.times = times;
    return fault;
}

Fault Fault::throttle(int requestsPerSecond)
{
    Fault fault;
    fault.kind = Kind::Throttle;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    fault.requestsPerSecond = requestsPerSecond;
    fault.times = -1;
    return fault;
}

FaultPlan::FaultPlan(Clock &clock)
    : m_clock(clock)
{ }

void FaultPlan::add(Service service, const QString &pathContains, const Fault &fault)
{
    m_entries.append({service, pathContains, fault, fault.times, {}});
}

void FaultPlan::clear()
{
    m_entries.clear();
}

int FaultPlan::remaining(Service service, const QString &pathContains) const
{
    int total = 0;
    for (const Entry &entry : m_entries) {
        if (entry.service != service || entry.pathContains != pathContains)
            continue;
        if (entry.left < 0)
            return -1;
        total += entry.left;
    }
    return total;
}

bool FaultPlan::overRate(Entry &entry)
{
    const qint64 nowMs = m_clock.monotonicMs();
    while (!entry.admittedAt.empty() && nowMs - entry.admittedAt.front() >= 1000)
        entry.admittedAt.pop_front();
    if (static_cast<int>(entry.admittedAt.size()) >= entry.fault.requestsPerSecond)
        return true;
    entry.admittedAt.push_back(nowMs);
    return false;
}

std::optional<Fault> FaultPlan::take(Service service, const QString &decodedPath,
                                     std::initializer_list<Fault::Kind> kinds)
{
    for (Entry &entry : m_entries) {
        if (entry.service != service || entry.left == 0)
            continue;
        if (kinds.size() > 0
            && std::find(kinds.begin(), kinds.end(), entry.fault.kind) == kinds.end())
            continue;
        if (!decodedPath.contains(entry.pathContains, Qt::CaseInsensitive))
            continue;
        if (entry.fault.kind == Fault::Kind::Throttle && !overRate(entry))
            continue;
        if (entry.left > 0)
            --entry.left;
        return entry.fault;
    }
    return std::nullopt;
}

} // namespace rc::emu
