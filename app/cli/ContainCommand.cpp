#include "cli/ContainCommand.h"

#include "cli/Console.h"
#include "cli/ContainmentReportText.h"
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
    if (m_options.channel != QLatin1String("entra")) {
        fail(ServiceError::make(
                ServiceError::Kind::InvalidInput,
                tr("%1 works through Entra ID only: leave out --channel.").arg(m_options.verb)));
        return false;
    }
    const auto prepared = m_session.prepare(
            m_options, Channel::Entra,
            {m_restoring ? tr("Say whose account to restore: --user user1@contoso.com")
                         : tr("Say whose account to contain: --user user1@contoso.com"),
             tr("Not sending anything: there is no terminal to confirm on. Add --yes to confirm, "
                "or --whatif to preview.")});
    if (!prepared) {
        fail(prepared.error());
        return false;
    }
    TenantConnection &connection = *m_session.connection();
    m_containment = std::make_unique<Containment>(connection.revoker(), connection.containment());
    m_containment->setAuditTrail(m_session.audit());
    connect(m_containment.get(), &Containment::finished, this, &ContainCommand::contained);
    m_restore = std::make_unique<Restore>(connection.containment());
    m_restore->setAuditTrail(m_session.audit());
    connect(m_restore.get(), &Restore::finished, this, &ContainCommand::contained);
    return true;
}

void ContainCommand::signIn()
{
    m_session.signIn(
            this, [this] { resolve(); }, [this](const ServiceError &e) { fail(e); });
}

void ContainCommand::resolve()
{
    m_session.connection()->revoker().resolve(
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
                                     m_session.connection()->revoker().operatorGrant());
    for (const PreCheck &check : m_checks)
        Console::err(check.sentence);
    if (!m_options.whatIf && !m_options.yes && !confirmed(target)) {
        Console::err(tr("Cancelled: nothing was sent."));
        exit(ExitCode::Cancelled);
        return;
    }
    if (m_restoring)
        m_restore->run(*target.user, target.typedUser, m_session.setup().connection().tenant.id(),
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
    return Console::confirm(question);
}

void ContainCommand::contained(const ContainmentReport &report)
{
    m_report = report;
    if (m_restoring || report.preview || !report.revokedAt.isValid()) {
        this->report(std::nullopt);
        return;
    }
    m_call = SignInCheck::run(m_session.connection()->containment(), m_userId, report.revokedAt,
                              this, [this](SignInCheckResult r) { this->report(r); });
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
    if (m_session.audit()) {
        const auto written
                = AuditedAction(m_session.audit()).finish({revocationAudit::outcome(outcome)});
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
    m_session.exit(m_exit, code);
}

} // namespace rc::cli
