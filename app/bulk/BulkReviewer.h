#pragma once
// The read-only first step of a bulk run: every distinct, valid name of the list is looked up with
// Graph $batch GETs (the user, and the directory roles it holds: two requests each, ten people to
// a batch of 20, a few batches in flight, paced and retried like the writes), then BulkReview
// sorts the rows into categories. Nothing here revokes anything. One review per object.

#include "bulk/BulkReview.h"
#include "bulk/BulkScheduler.h"
#include "bulk/GraphBatchClient.h"

#include <QObject>

#include <memory>

namespace rc {

class BulkReviewer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkReviewer)
public:
    explicit BulkReviewer(GraphBatchClient &graph, QObject *parent = nullptr);
    ~BulkReviewer() override;

    // The unit is always ten people (two requests each).
    void setLimits(const BulkSchedulerLimits &limits);
    // Whose review it is: rows the operator may not revoke on the channel are NotPermitted.
    void setJudgement(const OperatorGrant &grant, Channel channel)
    {
        m_grant = grant;
        m_channel = channel;
    }
    void review(const QList<UpnRow> &rows);
    void cancel();

Q_SIGNALS:
    void progressed(int lookedUp, int total);
    void finished(const rc::BulkReview &review);
    // The lookups could not be completed (throttled too long, the network, the sign-in).
    void failed(const rc::ServiceError &error);

private:
    Call send(const QList<int> &items, std::function<void(QList<BulkItemAnswer>)> onDone);
    void unitDone(const QList<BulkItemAnswer> &finals);
    void done(const std::optional<ServiceError> &why);

    GraphBatchClient &m_graph;
    BulkSchedulerLimits m_limits;
    std::unique_ptr<BulkScheduler> m_scheduler;
    QList<UpnRow> m_rows;
    QStringList m_names; // to look up, each once
    QHash<QString, BulkLookup> m_lookups;
    QHash<int, User> m_found; // people whose roles are being asked again
    OperatorGrant m_grant;
    Channel m_channel = Channel::Entra;
    int m_lookedUp = 0;
    bool m_cancelled = false;
};

} // namespace rc
