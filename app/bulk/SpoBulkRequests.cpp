#include "bulk/SpoBulkRequests.h"

namespace rc {

Call SpoBulkRequests::revoke(const QList<int> &items,
                             std::function<void(QList<BulkItemAnswer>)> onDone)
{
    // The scheduler sends SharePoint units of one; a larger unit is sent one by one all the same.
    struct Pending
    {
        QList<BulkItemAnswer> answers;
        qsizetype left = 0;
        std::function<void(QList<BulkItemAnswer>)> onDone;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = items.size();
    pending->onDone = std::move(onDone);
    Call call;
    QList<Call> steps;
    for (int item : items) {
        steps.append(m_spo.revokeAllUserSessions(
                m_targets.at(item).upn, m_context,
                [this, item, pending](Result<csom::RevokeAnswer> answer) {
                    if (answer) {
                        BulkTarget &t = m_targets[item];
                        t.correlationId = answer.value().correlationId;
                        t.outcome = t.spoOutcome(answer.value().state, t.correlationId);
                        pending->answers.append({item, std::nullopt});
                    } else {
                        pending->answers.append({item, answer.error()});
                    }
                    if (--pending->left == 0)
                        pending->onDone(pending->answers);
                }));
    }
    call.setAbort([steps] {
        for (const Call &step : steps)
            step.cancel();
    });
    return call;
}

} // namespace rc
