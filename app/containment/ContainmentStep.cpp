#include "containment/ContainmentStep.h"

#include "audit/AuditRecord.h"

#include <QCoreApplication>

namespace rc {

ContainmentStepResult::State worstOf(ContainmentStepResult::State a, ContainmentStepResult::State b)
{
    using State = ContainmentStepResult::State;
    const auto rank = [](State s) {
        switch (s) {
        case State::Failed:
            return 5;
        case State::Refused:
            return 4;
        case State::NotVerified:
            return 3;
        case State::Verified:
            return 2;
        case State::Preview:
            return 1;
        case State::Skipped:
            return 0;
        }
        return 5;
    };
    return rank(a) >= rank(b) ? a : b;
}

QString stepName(ContainmentStepKind kind)
{
    switch (kind) {
    case ContainmentStepKind::BlockSignIn:
        return QStringLiteral("block-sign-in");
    case ContainmentStepKind::RevokeSessions:
        return QStringLiteral("revoke-sessions");
    case ContainmentStepKind::DisableDevices:
        return QStringLiteral("disable-devices");
    case ContainmentStepKind::UnblockSignIn:
        return QStringLiteral("unblock-sign-in");
    case ContainmentStepKind::RevokedSessionsStay:
        return QStringLiteral("sessions");
    case ContainmentStepKind::EnableDevices:
        return QStringLiteral("enable-devices");
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
    case ContainmentStepKind::UnblockSignIn:
        return QCoreApplication::translate("rc::Containment", "Unblock sign-in");
    case ContainmentStepKind::RevokedSessionsStay:
        return QCoreApplication::translate("rc::Containment", "Sessions");
    case ContainmentStepKind::EnableDevices:
        return QCoreApplication::translate("rc::Containment", "Enable devices");
    }
    return {};
}

} // namespace rc
