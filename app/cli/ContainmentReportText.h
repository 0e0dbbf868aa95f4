#pragma once
// What `contain` prints: a line per step (and per device), in one of a few states, then the
// sign-ins since the revocation; or the same as one JSON object for scripts.

#include "containment/Containment.h"
#include "containment/ContainmentChecks.h"
#include "containment/SignInCheck.h"

#include <optional>

namespace rc::cli {

class ContainmentReportText final
{
public:
    // "Block sign-in: done and verified. Sign-in blocked, and read back."
    static QString text(const ContainmentReport &report,
                        const std::optional<SignInCheckResult> &signIns);
    static QByteArray json(const ContainmentReport &report,
                           const std::optional<SignInCheckResult> &signIns,
                           const QList<PreCheck> &checks, int exitCode);
    // "done and verified", "refused", ... for a person.
    static QString stateWords(ContainmentStepResult::State state);
};

} // namespace rc::cli
