#include "cli/ExitCode.h"

#include "bulk/BulkResults.h"
#include "containment/Containment.h"

namespace rc::cli {

ExitCode exitCodeFor(RevocationOutcome::Kind kind)
{
    using K = RevocationOutcome::Kind;
    switch (kind) {
    case K::Preview:
    case K::InstantaneousSuccess:
    case K::NonInstantaneousSuccess:
        return ExitCode::Success;
    case K::InvalidInput:
        return ExitCode::Usage;
    case K::UserNotFound:
        return ExitCode::UserNotFound;
    case K::FeatureDisabled:
        return ExitCode::FeatureDisabled;
    case K::NotConfirmed:
    case K::Failure:
    case K::PermissionDenied:
    case K::NotPermitted:
        return ExitCode::Failure;
    case K::GuestNotApplicable:
        return ExitCode::GuestNotApplicable;
    case K::SignInFailed:
        return ExitCode::SignInFailed;
    case K::NetworkFailure:
        return ExitCode::NetworkFailure;
    }
    return ExitCode::Failure;
}

ExitCode exitCodeFor(const BulkSummary &summary)
{
    if (summary.preview)
        return ExitCode::Success;
    if (summary.gaveUp)
        return exitCodeFor(summary.gaveUpAs.value_or(
                RevocationOutcome::fromError(summary.channel, {}, *summary.gaveUp).kind));
    return summary.everyRowRevoked && !summary.cancelled ? ExitCode::Success
                                                         : ExitCode::NotAllRevoked;
}

} // namespace rc::cli

namespace rc::cli {

ExitCode exitCodeFor(const ContainmentReport &report)
{
    return report.isComplete() ? ExitCode::Success : ExitCode::Failure;
}

} // namespace rc::cli
