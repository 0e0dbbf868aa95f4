#include "cli/BulkRevokeCommand.h"

#include "audit/AuditLog.h"
#include "bulk/BulkJournal.h"
#include "cli/BulkReviewText.h"
#include "cli/CliSignIn.h"
#include "cli/Console.h"
#include "cli/TenantSetup.h"
#include "revocation/StatusMessage.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace rc::cli {

namespace {

ServiceError invalid(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, message);
}

// A review or a run that could not go on: the sign-in, or the network and throttling.
ExitCode exitCodeForGivingUp(const ServiceError &error)
{
    return error.kind == ServiceError::Kind::SignIn || error.kind == ServiceError::Kind::Keychain
            ? ExitCode::SignInFailed
            : ExitCode::NetworkFailure;
}

} // namespace

BulkRevokeCommand::BulkRevokeCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_exit(this)
    , m_progress(BulkProgressLine::stderrIsTerminal())
{
    m_channel = m_options.channel == QLatin1String("spo") ? Channel::SharePoint : Channel::Entra;
}

BulkRevokeCommand::~BulkRevokeCommand() = default;

void BulkRevokeCommand::start(std::function<void(ExitCode)> onExit)
{
    m_exit.setHandler(std::move(onExit));
    if (prepare())
        signIn();
}

bool BulkRevokeCommand::prepare()
{
    // Everything that can be refused without the network is refused before signing in.
    Result<UpnList> list = UpnList::fromFile(m_options.csvFile);
    if (!list) {
        refuse(list.error(), ExitCode::Usage);
        return false;
    }
    m_list = std::move(list).value();
    if (!m_options.whatIf && !m_options.yes && !Console::stdinIsTerminal()) {
        refuse(invalid(tr("Not revoking: there is no terminal to confirm on. Add --yes to "
                          "confirm, or --whatif to preview.")),
               ExitCode::Usage);
        return false;
    }
    if (!m_options.results.isEmpty()) {
        // Found out now, not after ten thousand revocations.
        QSaveFile probe(m_options.results);
        if (!probe.open(QIODevice::WriteOnly)) {
            refuse(invalid(tr("The results file %1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(m_options.results),
                                        probe.errorString())),
                   ExitCode::Usage);
            return false;
        }
        probe.cancelWriting();
    }
    m_setup = std::make_unique<TenantSetup>();
    const auto prepared = m_setup->prepare(m_options, m_channel);
    if (!prepared) {
        const ExitCode code
                = exitCodeFor(RevocationOutcome::fromError(m_channel, {}, prepared.error()).kind);
        refuse(prepared.error(), code);
        return false;
    }
    if (!openRecords())
        return false;
    m_connection = std::make_unique<TenantConnection>(m_setup->connection(), m_setup->keychain());
    m_session->setConnection({m_connection->http(), m_connection->session(), m_connection->admin(),
                              m_connection->revoker(), &m_connection->clock()});
    m_signIn = std::make_unique<CliSignIn>(*m_connection, m_setup->profile());
    return true;
}

bool BulkRevokeCommand::openRecords()
{
    m_session = std::make_unique<BulkSession>(m_setup->connection().cloud,
                                              m_setup->connection().tenant);
    m_session->setChannel(m_channel);
    m_session->setRestart(m_options.restart);
    m_session->setReason(m_options.reason);
    bindSession();
    // No audit log, no revocation: the record is part of the job. Nor without the journal that
    // lets an interrupted run resume. The same list run by another process would send everyone
    // twice: refused before signing in.
    Result<Done> opened = m_session->openAuditLog(AuditLog::defaultPath());
    if (opened && !m_options.whatIf) {
        opened = m_session->openJournal(BulkJournal::defaultPath());
        if (opened)
            opened = m_session->lock(m_list->rows());
    }
    if (!opened) {
        refuse(opened.error(), ExitCode::Failure);
        return false;
    }
    return true;
}

void BulkRevokeCommand::signIn()
{
    m_signIn->signIn([this](Result<QString> account) {
        if (!account) {
            refuse(account.error(), exitCodeForGivingUp(account.error()));
            return;
        }
        Console::err(tr("Signed in as %1.")
                             .arg(account.value().isEmpty() ? tr("(unknown account)")
                                                            : account.value()));
        // Rows the operator may not revoke are judged from their roles: wait until they are read.
        m_connection->admin().whenReady(this, [this] { review(); });
    });
}

void BulkRevokeCommand::bindSession()
{
    connect(m_session.get(), &BulkSession::progressed, this,
            [this](const BulkProgress &p) { m_progress.show(p); });
    connect(m_session.get(), &BulkSession::reviewReady, this, &BulkRevokeCommand::reviewed);
    connect(m_session.get(), &BulkSession::reviewFailed, this, [this](const ServiceError &error) {
        m_progress.finish();
        refuse(AuditLog::beforeSending(error), exitCodeForGivingUp(error));
    });
    connect(m_session.get(), &BulkSession::resumed, this, [this](int done, int total) {
        m_progress.finish();
        Console::err(BulkReviewText::resuming(done, total));
    });
    connect(m_session.get(), &BulkSession::finished, this, &BulkRevokeCommand::finished);
}

void BulkRevokeCommand::review()
{
    Console::err(tr("Looking up %n row(s) of %1…", nullptr, int(m_list->rows().size()))
                         .arg(QDir::toNativeSeparators(m_options.csvFile)));
    m_session->review(m_list->rows());
}

void BulkRevokeCommand::reviewed(const BulkReview &review)
{
    m_progress.finish();
    if (m_options.whatIf) {
        for (const QString &line : BulkReviewText::review(review))
            Console::out(line);
        m_session->preview();
        return;
    }
    if (review.revocableCount() > 0 && !m_options.yes && !confirmed(review)) {
        Console::err(tr("Cancelled: nothing was sent."));
        exit(ExitCode::Cancelled);
        return;
    }
    if (m_options.yes) {
        for (const QString &line : BulkReviewText::review(review))
            Console::err(line);
    }
    m_session->start(m_options.reason);
}

bool BulkRevokeCommand::confirmed(const BulkReview &review)
{
    QString answer;
    if (!Console::ask(BulkReviewText::confirmation(review, m_channel), &answer))
        return false;
    return BulkReviewText::confirms(answer, review.revocableCount());
}

void BulkRevokeCommand::finished(const BulkSummary &summary)
{
    m_progress.finish();
    // The audit log already has every row; the results file is the operator's copy.
    const bool written = writeResults();
    Console::out(summary.text());
    if (summary.gaveUpAs == RevocationOutcome::Kind::FeatureDisabled)
        Console::err(tr("Hint: run the same command with --channel entra to sign the list out "
                        "through Entra ID."));
    if (!m_options.results.isEmpty() && written)
        Console::err(tr("Results: %1").arg(QDir::toNativeSeparators(m_options.results)));
    const ExitCode code = exitCodeFor(summary);
    exit(written ? code : std::max(code, ExitCode::Failure));
}

bool BulkRevokeCommand::writeResults()
{
    if (m_options.results.isEmpty())
        return true;
    if (const auto saved = saveResultsCsv(m_options.results, m_session->run()->results()); !saved) {
        Console::err(saved.error().message);
        return false;
    }
    return true;
}

void BulkRevokeCommand::refuse(const ServiceError &error, ExitCode exitCode)
{
    Console::err(error.message);
    exit(exitCode);
}

void BulkRevokeCommand::exit(ExitCode code)
{
    m_exit.whenStored(m_connection ? &m_connection->tokenCache() : nullptr, code);
}

} // namespace rc::cli
