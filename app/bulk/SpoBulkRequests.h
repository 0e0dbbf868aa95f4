#pragma once
// The SharePoint channel of a bulk run as a scheduler sender: one CSOM RevokeAllUserSessions per
// person (CSOM has no batch for it), the scheduler bounding how many are in flight. The State a
// person's request answers is the outcome, as for one user.

#include "bulk/BulkScheduler.h"
#include "bulk/BulkTarget.h"
#include "revocation/SpoTenantClient.h"

namespace rc {

class SpoBulkRequests final
{
public:
    SpoBulkRequests(SpoTenantClient &spo, QList<BulkTarget> &targets, QObject *context)
        : m_spo(spo)
        , m_targets(targets)
        , m_context(context)
    { }

    // Success: the target's outcome is set from the State.
    Call revoke(const QList<int> &items, std::function<void(QList<BulkItemAnswer>)> onDone);

private:
    SpoTenantClient &m_spo;
    QList<BulkTarget> &m_targets;
    QObject *m_context;
};

} // namespace rc
