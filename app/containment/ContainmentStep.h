#pragma once
// The steps of a containment, in the order Microsoft gives for a compromised account ("Revoke
// user access in Microsoft Entra ID"): block sign-in, revoke sessions, disable the user's devices.
// Each ends in one of a few states the CLI prints as a line and the window as a row.

#include "containment/Device.h"
#include "revocation/RevocationOutcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace rc {

enum class ContainmentStepKind {
    BlockSignIn,
    RevokeSessions,
    DisableDevices,
    // Restore's: what this app blocked and disabled, undone; sessions cannot come back.
    UnblockSignIn,
    RevokedSessionsStay,
    EnableDevices,
};

struct ContainmentStepResult
{
    enum class State {
        Verified, // done, and reading it back shows it done
        NotVerified, // sent and accepted, but reading it back did not show it
        Refused, // predicted from roles, or answered 403 / refused by the service: who could
        Skipped, // nothing to do (already blocked, no devices) or a preview
        Failed, // the network, the service or an unreadable answer
        Preview, // --whatif: what it would do
    };

    ContainmentStepKind kind = ContainmentStepKind::BlockSignIn;
    State state = State::Failed;
    QString message; // one sentence: what happened, or why not
    QString whoCan; // Refused: the roles that could
    QString correlationId;
    // DisableDevices, EnableDevices: one entry per device, in the order listed.
    struct DeviceResult
    {
        Device device;
        State state = State::Failed;
        QString message;
    };
    QList<DeviceResult> devices;
    // RevokeSessions: the revocation's own outcome (its verified time is what follows counts from).
    std::optional<RevocationOutcome> revocation;

    // Verified, Skipped and Preview leave nothing to do.
    bool isDone() const
    {
        return state == State::Verified || state == State::Skipped || state == State::Preview;
    }
};

// Of two states, the one that says more is wrong (Failed, Refused, NotVerified, Verified,
// Preview, Skipped): a step over several devices takes the worst of theirs.
ContainmentStepResult::State worstOf(ContainmentStepResult::State a,
                                     ContainmentStepResult::State b);
// "block-sign-in" etc.: stable names for --json.
QString stepName(ContainmentStepKind kind);
// "Verified", "Refused", ...: stable names for --json and the audit log's outcome column.
QString stateName(ContainmentStepResult::State state);
// "Block sign-in", "Revoke sessions", "Disable devices": what a person reads.
QString stepTitle(ContainmentStepKind kind);

} // namespace rc
