#include "containment/CheckedWrite.h"

#include "core/Logging.h"
#include "revocation/RevocationAudit.h"

namespace rc {

bool CheckedWrite::isMasteredOnPremises(const ServiceError &error)
{
    return error.httpStatus == 400
            && error.message.contains(QLatin1String("on-premises mastered"), Qt::CaseInsensitive);
}

void CheckedWrite::recordEnded(AuditTrail *trail, AuditRecord row, State state,
                               const QString &message)
{
    const auto written = AuditedAction(trail).finish(
            {AuditedAction::ended(std::move(row), stateName(state), message)});
    if (!written)
        qCWarning(lcContain).noquote() << written.error().message;
}

CheckedWrite::State CheckedWrite::stateForError(const ServiceError &error)
{
    if (error.kind == ServiceError::Kind::Forbidden || isMasteredOnPremises(error))
        return State::Refused;
    return State::Failed;
}

std::optional<ServiceError> CheckedWrite::run(AuditTrail *trail, const AuditRecord &row,
                                              Write write, ReadBack readBack, Words words,
                                              std::function<void(Outcome)> done)
{
    m_call.cancel();
    AuditedAction action(trail, row);
    if (const auto started = action.start(); !started)
        return started.error();
    m_action = std::move(action);
    m_row = row;
    m_call = write([this, readBack = std::move(readBack), words = std::move(words),
                    done = std::move(done)](Result<Done> written) {
        if (!written) {
            const ServiceError &e = written.error();
            finish({stateForError(e), e.message, e.correlationId, e}, done);
            return;
        }
        m_call = readBack([this, words, done](Result<bool> shown) {
            if (!shown)
                finish({State::NotVerified, words.readFailed.arg(shown.error().message),
                        shown.error().correlationId, std::nullopt},
                       done);
            else if (!shown.value())
                finish({State::NotVerified, words.notShown, {}, std::nullopt}, done);
            else
                finish({State::Verified, words.done, {}, std::nullopt}, done);
        });
    });
    return std::nullopt;
}

void CheckedWrite::finish(const Outcome &outcome, const std::function<void(Outcome)> &done)
{
    AuditRecord out = m_row;
    out.outcome = stateName(outcome.state);
    out.message = outcome.message;
    out.correlationId = outcome.correlationId;
    // What happened still happened: a row that cannot be written is logged, not hidden.
    if (const auto written = m_action->finish({out}); !written)
        qCWarning(lcContain).noquote() << written.error().message;
    m_action.reset();
    done(outcome);
}

void CheckedWrite::cancel()
{
    m_call.cancel();
    if (!m_action)
        return;
    if (const auto written = m_action->finishUnanswered(
                {{AuditRecord::Cancelled, revocationAudit::cancelledMessage()}});
        !written)
        qCWarning(lcContain).noquote() << written.error().message;
    m_action.reset();
}

} // namespace rc
