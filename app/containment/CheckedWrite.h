#pragma once
// One audited write that is read back, the shape every containment and restore step shares: the
// Started row before anything is sent, the write (a PATCH of accountEnabled), then a read of what
// it changed, and the outcome row with the state the read-back supports: Verified only when it
// shows the change. A write the service refuses (403, or a property mastered on-premises) is
// Refused; any other error Failed. Cancelling writes the Cancelled row.

#include "audit/AuditedAction.h"
#include "containment/ContainmentStep.h"
#include "core/Call.h"

#include <functional>
#include <optional>

namespace rc {

class CheckedWrite final
{
    Q_DISABLE_COPY_MOVE(CheckedWrite)
public:
    using State = ContainmentStepResult::State;
    using Write = std::function<Call(std::function<void(Result<Done>)>)>;
    // Reads the object back: true when it shows the change.
    using ReadBack = std::function<Call(std::function<void(Result<bool>)>)>;
    struct Words
    {
        QString done; // read back and changed
        QString notShown; // accepted, but the read-back still shows the old value
        QString readFailed; // accepted, the read-back failed: %1 is its error
    };
    struct Outcome
    {
        State state = State::Failed;
        QString message;
        QString correlationId;
        std::optional<ServiceError> error; // the write's, when it failed or was refused
    };

    CheckedWrite() = default;
    ~CheckedWrite() { m_call.cancel(); }

    // Writes the Started row, then sends. An error writing it means nothing was sent: returned,
    // and `done` is not called.
    std::optional<ServiceError> run(AuditTrail *trail, const AuditRecord &row, Write write,
                                    ReadBack readBack, Words words,
                                    std::function<void(Outcome)> done);
    bool isRunning() const { return m_action.has_value(); }
    // Drops the answer under way and writes the Cancelled row.
    void cancel();

    // A step that ends with no write (skipped, refused before sending, a preview): its one row. An
    // error writing it is logged: what happened still happened.
    static void recordEnded(AuditTrail *trail, AuditRecord row, State state,
                            const QString &message);

    // Graph's 400 for a property mastered in on-premises Active Directory ("Unable to update the
    // specified properties for on-premises mastered Directory Sync objects ...").
    static bool isMasteredOnPremises(const ServiceError &error);
    // Refused (403, mastered on-premises) or Failed.
    static State stateForError(const ServiceError &error);

private:
    void finish(const Outcome &outcome, const std::function<void(Outcome)> &done);

    std::optional<AuditedAction> m_action;
    AuditRecord m_row;
    Call m_call;
};

} // namespace rc
