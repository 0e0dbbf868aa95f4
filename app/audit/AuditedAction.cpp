#include "audit/AuditedAction.h"

#include <QCoreApplication>

namespace rc {

AuditedAction::AuditedAction(AuditTrail *trail, QList<AuditRecord> subjects, QStringList operations)
    : m_trail(trail)
    , m_subjects(std::move(subjects))
    , m_operations(std::move(operations))
{
    while (m_operations.size() < m_subjects.size())
        m_operations.append(QString());
}

AuditedAction::AuditedAction(AuditTrail *trail, AuditRecord subject)
    : AuditedAction(trail, QList<AuditRecord> {std::move(subject)})
{ }

Result<Done> AuditedAction::start()
{
    // No record, no action: the audit row is part of the job.
    if (!m_trail)
        return ServiceError::make(ServiceError::Kind::Service,
                                  QCoreApplication::translate("rc::AuditedAction",
                                                              "The audit log is not available."));
    QList<qsizetype> unstarted;
    QList<AuditRecord> rows;
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        if (isStarted(i))
            continue;
        AuditRecord r = m_subjects.at(i);
        r.operation.clear();
        r.outcome = AuditRecord::Started;
        rows.append(r);
        unstarted.append(i);
    }
    if (rows.isEmpty())
        return Done {};
    const auto written = m_trail->write(rows);
    if (!written)
        return written;
    for (qsizetype k = 0; k < unstarted.size(); ++k)
        m_operations[unstarted.at(k)] = rows.at(k).operation;
    return Done {};
}

Result<Done> AuditedAction::finish(QList<AuditRecord> outcomes) const
{
    if (!m_trail || outcomes.isEmpty())
        return Done {};
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        outcomes[i].operation = operation(i);
    return m_trail->write(outcomes);
}

Result<Done> AuditedAction::finishUnanswered(const QList<Unanswered> &ends) const
{
    QList<AuditRecord> rows;
    rows.reserve(ends.size());
    for (qsizetype i = 0; i < ends.size() && i < m_subjects.size(); ++i)
        rows.append(ended(m_subjects.at(i), ends.at(i).outcome, ends.at(i).message));
    return finish(rows);
}

AuditRecord AuditedAction::ended(AuditRecord subject, const QString &outcome,
                                 const QString &message)
{
    subject.outcome = outcome;
    subject.message = message;
    return subject;
}

} // namespace rc
