#pragma once
// What the emulator's Graph $batch endpoint received, item by item, for the bulk tests and the
// benchmarks: the items one kind of request made, and whether every envelope has been run. Header
// only, like BulkPeople.h, so that revoke-bench can use it without the GoogleTest support library.

#include "emulator/TenantEmulator.h"

#include <QSet>
#include <QUrl>

namespace rc::test {

// The $batch items with this method whose (percent-decoded) path contains `pathContains`.
inline QList<emu::EmulatedBatchItem> batchItemsFor(const emu::TenantEmulator &emulator,
                                                   const QByteArray &method,
                                                   const QString &pathContains)
{
    QList<emu::EmulatedBatchItem> out;
    for (const auto &item : emulator.batchItems()) {
        if (item.request.method == method
            && QUrl::fromPercentEncoding(item.request.path.toUtf8()).contains(pathContains))
            out.append(item);
    }
    return out;
}

// The revoking items (POST .../revokeSignInSessions) the emulator received.
inline QList<emu::EmulatedBatchItem> revokingBatchItems(const emu::TenantEmulator &emulator)
{
    return batchItemsFor(emulator, "POST", QStringLiteral("revokeSignInSessions"));
}

// Has the emulator run every $batch it received? A torn-down client no longer waits for the
// answers, but the emulator still runs them after its latency.
inline bool everyBatchRun(const emu::TenantEmulator &emulator)
{
    QSet<int> batches;
    for (const auto &item : emulator.batchItems())
        batches.insert(item.batchNumber);
    int envelopes = 0;
    for (const auto &r : emulator.requestsTo(emu::Service::Graph))
        envelopes += r.path == QStringLiteral("/v1.0/$batch") ? 1 : 0;
    return batches.size() == envelopes;
}

} // namespace rc::test
