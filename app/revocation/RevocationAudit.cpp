#include "revocation/RevocationAudit.h"

#include "revocation/StatusMessage.h"

#include <QCoreApplication>

namespace rc::revocationAudit {

AuditRecord subject(const RevokeTarget &target)
{
    AuditRecord r;
    r.action = AuditRecord::RevokeSessions;
    r.targetUpn = target.typedUser;
    r.channel = channelName(target.channel);
    if (target.user) {
        r.targetObjectId = target.user->id;
        r.sessionsValidFromBefore = target.user->signInSessionsValidFrom;
    }
    return r;
}

AuditRecord outcome(const RevocationOutcome &outcome)
{
    AuditRecord r;
    r.action = AuditRecord::RevokeSessions;
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

AuditRecord duplicate(const RevokeTarget &line, int firstLine, bool preview)
{
    AuditRecord r = subject(line);
    r.preview = preview;
    r.outcome = AuditRecord::Duplicate;
    r.message = QCoreApplication::translate("rc::AuditTrail",
                                            "Same person as line %1 of the list: merged into "
                                            "that line, whose row has the outcome.")
                        .arg(firstLine);
    return r;
}

QString cancelledMessage()
{
    return QCoreApplication::translate("rc::AuditTrail",
                                       "Cancelled (may have reached the service): the request "
                                       "was sent, so the sign-out may still take effect.");
}

} // namespace rc::revocationAudit
