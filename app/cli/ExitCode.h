#pragma once
// The process exit codes of the command-line verbs, as README's table and --help give them.
// Scripts branch on these numbers: an existing one never changes its meaning.

#include "revocation/RevocationOutcome.h"

namespace rc {
struct BulkSummary;
struct ContainmentReport;
} // namespace rc

namespace rc::cli {

enum class ExitCode {
    Success = 0, // revoked (either success State, or Entra verified), or a preview
    Cancelled = 1, // cancelled at the confirmation prompt
    Usage
    = 2, // usage or invalid input (malformed UPN, bad cloud config, no terminal to confirm on)
    UserNotFound = 3,
    FeatureDisabled = 4, // the SharePoint operation is disabled for the tenant
    // Failure, permission denied, an Entra revocation that could not be verified, an audit log or
    // output that could not be written; contain: any step failed, refused or not verified.
    Failure = 5,
    GuestNotApplicable = 6,
    SignInFailed = 7, // or, for signout, the keychain items could not be deleted
    NetworkFailure = 8, // or gave up after throttling
    NotAllRevoked = 9, // a list run completed but some were not revoked, or was cancelled
};

// What the process returns.
constexpr int processExitCode(ExitCode code)
{
    return static_cast<int>(code);
}

// One revocation's outcome.
ExitCode exitCodeFor(RevocationOutcome::Kind kind);
// A list run: Success when every row was revoked (duplicates merged) or previewed; NotAllRevoked
// when it completed but some rows were not revoked, or was cancelled; when it stopped early, what
// one user would get for the same reason (the network, the sign-in, SharePoint's operation being
// off, else Failure, e.g. the audit log could not be written).
ExitCode exitCodeFor(const BulkSummary &summary);
// A containment (`contain`): Success when every step was done (verified, or nothing to do) or
// previewed; Failure when any step failed, was refused or could not be verified.
ExitCode exitCodeFor(const ContainmentReport &report);

} // namespace rc::cli
