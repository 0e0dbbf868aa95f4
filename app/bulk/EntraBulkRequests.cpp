#include "bulk/EntraBulkRequests.h"

namespace rc {

namespace {

QString idOf(int item)
{
    return QString::number(item);
}

} // namespace

Call EntraBulkRequests::revoke(const QList<int> &items,
                               std::function<void(QList<BulkItemAnswer>)> onDone)
{
    BatchRequest batch;
    for (int item : items) {
        const BulkTarget &t = m_targets.at(item);
        batch.add(BatchRequest::revokeSessions(idOf(item), t.user ? t.user->id : t.upn));
    }
    return m_graph.post(batch, m_context,
                        [this, items, onDone = std::move(onDone)](const BatchAnswer &answer,
                                                                  const QDateTime &serverDate) {
                            QList<BulkItemAnswer> answers;
                            for (int item : items) {
                                const Result<BatchReply> r = answer.item(idOf(item));
                                if (!r) {
                                    answers.append({item, r.error()});
                                    continue;
                                }
                                BulkTarget &t = m_targets[item];
                                t.correlationId = r.value().requestId;
                                t.revokeDate = serverDate;
                                answers.append({item, std::nullopt});
                            }
                            onDone(answers);
                        });
}

Call EntraBulkRequests::verify(const QList<int> &items,
                               std::function<void(QList<BulkItemAnswer>)> onDone)
{
    BatchRequest batch;
    for (int item : items) {
        const BulkTarget &t = m_targets.at(item);
        batch.add(BatchRequest::userLookup(idOf(item), t.user ? t.user->id : t.upn));
    }
    return m_graph.post(batch, m_context,
                        [this, items, onDone = std::move(onDone)](const BatchAnswer &answer,
                                                                  const QDateTime &) {
                            QList<BulkItemAnswer> answers;
                            for (int item : items) {
                                const Result<User> after = answer.user(idOf(item));
                                if (!after) {
                                    answers.append({item, after.error()});
                                    continue;
                                }
                                BulkTarget &t = m_targets[item];
                                t.outcome = t.verifiedOutcome(after.value());
                                answers.append({item, std::nullopt});
                            }
                            onDone(answers);
                        });
}

} // namespace rc
