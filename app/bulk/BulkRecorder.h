#pragma once
// Writes a bulk run down as it goes, in the order that makes a crash harmless: before a unit is
// sent, the audit log's Started rows and the journal's "sending"; after its answers, the journal's
// new states and the audit log's outcome rows, before anyone is shown them. Each step is one
// transaction per unit (a batch of 20), so 10,000 people cost hundreds of fsyncs, not tens of
// thousands. Without an audit trail, nothing may be sent. A Started row that no journal carries
// to the next run of the list (there is none, or writing it failed) is answered when the run
// ends (unjournalledEnded), so no Started row is ever left without an outcome row.

#include "audit/AuditedAction.h"
#include "bulk/BulkJournal.h"
#include "bulk/BulkReview.h"
#include "bulk/BulkTarget.h"

namespace rc {

class BulkRecorder final
{
    Q_DISABLE_COPY_MOVE(BulkRecorder)
public:
    BulkRecorder(QList<BulkTarget> &targets)
        : m_targets(targets)
    { }
    ~BulkRecorder() { forgetEndedRun(); }

    void setAuditTrail(AuditTrail *audit) { m_audit = audit; }
    // The journal of this run (an ended run still to be forgotten is forgotten first).
    void setJournal(BulkJournal *journal, const QString &runKey);
    bool canRevoke() const { return m_audit != nullptr; }
    BulkJournal *journal() const { return m_journal; }
    const QString &runKey() const { return m_runKey; }

    // Started rows for targets that have none yet, then the journal: all before the request.
    Result<Done> sending(const QList<int> &items);
    // Outcome rows for the done ones, then the journal's state of each target (written or done).
    Result<Done> answered(const QList<int> &items);
    // Outcome rows for people who end before any request (previews).
    Result<Done> ended(const QList<RevocationOutcome> &outcomes);
    // The -WhatIf run: a Preview row for each target, then the review's rows as a preview.
    Result<Done> previewed(const BulkReview &review, Channel channel);
    // Rows for the lines that end at the review: guests, not found, invalid names, failed
    // lookups, and duplicates (each naming the line it merges into).
    Result<Done> reviewed(const BulkReview &review, Channel channel, bool preview);
    // Takes back into the targets what an earlier run of this list journalled (nothing after
    // `restart`); returns how many people it had answered. A journal in which everyone's answer
    // stands is a run that ended but was not forgotten (the process ended first): it is
    // forgotten now, and this is a new run.
    Result<int> restore(bool restart);
    // The run ended with everyone answered: nothing is left to resume, the same list next time
    // is a new run. forgetEndedRun() deletes its journal, when the caller chooses (10,000 rows
    // take ~60 ms), and at the latest when the journal changes or the recorder goes.
    void runEnded() { m_endedRun = m_journal ? m_runKey : QString(); }
    void forgetEndedRun();
    // The run ended: an outcome row for each person whose Started row this run wrote but no
    // journal holds and who has no outcome: NotSent (the request never went out), NotConfirmed
    // (Entra accepted it, unverified) or Cancelled (it may have reached the service).
    Result<Done> unjournalledEnded();
    // The run stopped: targets never sent are NotSent, then unjournalledEnded().
    // everyoneAnswered: whether every target has its outcome.
    Result<Done> stopped(bool *everyoneAnswered);

private:
    // The audited action of these targets: their Started rows, and their operations so far.
    AuditedAction action(const QList<int> &items) const;

    QList<BulkTarget> &m_targets;
    AuditTrail *m_audit = nullptr;
    BulkJournal *m_journal = nullptr;
    QString m_runKey;
    QString m_endedRun; // to forget
    // Targets whose Started row no journal holds, and whether their request may have gone out.
    QHash<int, bool> m_unjournalled;
};

} // namespace rc
