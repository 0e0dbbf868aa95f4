#include "bulk/BulkRecorder.h"

#include "bulk/BulkResults.h"
#include "core/Logging.h"
#include "revocation/RevocationAudit.h"

#include <algorithm>

#include <QCoreApplication>

namespace rc {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
class BulkRecorderTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::BulkRecorder)
};
} // namespace

void BulkRecorder::setJournal(BulkJournal *journal, const QString &runKey)
{
    forgetEndedRun();
    m_journal = journal;
    m_runKey = runKey;
    m_unjournalled.clear();
}

Result<int> BulkRecorder::restore(bool restart)
{
    if (!m_journal)
        return 0;
    if (restart) {
        const auto forgotten = m_journal->forget(m_runKey);
        if (!forgotten)
            return forgotten.error();
    }
    const auto entries = m_journal->entries(m_runKey);
    if (!entries)
        return entries.error();
    const QHash<QString, JournalEntry> &journalled = entries.value();
    const auto answerStands = [&journalled](const BulkTarget &t) {
        const auto it = journalled.constFind(t.key());
        return it != journalled.constEnd() && BulkTarget::isFinal(it.value());
    };
    if (!m_targets.isEmpty() && std::all_of(m_targets.cbegin(), m_targets.cend(), answerStands)) {
        const auto forgotten = m_journal->forget(m_runKey);
        if (!forgotten)
            return forgotten.error();
        return 0;
    }
    int answered = 0;
    for (BulkTarget &t : m_targets) {
        const auto it = journalled.constFind(t.key());
        if (it != journalled.constEnd())
            t.restore(it.value());
        answered += t.isAnswered() ? 1 : 0;
    }
    return answered;
}

void BulkRecorder::forgetEndedRun()
{
    if (m_endedRun.isEmpty() || !m_journal)
        return;
    const auto forgotten = m_journal->forget(m_endedRun);
    if (!forgotten)
        qCWarning(lcRevoke) << "bulk journal:" << forgotten.error().message;
    m_endedRun.clear();
}

AuditedAction BulkRecorder::action(const QList<int> &items) const
{
    QList<AuditRecord> subjects;
    QStringList operations;
    for (int item : items) {
        subjects.append(revocationAudit::subject(m_targets.at(item).revokeTarget()));
        operations.append(m_targets.at(item).operation);
    }
    return AuditedAction(m_audit, subjects, operations);
}

Result<Done> BulkRecorder::sending(const QList<int> &items)
{
    // Started rows for the targets that have none yet (a resumed run has some), in one
    // transaction.
    AuditedAction unit = action(items);
    QList<int> unrecorded;
    for (int item : items) {
        if (m_targets.at(item).operation.isEmpty())
            unrecorded.append(item);
    }
    if (const auto started = unit.start(); !started)
        return started;
    for (qsizetype i = 0; i < items.size(); ++i)
        m_targets[items.at(i)].operation = unit.operation(i);
    QList<JournalEntry> entries;
    for (int item : items) {
        m_targets[item].state = BulkTarget::State::Sending;
        entries.append(m_targets.at(item).journalEntry());
    }
    const Result<Done> journalled = m_journal ? m_journal->record(m_runKey, entries) : Done {};
    // Without the journal's "sending" the next run would not know these Started rows: this run
    // answers them when it ends. Refused here, their requests never go out.
    if (!m_journal || !journalled) {
        for (int item : std::as_const(unrecorded))
            m_unjournalled.insert(item, journalled.ok());
    }
    return journalled;
}

