#pragma once
// `revoke-console revoke --user UPN`: the cmdlet on the command line. Checks the input,
// signs in (silently from the keychain, else the profile's flow: see CliSignIn), resolves the user,
// previews or asks for confirmation, revokes on the chosen channel, prints the outcome and reports
// the exit code. Every step that reaches a person is in the audit log first.

#include "audit/AuditTrail.h"
#include "cli/CliOptions.h"
#include "cli/CommandExit.h"
#include "cli/TenantSetup.h"
#include "connection/TenantConnection.h"
#include "revocation/AuditedRevocation.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rc::cli {

class CliSignIn;

class RevokeCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeCommand)
public:
    explicit RevokeCommand(CliOptions options, QObject *parent = nullptr);
    ~RevokeCommand() override;

    // onExit runs exactly once with the process exit code.
    void start(std::function<void(ExitCode)> onExit);

private:
    bool prepare(); // false: already finished (bad input)
    void signIn();
    void resolve();
    void act(const RevokeTarget &target);
    bool confirmed(const RevokeTarget &target);
    static QString adminNote(const RevokeTarget &target);
    void finish(const RevocationOutcome &outcome); // one that needed no request: recorded
    void show(const RevocationOutcome &outcome, const std::optional<ServiceError> &auditError);
    void fail(const ServiceError &error);
    void exit(ExitCode code);

    CliOptions m_options;
    Channel m_channel = Channel::Entra;
    CommandExit m_exit;
    TenantSetup m_setup; // the demo tenant or the profile, and the keychain
    std::unique_ptr<TenantConnection> m_connection;
    std::unique_ptr<CliSignIn> m_signIn;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<AuditedRevocation> m_revocation; // on record: the Started and outcome rows
};

} // namespace rc::cli
