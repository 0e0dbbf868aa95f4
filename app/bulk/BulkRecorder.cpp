#include "bulk/BulkRecorder.h"

#include "bulk/BulkResults.h"
#include "core/Logging.h"

#include <algorithm>

#include <QCoreApplication>

namespace rc {

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

Result<Done> BulkRecorder::sending(const QList<int> &items)
{
    if (!m_audit)
        return ServiceError::make(ServiceError::Kind::Configuration,
                                  QCoreApplication::translate("rc::BulkRecorder",
                                                              "There is no audit log to record "
                                                              "the revocations in."));
    QList<int> unrecorded;
    QList<RevokeTarget> started;
    for (int item : items) {
        if (m_targets.at(item).operation.isEmpty()) {
            unrecorded.append(item);
            started.append(m_targets.at(item).revokeTarget());
        }
    }
    if (!started.isEmpty()) {
        const Result<QStringList> operations = m_audit->startedAll(started);
        if (!operations)
            return operations.error();
        for (int i = 0; i < unrecorded.size(); ++i)
            m_targets[unrecorded.at(i)].operation = operations.value().at(i);
    }
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
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("rc::BulkRecorder", text);
    };
    QList<AuditTrail::Unanswered> rows;
    for (auto it = m_unjournalled.cbegin(); it != m_unjournalled.cend(); ++it) {
        const BulkTarget &t = m_targets.at(it.key());
        if (t.state == BulkTarget::State::Done)
            continue; // its outcome row is written
        if (!it.value()) {
            rows.append({t.revokeTarget(), t.operation, AuditRecord::NotSent,
                         tr("Not sent: the run stopped before this request went out, because "
                            "it could not be recorded.")});
        } else if (t.state == BulkTarget::State::Written) {
            rows.append({t.revokeTarget(), t.operation,
                         outcomeName(RevocationOutcome::Kind::NotConfirmed),
                         tr("The run stopped before the sign-out was verified.")});
        } else {
            rows.append({t.revokeTarget(), t.operation, AuditRecord::Cancelled,
                         AuditTrail::cancelledMessage()});
        }
    }
    m_unjournalled.clear();
    if (!m_audit || rows.isEmpty())
        return Done {};
    return m_audit->unansweredAll(rows);
}

Result<Done> BulkRecorder::answered(const QList<int> &items)
{
    QList<JournalEntry> entries;
    QList<RevocationOutcome> outcomes;
    QStringList operations;
    for (int item : items) {
        const BulkTarget &t = m_targets.at(item);
        entries.append(t.journalEntry());
        if (t.state == BulkTarget::State::Done) {
            outcomes.append(t.outcome);
            operations.append(t.operation);
        }
    }
    // The audit rows first: a crash between the two leaves the journal saying "sending", so the
    // next run sends those people again (an outcome row twice), never an outcome with no row.
    if (m_audit && !outcomes.isEmpty()) {
        const auto recorded = m_audit->finishedAll(outcomes, operations);
        if (!recorded)
            return recorded;
    }
    if (m_journal)
        return m_journal->record(m_runKey, entries);
    return Done {};
}

Result<Done> BulkRecorder::ended(const QList<RevocationOutcome> &outcomes)
{
    if (!m_audit || outcomes.isEmpty())
        return Done {};
    return m_audit->finishedAll(outcomes, QStringList());
}

Result<Done> BulkRecorder::reviewed(const BulkReview &review, Channel channel, bool preview)
{
    if (!m_audit)
        return Done {};
    QList<RevocationOutcome> skipped;
    QList<RevokeTarget> duplicates;
    QList<int> firstLines;
    QHash<int, const BulkReviewRow *> rowOfLine; // a line repeated by name was not looked up
    for (const BulkReviewRow &row : review.rows) {
        if (row.category == BulkCategory::Duplicate) {
            const BulkReviewRow *first = rowOfLine.value(row.duplicateOfLine, nullptr);
            duplicates.append(
                    {row.row.upn, channel, row.user || !first ? row.user : first->user, {}});
            firstLines.append(row.duplicateOfLine);
            continue;
        }
        rowOfLine.insert(row.row.line, &row);
        if (!row.isRevocable())
            skipped.append(reviewOutcome(row, channel));
    }
    if (!skipped.isEmpty()) {
        const auto recorded = m_audit->finishedAll(skipped, QStringList());
        if (!recorded)
            return recorded;
    }
    if (duplicates.isEmpty())
        return Done {};
    return m_audit->duplicatesAll(duplicates, firstLines, preview);
}

} // namespace rc
