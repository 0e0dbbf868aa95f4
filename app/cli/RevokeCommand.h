#pragma once
// `revoke-console revoke --user UPN`: the cmdlet on the command line. Checks the input,
// signs in (silently from the keychain, else the profile's flow: see CliSignIn), resolves the user,
// previews or asks for confirmation, revokes on the chosen channel, prints the outcome and reports
// the exit code. Every step that reaches a person is in the audit log first.

#include "cli/CommandSession.h"
#include "revocation/AuditedRevocation.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rc::cli {

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
    CommandSession m_session; // the checks, the audit log, the connection, the sign-in
    std::unique_ptr<AuditedRevocation> m_revocation; // on record: the Started and outcome rows
};

} // namespace rc::cli
