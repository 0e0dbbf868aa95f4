#pragma once
// One revocation through its audited action, the sequence the window and `revoke --user` share:
// the Started row, then the request, then the outcome row, and only then the caller shows the
// outcome. No record, no revocation: if the Started row cannot be written nothing is sent, and
// the caller is handed that error as the outcome. cancel() drops the answer of the revocation in
// flight; its outcome row says it was cancelled and may have reached the service.

#include "audit/AuditedAction.h"
#include "revocation/Revoker.h"

#include <optional>

namespace rc {

class AuditedRevocation final
{
    Q_DISABLE_COPY_MOVE(AuditedRevocation)
public:
    explicit AuditedRevocation(Revoker &revoker)
        : m_revoker(revoker)
    { }
    ~AuditedRevocation() { m_call.cancel(); }

    // Null: previews and refusals are shown unrecorded, and revocations are refused.
    void setAuditTrail(AuditTrail *trail) { m_trail = trail; }
    AuditTrail *auditTrail() const { return m_trail; }
    // The reason to record with revocations, and none with previews (unset: the trail's own).
    void setReason(const QString &reason) { m_reason = reason; }

    // onOutcome gets the outcome once its row is written, with the error writing it (what
    // happened still happened).
    using OnOutcome = std::function<void(const RevocationOutcome &outcome,
                                         const std::optional<ServiceError> &auditError)>;
    // beforeSending runs once the Started row is written, just before the request goes out.
    // userRead: see Revoker::revoke.
    void revoke(const RevokeTarget &target, QObject *context, OnOutcome onOutcome,
                const std::function<void()> &beforeSending = {},
                Revoker::UserRead userRead = Revoker::UserRead::MayBeOld);
    bool isInFlight() const { return m_inFlight.has_value(); }
    // An outcome that needed no request (a preview, a refusal, bad input): its row. Returns the
    // error writing it.
    std::optional<ServiceError> record(const RevocationOutcome &outcome);
    // Drops the answer of the revocation in flight and writes its Cancelled row. Returns the
    // error writing it; nothing when nothing was in flight.
    std::optional<ServiceError> cancel();

private:
    void applyReason(bool preview);

    Revoker &m_revoker;
    AuditTrail *m_trail = nullptr;
    std::optional<QString> m_reason;
    std::optional<AuditedAction> m_inFlight; // started, its answer not in yet
    Call m_call;
};

} // namespace rc
