#include "containment/ContainmentStep.h"

#include "audit/AuditRecord.h"

#include <QCoreApplication>

namespace rc {

QString stepName(ContainmentStepKind kind)
{
    switch (kind) {
    case ContainmentStepKind::BlockSignIn:
        return QStringLiteral("block-sign-in");
    case ContainmentStepKind::RevokeSessions:
        return QStringLiteral("revoke-sessions");
    case ContainmentStepKind::DisableDevices:
        return QStringLiteral("disable-devices");
    }
    return {};
}

QString stateName(ContainmentStepResult::State state)
{
    using State = ContainmentStepResult::State;
    switch (state) {
    case State::Verified:
        return AuditRecord::Verified;
    case State::NotVerified:
        return AuditRecord::NotVerified;
    case State::Refused:
        return AuditRecord::Refused;
    case State::Skipped:
        return AuditRecord::Skipped;
    case State::Failed:
        return AuditRecord::Failed;
    case State::Preview:
        return QStringLiteral("Preview");
    }
    return {};
}

QString stepTitle(ContainmentStepKind kind)
{
    switch (kind) {
    case ContainmentStepKind::BlockSignIn:
        return QCoreApplication::translate("rc::Containment", "Block sign-in");
    case ContainmentStepKind::RevokeSessions:
        return QCoreApplication::translate("rc::Containment", "Revoke sessions");
    case ContainmentStepKind::DisableDevices:
        return QCoreApplication::translate("rc::Containment", "Disable devices");
    }
    return {};
}

} // namespace rc