Result<Done> BulkRecorder::unjournalledEnded()
{
    QList<int> items;
    QList<AuditedAction::Unanswered> ends;
    for (auto it = m_unjournalled.cbegin(); it != m_unjournalled.cend(); ++it) {
        const BulkTarget &t = m_targets.at(it.key());
        if (t.state == BulkTarget::State::Done)
            continue; // its outcome row is written
        items.append(it.key());
        if (!it.value()) {
            ends.append({AuditRecord::NotSent,
                         BulkRecorderTr::tr(
                                 "Not sent: the run stopped before this request went out, because "
                                 "it could not be recorded.")});
        } else if (t.state == BulkTarget::State::Written) {
            ends.append({outcomeName(RevocationOutcome::Kind::NotConfirmed),
                         BulkRecorderTr::tr("The run stopped before the sign-out was verified.")});
        } else {
            ends.append({AuditRecord::Cancelled, revocationAudit::cancelledMessage()});
        }
    }
    m_unjournalled.clear();
    if (!m_audit || ends.isEmpty())
        return Done {};
    return action(items).finishUnanswered(ends);
}

Result<Done> BulkRecorder::answered(const QList<int> &items)
{
    QList<JournalEntry> entries;
    QList<int> done;
    QList<AuditRecord> outcomes;
    for (int item : items) {
        const BulkTarget &t = m_targets.at(item);
        entries.append(t.journalEntry());
        if (t.state == BulkTarget::State::Done) {
            done.append(item);
            outcomes.append(revocationAudit::outcome(t.outcome));
        }
    }
    // The audit rows first: a crash between the two leaves the journal saying "sending", so the
    // next run sends those people again (an outcome row twice), never an outcome with no row.
    if (const auto recorded = action(done).finish(outcomes); !recorded)
        return recorded;
    if (m_journal)
        return m_journal->record(m_runKey, entries);
    return Done {};
}

Result<Done> BulkRecorder::ended(const QList<RevocationOutcome> &outcomes)
{
    QList<AuditRecord> rows;
    for (const RevocationOutcome &outcome : outcomes)
        rows.append(revocationAudit::outcome(outcome));
    return AuditedAction(m_audit).finish(rows);
}

Result<Done> BulkRecorder::previewed(const BulkReview &review, Channel channel)
{
    QList<RevocationOutcome> outcomes;
    for (const BulkTarget &t : std::as_const(m_targets))
        outcomes.append(t.blankOutcome(RevocationOutcome::Kind::Preview));
    if (const auto recorded = ended(outcomes); !recorded)
        return recorded;
    return reviewed(review, channel, true);
}

Result<Done> BulkRecorder::stopped(bool *everyoneAnswered)
{
    *everyoneAnswered = true;
    for (BulkTarget &t : m_targets) {
        if (t.state == BulkTarget::State::Pending || t.state == BulkTarget::State::Sending)
            t.state = BulkTarget::State::NotSent;
        *everyoneAnswered = *everyoneAnswered && t.state == BulkTarget::State::Done;
    }
    return unjournalledEnded();
}

Result<Done> BulkRecorder::reviewed(const BulkReview &review, Channel channel, bool preview)
{
    if (!m_audit)
        return Done {};
    QList<AuditRecord> skipped;
    QList<AuditRecord> duplicates;
    QHash<int, const BulkReviewRow *> rowOfLine; // a line repeated by name was not looked up
    for (const BulkReviewRow &row : review.rows) {
        if (row.category == BulkCategory::Duplicate) {
            const BulkReviewRow *first = rowOfLine.value(row.duplicateOfLine, nullptr);
            const RevokeTarget line {
                    row.row.upn, channel, row.user || !first ? row.user : first->user, {}};
            duplicates.append(revocationAudit::duplicate(line, row.duplicateOfLine, preview));
            continue;
        }
        rowOfLine.insert(row.row.line, &row);
        if (!row.isRevocable())
            skipped.append(revocationAudit::outcome(reviewOutcome(row, channel)));
    }
    // Two transactions, as they always were: the lines that ended, then the duplicates.
    if (const auto recorded = AuditedAction(m_audit).finish(skipped); !recorded)
        return recorded;
    return AuditedAction(m_audit).finish(duplicates);
}

} // namespace rc
