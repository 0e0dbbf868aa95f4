#pragma once
// The bulk sign-out, as one presenter the CLI drives and a window can bind to: review() looks
// every row up (read-only) and reports the categories; then either preview() (nothing sent) or
// start(), which resumes a journalled run of the same list, revokes on the chosen channel through
// one paced scheduler, verifies (Entra), records every step (journal, audit log) before it is
// shown, and reports progress and each person's outcome. pause(), resume() and cancel() act on
// the writes; answers in flight are still taken. No UI here: signals only.

#include "audit/AuditTrail.h"
#include "bulk/BulkProgress.h"
#include "bulk/BulkRecorder.h"
#include "bulk/BulkResults.h"
#include "bulk/BulkReviewer.h"
#include "bulk/BulkRunLock.h"
#include "bulk/BulkScheduler.h"
#include "bulk/EntraBulkRequests.h"
#include "bulk/SpoBulkRequests.h"
#include "revocation/RevokeFlow.h" // declares RevocationOutcome to the meta-type system

#include <QObject>
#include <QTimer>

#include <memory>

namespace rc {

// What a bulk run talks to. The clients it builds make one attempt per request: the scheduler
// does the waiting and the retrying for the whole run.
struct BulkServices
{
    HttpClient &http;
    TokenSource &tokens;
    QUrl graph; // the Graph base URL
    Result<QUrl> sharePointAdmin; // the admin site (only the SharePoint channel needs it)
};

class BulkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRun)
public:
    explicit BulkRun(const BulkServices &services, QObject *parent = nullptr);
    ~BulkRun() override;

    void setChannel(Channel channel) { m_channel = channel; }
    // Who is asking: rows their roles or token cannot revoke on the channel are not sent.
    void setOperator(const OperatorGrant &grant) { m_operator = grant; }
    Channel channel() const { return m_channel; }
    // The tenant names the run in the journal: the same list on another tenant is another run.
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    void setAuditTrail(AuditTrail *audit) { m_recorder.setAuditTrail(audit); }
    void setJournal(BulkJournal *journal) { m_journal = journal; }
    // The list's lock, taken earlier (the CLI takes it before signing in). Otherwise start()
    // takes it, and refuses when another process or window holds it; it is held to the run's end.
    void setLock(std::unique_ptr<BulkRunLock> lock) { m_lock = std::move(lock); }
    void setRestart(bool ignoreJournal) { m_restart = ignoreJournal; }
    void setWriteLimits(const BulkSchedulerLimits &limits);
    void setReadLimits(const BulkSchedulerLimits &limits);

    void review(const QList<UpnRow> &rows);
    const BulkReview &currentReview() const { return m_review; }
    // The review judged again for another channel (who may be sent depends on it).
    const BulkReview &judgeFor(Channel channel);
    int peopleToSignOut() const { return m_review.revocableCount(); }

    void preview();
    // Ignored, with a warning, while a run is under way (isRunning()): nothing is sent twice and
    // only the first start() is followed by `finished`.
    void start();
    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

    // Built once when the run ends (10,000 rows take a while), on demand before.
    QList<BulkRowResult> results() const;
    BulkSummary summary() const;
    // Throttled answers, waits, units: for benchmarks.
    BulkSchedulerStats writeStats() const
    {
        return m_writes ? m_writes->stats() : BulkSchedulerStats {};
    }
    double estimatedServiceRate() const { return m_estimatedRate; }

Q_SIGNALS:
    void reviewProgressed(int lookedUp, int total);
    void reviewReady(const rc::BulkReview &review);
    void reviewFailed(const rc::ServiceError &error); // nothing was sent
    // An earlier run of the same list was found: only the rest is sent.
    void resumed(int alreadyDone, int total);
    void progressed(const rc::BulkProgress &progress);
    void rowFinished(int row, const rc::RevocationOutcome &outcome); // row: in the review
    void finished(const rc::BulkSummary &summary);

private:
    qint64 now() const { return m_clock.elapsed(); }
    void buildTargets();
    void stopOnFeatureDisabled(const BulkTarget &target);
    void startWrites();
    void writesAnswered(const QList<BulkItemAnswer> &finals);
    void verified(const QList<BulkItemAnswer> &finals);
    void record(const QList<int> &items);
    void writesFinished(const std::optional<ServiceError> &why);
    void complete();
    void stopWith(const ServiceError &why);
    void emitProgress(bool force);
    std::unique_ptr<BulkScheduler> makeScheduler(const BulkSchedulerLimits &limits,
                                                 BulkScheduler::Sender sender);

    std::unique_ptr<ServiceCaller> m_caller;
    GraphBatchClient m_graph;
    SpoTenantClient m_spo;
    BulkReviewer m_reviewer;
    QList<BulkTarget> m_targets;
    std::unique_ptr<BulkRunLock> m_lock; // released after the recorder forgets an ended run
    BulkRecorder m_recorder;
    EntraBulkRequests m_entra;
    SpoBulkRequests m_spoRequests;
    std::unique_ptr<BulkScheduler> m_writes;
    std::unique_ptr<BulkScheduler> m_verifications;
    BulkJournal *m_journal = nullptr;
    QList<UpnRow> m_rows;
    BulkReview m_review;
    Channel m_channel = Channel::Entra;
    OperatorGrant m_operator;
    QString m_tenant;
    BulkSchedulerLimits m_writeLimits;
    BulkSchedulerLimits m_readLimits;
    double m_estimatedRate = 0;
    QElapsedTimer m_clock;
    ProgressMeter m_meter;
    qint64 m_lastProgressAt = -1;
    qint64 m_waitUntil = 0;
    int m_done = 0;
    std::optional<ServiceError> m_gaveUp;
    std::optional<RevocationOutcome::Kind> m_gaveUpAs; // when the reason is an outcome's
    std::optional<QList<BulkRowResult>> m_finalResults;
    QTimer m_forgetLater; // the journal of a run that ended with everyone answered
    bool m_preview = false;
    bool m_restart = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
};

} // namespace rc
