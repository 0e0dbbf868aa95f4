#pragma once
// What every verb that acts on one user (revoke, contain, restore) sets up the same way: refuse
// without the network what cannot work (no user, a malformed name, no terminal to confirm on
// without --yes or --whatif, no tenant), open the audit log (no record, no action), build the
// tenant's connection, then sign in, say as whom, record the operator and wait for their roles,
// which every verdict needs. One object per run, owning what it started.

#include "audit/AuditTrail.h"
#include "cli/CliOptions.h"
#include "cli/CommandExit.h"
#include "cli/TenantSetup.h"
#include "connection/TenantConnection.h"

#include <functional>
#include <memory>

namespace rc::cli {

class CliSignIn;

class CommandSession final
{
    Q_DISABLE_COPY_MOVE(CommandSession)
public:
    struct Refusals
    {
        QString noUser; // "Say whose sessions to revoke: --user user1@contoso.com"
        QString noTerminal; // "Not revoking: there is no terminal to confirm on. ..."
    };

    CommandSession();
    ~CommandSession();

    Result<Done> prepare(const CliOptions &options, Channel channel, const Refusals &refusals);
    // onReady once signed in and the operator's roles are known (or known to be unknown).
    void signIn(QObject *context, std::function<void()> onReady,
                std::function<void(const ServiceError &)> onFailed);

    TenantConnection *connection() const { return m_connection.get(); } // after prepare()
    AuditTrail *audit() const { return m_audit.get(); } // after prepare()
    const TenantSetup &setup() const { return m_setup; }
    // Reports the exit code once the keychain has stored what the sign-in left for it.
    void exit(CommandExit &exit, ExitCode code);

private:
    TenantSetup m_setup; // the demo tenant or the profile, and the keychain
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<TenantConnection> m_connection;
    std::unique_ptr<CliSignIn> m_signIn;
};

} // namespace rc::cli
