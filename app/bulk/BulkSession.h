#pragma once
// One bulk sign-out from list to end, as the bulk window and `revoke --csv` share it. It does the
// set-up (the services of the signed-in tenant, the channel, the audit trail, the journal, the
// list's lock), holds the stage (List -> Reviewing -> Reviewed -> Running -> Ended, and back to
// List for another list) and decides what an export is at each stage. One BulkRun per reviewed
// list; its signals come through the session, so the window and the CLI bind them once and only
// render. No UI here.

#include "bulk/BulkRun.h"
#include "cloud/CloudEndpoints.h"
#include "cloud/Tenant.h"
#include "core/Clock.h"

#include <optional>

namespace rc {

class AuditLog;
class AuditTrail;
class BulkJournal;
class SignInSession;
class SignedInAdmin;

// What the session uses of the signed-in tenant; each must outlive the session.
struct BulkConnection
{
    HttpClient &http;
    SignInSession &session; // the tokens, and who is signed in (the audit rows' operator)
    SignedInAdmin &admin; // the operator's roles judge the rows: a review waits for them
    Revoker &revoker; // the operator's grant
    Clock *clock = nullptr; // what the audit rows are stamped with; null: the system clock
};

class BulkSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkSession)
public:
    BulkSession(CloudEndpoints cloud, Tenant tenant, QObject *parent = nullptr);
    ~BulkSession() override;

    // The records, set up before anything is looked up, so that a refusal comes before the
    // sign-in. The audit log: one someone else owns (null: revocations are refused), or one
    // opened here. Errors say that nothing was sent.
    void useAuditLog(AuditLog *log);
    Result<Done> openAuditLog(const QString &path);
    // The journal that lets a stopped run resume. Without one a run is refused (whyNotRun()).
    Result<Done> openJournal(const QString &path);
    // Takes the list's lock now (the CLI, before signing in): the same list run by another
    // process would send everyone twice. Otherwise start() takes it.
    Result<Done> lock(const QList<UpnRow> &rows);
    void setConnection(const BulkConnection &connection);

    void setChannel(Channel channel); // in Reviewed, the review is judged again (reviewJudged)
    Channel channel() const { return m_channel; }
    void setRestart(bool ignoreJournal) { m_restart = ignoreJournal; }
    // The reason recorded with a preview (start() takes its own).
    void setReason(const QString &reason) { m_reason = reason; }

    enum class Stage { List, Reviewing, Reviewed, Running, Ended };
    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage == Stage::Running; }
    BulkRun *run() const { return m_run.get(); } // the current list's; null before a review

    // Looks every row up (nothing sent), once the operator's roles are read. Ignored while a
    // run is under way.
    void review(const QList<UpnRow> &rows);
    // Back to a new list: a review under way stops (nothing was sent); a run is never left.
    void backToList();
    QString journalProblem() const { return m_journalProblem; } // why openJournal() failed
    // Why start() would be refused whatever the list: no journal, no audit log. Empty: none.
    QString whyNotRun() const;
    int peopleToSignOut() const;
    // The run ended before every row was answered: the rest may be signed out.
    bool rowsLeft() const { return m_rowsLeft; }
    bool mayRunTheRest() const { return m_stage == Stage::Ended && m_rowsLeft; }
    // The channel may be chosen: before a run, or for the rest of one.
    bool mayChooseChannel() const { return m_stage == Stage::Reviewed || mayRunTheRest(); }
    bool canStart() const;
    bool wasResumed() const { return m_resumed; } // the current run took up an earlier one
    // A stopped run can be resumed: its journal has what is left.
    bool canResume() const { return m_journal != nullptr; }

    // The -WhatIf run: every person's preview outcome, recorded with the reason, nothing sent.
    void preview();
    // Signs out everyone the review found revocable (or the rest, after a run that stopped),
    // recorded with `reason`. Ignored before a review and while a run is under way; refused by
    // the run, and recorded as such, without an audit log or when the list is locked elsewhere.
    void start(const QString &reason);

    // What an export holds at this stage: in Reviewed, the review as a preview (nothing sent,
    // nothing recorded); in Ended, the run's results. Nothing at other stages.
    bool mayExport() const { return m_stage == Stage::Reviewed || m_stage == Stage::Ended; }
    Result<QList<BulkRowResult>> exportResults();
    // The file an export is suggested to, on `date`: "revoke-bulk-review-2026-12-06.csv".
    QString exportFileName(const QDate &date) const;

Q_SIGNALS:
    void stageChanged(rc::BulkSession::Stage stage);
    void reviewReady(const rc::BulkReview &review);
    void reviewJudged(const rc::BulkReview &review); // again, for another channel
    void reviewFailed(const rc::ServiceError &error); // nothing was sent
    void resumed(int alreadyDone, int total);
    void progressed(const rc::BulkProgress &progress);
    void rowFinished(int row, const rc::RevocationOutcome &outcome);
    void finished(const rc::BulkSummary &summary);

private:
    void setStage(Stage stage);
    void bind(BulkRun *run);
    // The trail a run or a preview writes to, as who is signed in now, with `reason`.
    void attachAuditTrail(const QString &reason);

    const CloudEndpoints m_cloud;
    const Tenant m_tenant;
    std::optional<BulkConnection> m_connection;
    std::unique_ptr<AuditLog> m_ownLog; // openAuditLog()
    AuditLog *m_log = nullptr;
    std::unique_ptr<BulkJournal> m_journal;
    QString m_journalProblem;
    std::unique_ptr<BulkRunLock> m_lock; // taken by lock(), handed to the run
    std::unique_ptr<AuditTrail> m_audit; // the current run's, with its reason
    std::unique_ptr<BulkRun> m_run;
    Channel m_channel = Channel::Entra;
    QString m_reason;
    Stage m_stage = Stage::List;
    bool m_restart = false;
    bool m_rowsLeft = false;
    bool m_resumed = false;
};

} // namespace rc

Q_DECLARE_METATYPE(rc::BulkSession::Stage)
