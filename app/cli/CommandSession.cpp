#include "cli/CommandSession.h"

#include "cli/CliSignIn.h"
#include "cli/Console.h"
#include "directory/UpnCheck.h"

#include <QCoreApplication>

namespace rc::cli {

CommandSession::CommandSession() = default;
CommandSession::~CommandSession() = default;

Result<Done> CommandSession::prepare(const CliOptions &options, Channel channel,
                                     const Refusals &refusals)
{
    if (options.user.trimmed().isEmpty())
        return ServiceError::make(ServiceError::Kind::InvalidInput, refusals.noUser);
    if (const auto upn = checkUpn(options.user); !upn)
        return upn.error();
    if (!options.whatIf && !options.yes && !Console::stdinIsTerminal())
        return ServiceError::make(ServiceError::Kind::InvalidInput, refusals.noTerminal);
    // Refuses before anyone is asked to sign in what cannot work (e.g. no SharePoint admin site).
    if (const auto prepared = m_setup.prepare(options, channel); !prepared)
        return prepared.error();
    const ConnectionSettings &settings = m_setup.connection();
    // No audit log, no action: the record is part of the job.
    auto audit = AuditTrail::open(AuditLog::defaultPath(), settings.tenant.id(), options.reason);
    if (!audit)
        return audit.error();
    m_audit = std::move(audit).value();
    m_connection = std::make_unique<TenantConnection>(settings, m_setup.keychain());
    m_signIn = std::make_unique<CliSignIn>(*m_connection, m_setup.profile());
    return Done {};
}

void CommandSession::signIn(QObject *context, std::function<void()> onReady,
                            std::function<void(const ServiceError &)> onFailed)
{
    QObject::connect(m_connection.get(), &TenantConnection::retrying, context,
                     [](int seconds, const ServiceError &cause) {
                         Console::err(StatusMessage::retrying(seconds, cause).text);
                     });
    m_signIn->signIn([this, context, onReady = std::move(onReady),
                      onFailed = std::move(onFailed)](Result<QString> account) {
        if (!account) {
            onFailed(account.error());
            return;
        }
        const QString who = account.value().isEmpty()
                ? QCoreApplication::translate("rc::cli::RevokeCommand", "(unknown account)")
                : account.value();
        Console::err(
                QCoreApplication::translate("rc::cli::RevokeCommand", "Signed in as %1.").arg(who));
        m_audit->setOperator(account.value());
        // Who may act on whom needs the operator's roles: wait until they are read (or known to
        // be unknown) before looking at the target.
        m_connection->admin().whenReady(context, onReady);
    });
}

void CommandSession::exit(CommandExit &exit, ExitCode code)
{
    exit.whenStored(m_connection ? &m_connection->tokenCache() : nullptr, code);
}

} // namespace rc::cli
