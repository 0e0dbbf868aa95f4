#include "audit/AuditTrail.h"

#include "revocation/StatusMessage.h"

#include <QUuid>

namespace rc {

AuditRecord AuditTrail::base(const QString &operation) const
{
    AuditRecord r;
    r.operation
            = operation.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : operation;
    r.recordedAt = QDateTime::currentDateTimeUtc();
    r.operatorUpn = m_operator;
    r.tenant = m_tenant;
    r.reason = m_reason;
    return r;
}

Result<QString> AuditTrail::started(const RevokeTarget &target)
{
    AuditRecord r = base({});
    r.targetUpn = target.typedUser;
    r.channel = channelName(target.channel);
    r.outcome = AuditRecord::Started;
    if (target.user) {
        r.targetObjectId = target.user->id;
        r.sessionsValidFromBefore = target.user->signInSessionsValidFrom;
    }
    const auto appended = m_log.append(r);
    if (!appended)
        return appended.error();
    return r.operation;
}

Result<Done> AuditTrail::finished(const RevocationOutcome &outcome, const QString &operation)
{
    AuditRecord r = base(operation);
    r.targetUpn = outcome.user;
    r.targetObjectId = outcome.objectId;
    r.channel = channelName(outcome.channel);
    r.preview = outcome.kind == RevocationOutcome::Kind::Preview;
    r.outcome = outcomeName(outcome.kind);
    r.message = StatusMessage::describe(outcome).text;
    r.correlationId = outcome.correlationId;
    r.sessionsValidFromBefore = outcome.sessionsValidFromBefore;
    r.sessionsValidFromAfter = outcome.sessionsValidFromAfter;
    return m_log.append(r);
}

} // namespace rc
