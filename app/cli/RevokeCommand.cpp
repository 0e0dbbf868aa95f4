#include "cli/RevokeCommand.h"

#include "cli/Console.h"
#include "core/Logging.h"

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
    const auto prepared = m_session.prepare(
            m_options, m_channel,
            {tr("Say whose sessions to revoke: --user user1@contoso.com"),
             tr("Not revoking: there is no terminal to confirm on. Add --yes to confirm, or "
                "--whatif to preview.")});
    if (!prepared) {
        fail(prepared.error());
        return false;
    }
    m_revocation = std::make_unique<AuditedRevocation>(m_session.connection()->revoker());
    m_revocation->setAuditTrail(m_session.audit());
    return true;
}

void RevokeCommand::signIn()
{
    m_session.signIn(
            this, [this] { resolve(); }, [this](const ServiceError &e) { fail(e); });
}

void RevokeCommand::resolve()
{
    m_session.connection()->revoker().resolve(
            m_options.user, m_channel, this, [this](Resolution resolution) {
                if (auto *outcome = std::get_if<RevocationOutcome>(&resolution)) {
                    finish(*outcome);
                    return;
                }
                act(std::get<RevokeTarget>(resolution));
            });
}

void RevokeCommand::act(const RevokeTarget &target)
{
    const RevokeVerdict verdict = m_session.connection()->revoker().verdict(target);
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
    return Console::confirm(question);
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
    m_session.exit(m_exit, code);
}

} // namespace rc::cli
