#include "audit/AuditTrail.h"

#include "revocation/StatusMessage.h"

#include <QCoreApplication>
#include <QUuid>

namespace rc {

AuditRecord AuditTrail::base(const QString &operation) const
{
    AuditRecord r;
    r.operation
            = operation.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : operation;
    r.recordedAt = m_clock.utcNow();
    r.operatorUpn = m_operator;
    r.tenant = m_tenant;
    r.reason = m_reason;
    return r;
}

AuditRecord AuditTrail::startedRecord(const RevokeTarget &target) const
{
    AuditRecord r = base({});
    r.targetUpn = target.typedUser;
    r.channel = channelName(target.channel);
    r.outcome = AuditRecord::Started;
    if (target.user) {
        r.targetObjectId = target.user->id;
        r.sessionsValidFromBefore = target.user->signInSessionsValidFrom;
    }
    return r;
}

AuditRecord AuditTrail::finishedRecord(const RevocationOutcome &outcome,
                                       const QString &operation) const
{
    AuditRecord r = base(operation);
    r.targetUpn = outcome.user;
    r.targetObjectId = outcome.objectId;
    r.channel = channelName(outcome.channel);
    r.preview = outcome.kind == RevocationOutcome::Kind::Preview;
    r.outcome = outcomeName(outcome.kind);
    r.message = StatusMessage::oneLine(outcome);
    r.correlationId = outcome.correlationId;
    r.sessionsValidFromBefore = outcome.sessionsValidFromBefore;
    r.sessionsValidFromAfter = outcome.sessionsValidFromAfter;
    return r;
}

Result<QString> AuditTrail::started(const RevokeTarget &target)
{
    const AuditRecord r = startedRecord(target);
    const auto appended = m_log.append(r);
    if (!appended)
        return appended.error();
    return r.operation;
}

Result<Done> AuditTrail::finished(const RevocationOutcome &outcome, const QString &operation)
{
    return m_log.append(finishedRecord(outcome, operation));
}

Result<QStringList> AuditTrail::startedAll(const QList<RevokeTarget> &targets)
{
    QList<AuditRecord> records;
    QStringList operations;
    records.reserve(targets.size());
    for (const RevokeTarget &target : targets) {
        records.append(startedRecord(target));
        operations.append(records.last().operation);
    }
    const auto appended = m_log.appendAll(records);
    if (!appended)
        return appended.error();
    return operations;
}

Result<Done> AuditTrail::finishedAll(const QList<RevocationOutcome> &outcomes,
                                     const QStringList &operations)
{
    QList<AuditRecord> records;
    records.reserve(outcomes.size());
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        records.append(finishedRecord(outcomes.at(i), operations.value(i)));
    return m_log.appendAll(records);
}

Result<Done> AuditTrail::unansweredAll(const QList<Unanswered> &rows)
{
    QList<AuditRecord> records;
    records.reserve(rows.size());
    for (const Unanswered &row : rows) {
        AuditRecord r = startedRecord(row.target);
        r.operation = row.operation.isEmpty() ? r.operation : row.operation;
        r.outcome = row.outcome;
        r.message = row.message;
        records.append(r);
    }
    return m_log.appendAll(records);
}

Result<Done> AuditTrail::cancelled(const RevokeTarget &target, const QString &operation)
{
    return unansweredAll({{target, operation, AuditRecord::Cancelled, cancelledMessage()}});
}

QString AuditTrail::cancelledMessage()
{
    return QCoreApplication::translate("rc::AuditTrail",
                                       "Cancelled (may have reached the service): the request "
                                       "was sent, so the sign-out may still take effect.");
}

Result<Done> AuditTrail::duplicatesAll(const QList<RevokeTarget> &lines,
                                       const QList<int> &firstLines, bool preview)
{
    QList<AuditRecord> records;
    records.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        AuditRecord r = startedRecord(lines.at(i));
        r.preview = preview;
        r.outcome = AuditRecord::Duplicate;
        r.message = QCoreApplication::translate("rc::AuditTrail",
                                                "Same person as line %1 of the list: merged into "
                                                "that line, whose row has the outcome.")
                            .arg(firstLines.value(i));
        records.append(r);
    }
    return m_log.appendAll(records);
}

} // namespace rc
