#pragma once
// Faults a test or the demo asks the emulator to inject, per service and path substring: latency,
// error statuses with Retry-After, connection resets, malformed bodies, expired tokens, cross-host
// redirects and a requests-per-second throttle. The emulator asks take() once per request, before
// normal handling; entries are tried in the order they were added.

#include "core/Clock.h"
#include "emulator/EmulatedRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace rc::emu {

struct Fault
{
    enum class Kind {
        Latency,
        Status,
        Reset,
        MalformedBody,
        ExpiredToken,
        RedirectToOtherHost,
        Throttle
    };
    Kind kind = Kind::Status;
    int status = 503; // Status: 429, 503, 504 ... in the service's own error shape
    int retryAfterSeconds = -1; // Status: sends Retry-After when >= 0
    QByteArray retryAfterText; // Status: sends this as Retry-After instead (a hostile value)
    int latencyMs = 0; // Latency: answer normally after this delay
    int times = 1; // how many matching requests get the fault; -1 = every one
    int requestsPerSecond = 0; // Throttle: over this rate per service, 429 + Retry-After: 1

    static Fault latency(int ms, int times = 1);
    static Fault httpStatus(int status, int retryAfterSeconds = -1, int times = 1);
    static Fault httpStatus(int status, const QByteArray &retryAfterText, int times = 1);
    static Fault ofKind(Kind kind, int times = 1);
    static Fault throttle(int requestsPerSecond);
};

class FaultPlan final
{
public:
    // clock: what a Throttle entry's second is measured on.
    explicit FaultPlan(Clock &clock = Clock::system());

    // pathContains: substring matched (case-insensitively) against the request's DECODED path;
    // "" matches every route of that service.
    void add(Service service, const QString &pathContains, const Fault &fault);
    void clear();
    bool isEmpty() const { return m_entries.isEmpty(); }

    // How many more requests the matching entries will fault; -1 when one of them is unlimited.
    int remaining(Service service, const QString &pathContains) const;
    // The fault for this request, if any; consumes one use of it. Throttle entries count the
    // requests they let through in the last second and fault the ones over the rate. kinds: the
    // kinds this request can show (an item of a $batch has no connection to reset, no latency of
    // its own); entries of other kinds are left for a request that can.
    std::optional<Fault> take(Service service, const QString &decodedPath,
                              std::initializer_list<Fault::Kind> kinds = {});

private:
    struct Entry
    {
        Service service;
        QString pathContains;
        Fault fault;
        int left;
        std::deque<qint64> admittedAt; // Throttle: when requests were let through (ms)
    };
    bool overRate(Entry &entry);

    QList<Entry> m_entries;
    Clock &m_clock;
};

} // namespace rc::emu
