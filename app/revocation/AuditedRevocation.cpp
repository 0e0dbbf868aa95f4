#include "revocation/AuditedRevocation.h"

#include "core/Logging.h"
#include "revocation/RevocationAudit.h"

namespace rc {

namespace {

std::optional<ServiceError> problem(const Result<Done> &recorded)
{
    if (recorded)
        return std::nullopt;
    qCWarning(lcRevoke).noquote() << recorded.error().message;
    return recorded.error();
}

} // namespace

void AuditedRevocation::applyReason(bool preview)
{
    if (m_trail && m_reason)
        m_trail->setReason(preview ? QString() : *m_reason);
}

void AuditedRevocation::revoke(const RevokeTarget &target, QObject *context, OnOutcome onOutcome,
                               const std::function<void()> &beforeSending,
                               Revoker::UserRead userRead)
{
    m_call.cancel();
    AuditedAction action(m_trail, revocationAudit::subject(target));
    applyReason(false);
    if (const auto started = action.start(); !started) {
        const RevocationOutcome refused = RevocationOutcome::fromError(
                target.channel, target.typedUser, AuditLog::beforeSending(started.error()));
        onOutcome(refused, record(refused));
        return;
    }
    m_inFlight = std::move(action);
    if (beforeSending)
        beforeSending();
    m_call = m_revoker.revoke(
            target, context,
            [this, onOutcome = std::move(onOutcome)](const RevocationOutcome &outcome) {
                const AuditedAction answered = m_inFlight.value_or(AuditedAction(m_trail));
                m_inFlight.reset();
                applyReason(false);
                onOutcome(outcome, problem(answered.finish({revocationAudit::outcome(outcome)})));
            },
            userRead);
}

std::optional<ServiceError> AuditedRevocation::record(const RevocationOutcome &outcome)
{
    applyReason(outcome.kind == RevocationOutcome::Kind::Preview);
    return problem(AuditedAction(m_trail).finish({revocationAudit::outcome(outcome)}));
}

std::optional<ServiceError> AuditedRevocation::cancel()
{
    m_call.cancel();
    if (!m_inFlight)
        return std::nullopt;
    AuditedAction cancelled = *std::exchange(m_inFlight, std::nullopt);
    applyReason(false);
    return problem(cancelled.finishUnanswered(
            {{AuditRecord::Cancelled, revocationAudit::cancelledMessage()}}));
}

} // namespace rc
