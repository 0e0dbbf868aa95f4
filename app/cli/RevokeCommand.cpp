#include "cli/RevokeCommand.h"

#include "cli/CliSignIn.h"
#include "cli/Console.h"
#include "core/Logging.h"
#include "directory/UpnCheck.h"

namespace rc::cli {

RevokeCommand::RevokeCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_exit(this)
{
    m_channel = m_options.channel == QLatin1String("spo") ? Channel::SharePoint : Channel::Entra;
}

RevokeCommand::~RevokeCommand() = default;

void RevokeCommand::start(std::function<void(ExitCode)> onExit)
{
    m_exit.setHandler(std::move(onExit));
    if (prepare())
        signIn();
}

bool RevokeCommand::prepare()
{
    // Everything that can be refused without the network is refused before signing in.
    if (m_options.user.trimmed().isEmpty()) {
        fail(ServiceError::make(ServiceError::Kind::InvalidInput,
                                tr("Say whose sessions to revoke: --user user1@contoso.com")));
        return false;
    }
    const auto upn = checkUpn(m_options.user);
    if (!upn) {
        finish(RevocationOutcome::fromError(m_channel, m_options.user.trimmed(), upn.error()));
        return false;
    }
    if (!m_options.whatIf && !m_options.yes && !Console::stdinIsTerminal()) {
        fail(ServiceError::make(ServiceError::Kind::InvalidInput,
                                tr("Not revoking: there is no terminal to confirm on. Add --yes to "
                                   "confirm, or --whatif to preview.")));
        return false;
    }
    // Refuses before anyone is asked to sign in what cannot work (e.g. no SharePoint admin site).
    const auto prepared = m_setup.prepare(m_options, m_channel);
    if (!prepared) {
        fail(prepared.error());
        return false;
    }
    const ConnectionSettings &settings = m_setup.connection();
    // No audit log, no revocation: the record is part of the job.
    auto audit = AuditTrail::open(AuditLog::defaultPath(), settings.tenant.id(), m_options.reason);
    if (!audit) {
        fail(audit.error());
        return false;
    }
    m_audit = std::move(audit).value();
    m_connection = std::make_unique<TenantConnection>(settings, m_setup.keychain());
    m_revocation = std::make_unique<AuditedRevocation>(m_connection->revoker());
    m_revocation->setAuditTrail(m_audit.get());
    m_signIn = std::make_unique<CliSignIn>(*m_connection, m_setup.profile());
    return true;
}

void RevokeCommand::signIn()
{
    connect(m_connection.get(), &TenantConnection::retrying, this,
            [](int seconds, const ServiceError &cause) {
                Console::err(StatusMessage::retrying(seconds, cause).text);
            });
    m_signIn->signIn([this](Result<QString> account) {
        if (!account) {
            fail(account.error());
            return;
        }
        Console::err(tr("Signed in as %1.")
                             .arg(account.value().isEmpty() ? tr("(unknown account)")
                                                            : account.value()));
        m_audit->setOperator(account.value());
        // Who may revoke whom needs the operator's roles: wait until they are read (or known to
        // be unknown) before looking at the target.
        m_connection->admin().whenReady(this, [this] { resolve(); });
    });
}

void RevokeCommand::resolve()
{
    m_connection->revoker().resolve(m_options.user, m_channel, this, [this](Resolution resolution) {
        if (auto *outcome = std::get_if<RevocationOutcome>(&resolution)) {
            finish(*outcome);
            return;
        }
        act(std::get<RevokeTarget>(resolution));
    });
}

void RevokeCommand::act(const RevokeTarget &target)
{
    const RevokeVerdict verdict = m_connection->revoker().verdict(target);
    if (verdict.kind == RevokeVerdict::Kind::Unknown && !verdict.reason.isEmpty())
        Console::err(verdict.reason); // says what is unknown, and that the service decides
    if (m_options.whatIf) {
        if (verdict.isRefused())
            Console::err(verdict.reason);
        finish(Revoker::preview(target));
        return;
    }
    if (verdict.isRefused()) { // predicted: nothing is sent, nobody is asked to confirm
        finish(Revoker::notPermitted(target, verdict));
        return;
    }
    if (!m_options.yes && !confirmed(target)) {
        Console::err(tr("Cancelled: nothing was sent."));
        exit(ExitCode::Cancelled);
        return;
    }
    // With --yes nothing was waited for since the lookup: its "sessions valid from" is current.
    m_revocation->revoke(
            target, this,
            [this](const RevocationOutcome &outcome,
                   const std::optional<ServiceError> &auditError) { show(outcome, auditError); },
            {}, m_options.yes ? Revoker::UserRead::JustNow : Revoker::UserRead::MayBeOld);
}

QString RevokeCommand::adminNote(const RevokeTarget &target)
{
    if (!target.roles.holdsAnyRole())
        return {};
    return tr("%1 holds an administrator role: %2.\n")
            .arg(target.typedUser, target.roles.names().join(QLatin1String(", ")));
}

bool RevokeCommand::confirmed(const RevokeTarget &target)
{
    const QString who = target.user ? QStringLiteral("%1 <%2>").arg(target.user->displayName,
                                                                    target.user->userPrincipalName)
                                    : target.typedUser;
    const QString question
            = tr("Confirm\nAre you sure you want to perform this action?\n"
                 "Performing the operation \"Revoke-SPOUserSession\" on target \"%1\": %2 will be "
                 "signed out of browser, desktop and mobile apps on all devices.\n"
                 "%3[Y] Yes  [N] No (default is \"N\"): ")
                      .arg(target.typedUser, who, adminNote(target));
    QString answer;
    if (!Console::ask(question, &answer))
        return false;
    return answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
            || answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

void RevokeCommand::finish(const RevocationOutcome &outcome)
{
    show(outcome, m_revocation ? m_revocation->record(outcome) : std::nullopt);
}

void RevokeCommand::show(const RevocationOutcome &outcome,
                         const std::optional<ServiceError> &auditError)
{
    if (auditError) // the revocation happened all the same: say both
        Console::err(auditError->message);
    const StatusMessage message = StatusMessage::describe(outcome);
    if (m_options.json)
        Console::out(QString::fromUtf8(Console::outcomeJson(outcome, message)));
    else
        Console::out(Console::outcomeText(outcome, message));
    exit(exitCodeFor(outcome.kind));
}

void RevokeCommand::fail(const ServiceError &error)
{
    finish(RevocationOutcome::fromError(m_channel, m_options.user.trimmed(), error));
}

void RevokeCommand::exit(ExitCode code)
{
    m_exit.whenStored(m_connection ? &m_connection->tokenCache() : nullptr, code);
}

} // namespace rc::cli
