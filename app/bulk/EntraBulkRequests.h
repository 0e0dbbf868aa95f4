#pragma once
// The Entra channel of a bulk run as two scheduler senders: revocations as Graph $batch POSTs of
// up to 20 (each item addressed by object id, answers matched by id in any order, each with its
// own status and Retry-After), and afterwards the verification, $batch GETs of
// signInSessionsValidFromDateTime compared with the value the review read. What an answer proves
// is kept in the targets; the scheduler gets every item's error to retry or to end with.

#include "bulk/BulkScheduler.h"
#include "bulk/BulkTarget.h"
#include "bulk/GraphBatchClient.h"

namespace rc {

class EntraBulkRequests final
{
public:
    EntraBulkRequests(GraphBatchClient &graph, QList<BulkTarget> &targets, QObject *context)
        : m_graph(graph)
        , m_targets(targets)
        , m_context(context)
    { }

    // Success: the target's correlationId and revokeDate are set.
    Call revoke(const QList<int> &items, std::function<void(QList<BulkItemAnswer>)> onDone);
    // Success: the target's outcome is set (verified, or not confirmed).
    Call verify(const QList<int> &items, std::function<void(QList<BulkItemAnswer>)> onDone);

private:
    GraphBatchClient &m_graph;
    QList<BulkTarget> &m_targets;
    QObject *m_context;
};

} // namespace rc
