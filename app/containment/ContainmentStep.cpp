#include "containment/ContainmentStep.h"

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
        return QStringLiteral("Verified");
    case State::NotVerified:
        return QStringLiteral("NotVerified");
    case State::Refused:
        return QStringLiteral("Refused");
    case State::Skipped:
        return QStringLiteral("Skipped");
    case State::Failed:
        return QStringLiteral("Failed");
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
