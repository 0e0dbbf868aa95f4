#include "cli/ContainCommand.h"

#include "cli/CliSignIn.h"
#include "cli/Console.h"
#include "cli/ContainmentReportText.h"
#include "directory/UpnCheck.h"
#include "revocation/RevocationAudit.h"

namespace rc::cli {

ContainCommand::ContainCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_exit(this)
    , m_restoring(m_options.verb == QLatin1String("restore"))
{ }

ContainCommand::~ContainCommand()
{
    m_call.cancel();
}

void ContainCommand::start(std::function<void(ExitCode)> onExit)
{
    m_exit.setHandler(std::move(onExit));
    if (prepare())
        signIn();
}

bool ContainCommand::prepare()
{
    // Everything that can be refused without the network is refused before signing in.
    if (m_options.user.trimmed().isEmpty()) {
        fail(ServiceError::make(ServiceError::Kind::InvalidInput,
                                m_restoring ? tr("Say whose account to restore: --user "
                                                 "user1@contoso.com")
                                            : tr("Say whose account to contain: --user "
                                                 "user1@contoso.com")));
        return false;
    }
    if (m_options.channel != QLatin1String("entra")) {
        fail(ServiceError::make(
                ServiceError::Kind::InvalidInput,
                tr("%1 works through Entra ID only: leave out --channel.").arg(m_options.verb)));
        return false;
    }
    if (const auto upn = checkUpn(m_options.user); !upn) {
        fail(upn.error());
        return false;
    }
    if (!m_options.whatIf && !m_options.yes && !Console::stdinIsTerminal()) {
        fail(ServiceError::make(ServiceError::Kind::InvalidInput,
                                tr("Not sending anything: there is no terminal to confirm on. Add "
                                   "--yes to confirm, or --whatif to preview.")));
        return false;
    }
    if (const auto prepared = m_setup.prepare(m_options, Channel::Entra); !prepared) {
        fail(prepared.error());
        return false;
    }
    const ConnectionSettings &settings = m_setup.connection();
    // No audit log, no containment: every step's record is part of the job.
    auto audit = AuditTrail::open(AuditLog::defaultPath(), settings.tenant.id(), m_options.reason);
    if (!audit) {
        fail(audit.error());
        return false;
    }
    m_audit = std::move(audit).value();
    m_connection = std::make_unique<TenantConnection>(settings, m_setup.keychain());
    m_containment
            = std::make_unique<Containment>(m_connection->revoker(), m_connection->containment());
    m_containment->setAuditTrail(m_audit.get());
    connect(m_containment.get(), &Containment::finished, this, &ContainCommand::contained);
    m_restore = std::make_unique<Restore>(m_connection->containment());
    m_restore->setAuditTrail(m_audit.get());
    connect(m_restore.get(), &Restore::finished, this, &ContainCommand::contained);
    m_signIn = std::make_unique<CliSignIn>(*m_connection, m_setup.profile());
    return true;
}

void ContainCommand::signIn()
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
        // Every step's verdict needs the operator's roles: wait until they are known or unknown.
        m_connection->admin().whenReady(this, [this] { resolve(); });
    });
}

void ContainCommand::resolve()
{
    m_connection->revoker().resolve(
            m_options.user, Channel::Entra, this, [this](Resolution resolution) {
                if (auto *ended = std::get_if<RevocationOutcome>(&resolution)) {
                    endEarly(*ended);
                    return;
                }
                act(std::get<RevokeTarget>(resolution));
            });
}

void ContainCommand::act(const RevokeTarget &target)
{
    m_userId = target.user->id;
    m_checks = ContainmentChecks::of(*target.user, target.roles,
                                     m_connection->revoker().operatorGrant());
    for (const PreCheck &check : m_checks)
        Console::err(check.sentence);
    if (!m_options.whatIf && !m_options.yes && !confirmed(target)) {
        Console::err(tr("Cancelled: nothing was sent."));
        exit(ExitCode::Cancelled);
        return;
    }
    if (m_restoring)
        m_restore->run(*target.user, target.typedUser, m_setup.connection().tenant.id(),
                       m_options.whatIf);
    else
        m_containment->run(target, m_options.whatIf);
}

bool ContainCommand::confirmed(const RevokeTarget &target)
{
    const QString who = QStringLiteral("%1 <%2>").arg(target.user->displayName,
                                                      target.user->userPrincipalName);
    // The risk scales the question: an admin target's roles are named in it.
    const QString admin = target.roles.holdsAnyRole()
            ? tr("%1 holds an administrator role: %2.\n")
                      .arg(target.typedUser, target.roles.names().join(QLatin1String(", ")))
            : QString();
    const QString question = m_restoring
            ? tr("Confirm\nRestore %1: unblock the sign-in and enable the devices that Revoke "
                 "Console blocked and disabled?\n%2[Y] Yes  [N] No (default is \"N\"): ")
                      .arg(who, admin)
            : tr("Confirm\nContain %1: block sign-in, revoke every session and disable the "
                 "devices registered to them?\n%2[Y] Yes  [N] No (default is \"N\"): ")
                      .arg(who, admin);
    QString answer;
    if (!Console::ask(question, &answer))
        return false;
    return answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
            || answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

void ContainCommand::contained(const ContainmentReport &report)
{
    m_report = report;
    if (m_restoring || report.preview || !report.revokedAt.isValid()) {
        this->report(std::nullopt);
        return;
    }
    m_call = SignInCheck::run(m_connection->containment(), m_userId, report.revokedAt, this,
                              [this](SignInCheckResult r) { this->report(r); });
}

void ContainCommand::report(const std::optional<SignInCheckResult> &signIns)
{
    const ExitCode code = exitCodeFor(m_report);
    if (m_options.json)
        Console::out(QString::fromUtf8(
                ContainmentReportText::json(m_report, signIns, m_checks, processExitCode(code))));
    else
        Console::out(ContainmentReportText::text(m_report, signIns));
    exit(code);
}

void ContainCommand::endEarly(const RevocationOutcome &outcome)
{
    // Recorded as a revocation would be: nothing was sent (a guest, no such user, bad input).
    if (m_audit) {
        const auto written
                = AuditedAction(m_audit.get()).finish({revocationAudit::outcome(outcome)});
        if (!written)
            Console::err(written.error().message);
    }
    const StatusMessage message = StatusMessage::describe(outcome);
    if (m_options.json)
        Console::out(QString::fromUtf8(Console::outcomeJson(outcome, message)));
    else
        Console::out(Console::outcomeText(outcome, message));
    exit(exitCodeFor(outcome.kind));
}

void ContainCommand::fail(const ServiceError &error)
{
    endEarly(RevocationOutcome::fromError(Channel::Entra, m_options.user.trimmed(), error));
}

void ContainCommand::exit(ExitCode code)
{
    m_exit.whenStored(m_connection ? &m_connection->tokenCache() : nullptr, code);
}

} // namespace rc::cli
