#pragma once
// `revoke-console contain --user UPN`: respond to a compromised account. Checks the input, signs
// in, resolves the user on the Entra channel (a guest is refused, exit 6, nothing sent), prints
// the pre-checks, asks for confirmation naming an admin target's roles (--yes for scripts), then
// blocks sign-in, revokes sessions and disables the user's devices, each step audited with the
// reason and read back, and reads the sign-ins since the revocation. --whatif lists the steps and
// the device names and sends nothing else. Exit 0 only when every step was done and verified.
// `restore --user UPN` undoes it (containment/Restore): the same sign-in, lookup and audit, then
// unblock and enable what this app blocked and disabled.

#include "audit/AuditTrail.h"
#include "cli/CliOptions.h"
#include "cli/CommandExit.h"
#include "cli/TenantSetup.h"
#include "connection/TenantConnection.h"
#include "containment/Containment.h"
#include "containment/ContainmentChecks.h"
#include "containment/Restore.h"
#include "containment/SignInCheck.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rc::cli {

class CliSignIn;

class ContainCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainCommand)
public:
    explicit ContainCommand(CliOptions options, QObject *parent = nullptr);
    ~ContainCommand() override;

    // onExit runs exactly once with the process exit code.
    void start(std::function<void(ExitCode)> onExit);

private:
    bool prepare(); // false: already finished (bad input)
    void signIn();
    void resolve();
    void act(const RevokeTarget &target);
    bool confirmed(const RevokeTarget &target);
    void contained(const ContainmentReport &report);
    void report(const std::optional<SignInCheckResult> &signIns);
    void fail(const ServiceError &error);
    // An outcome that ends it before any step (not found, guest, bad input): printed, its exit.
    void endEarly(const RevocationOutcome &outcome);
    void exit(ExitCode code);

    CliOptions m_options;
    CommandExit m_exit;
    TenantSetup m_setup;
    std::unique_ptr<TenantConnection> m_connection;
    std::unique_ptr<CliSignIn> m_signIn;
    std::unique_ptr<AuditTrail> m_audit;
    bool m_restoring = false; // the restore verb
    std::unique_ptr<Containment> m_containment;
    std::unique_ptr<Restore> m_restore;
    QString m_userId;
    QList<PreCheck> m_checks;
    ContainmentReport m_report;
    Call m_call;
};

} // namespace rc::cli
