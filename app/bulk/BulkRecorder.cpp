#include "bulk/BulkRecorder.h"

#include <QCoreApplication>

namespace rc {

void BulkRecorder::setJournal(BulkJournal *journal, const QString &runKey)
{
    m_journal = journal;
    m_runKey = runKey;
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
    if (m_journal)
        return m_journal->record(m_runKey, entries);
    return Done {};
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
    if (m_journal) {
        const auto recorded = m_journal->record(m_runKey, entries);
        if (!recorded)
            return recorded;
    }
    if (m_audit && !outcomes.isEmpty())
        return m_audit->finishedAll(outcomes, operations);
    return Done {};
}

Result<Done> BulkRecorder::ended(const QList<RevocationOutcome> &outcomes)
{
    if (!m_audit || outcomes.isEmpty())
        return Done {};
    return m_audit->finishedAll(outcomes, QStringList());
}

Result<Done> BulkRecorder::forgetRun()
{
    if (!m_journal)
        return Done {};
    return m_journal->forget(m_runKey);
}

} // namespace rc
