#include "bulk/BulkSession.h"

#include "audit/AuditTrail.h"
#include "auth/SignInSession.h"
#include "bulk/BulkJournal.h"
#include "directory/SignedInAdmin.h"

#include <QDate>

namespace rc {

BulkSession::BulkSession(CloudEndpoints cloud, Tenant tenant, QObject *parent)
    : QObject(parent)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
{
    qRegisterMetaType<rc::BulkSession::Stage>();
}

// The run goes first: its schedulers cancel what is in flight while the trail and journal exist.
BulkSession::~BulkSession()
{
    m_run.reset();
}

void BulkSession::useAuditLog(AuditLog *log)
{
    m_ownLog.reset();
    m_log = log;
}

Result<Done> BulkSession::openAuditLog(const QString &path)
{
    // No audit log, no revocation: the record is part of the job.
    auto log = AuditLog::open(path);
    if (!log)
        return AuditLog::beforeSending(log.error());
    m_ownLog = std::move(log).value();
    m_log = m_ownLog.get();
    return Done {};
}

Result<Done> BulkSession::openJournal(const QString &path)
{
    auto journal = BulkJournal::open(path);
    if (!journal) {
        m_journalProblem = journal.error().message;
        return AuditLog::beforeSending(journal.error());
    }
    m_journal = std::move(journal).value();
    m_journalProblem.clear();
    return Done {};
}

Result<Done> BulkSession::lock(const QList<UpnRow> &rows)
{
    if (!m_journal)
        return Done {};
    auto lock = BulkRunLock::take(m_journal->path(),
                                  BulkJournal::runKey(m_tenant.id(), m_channel, rows));
    if (!lock)
        return AuditLog::beforeSending(lock.error());
    m_lock = std::move(lock).value();
    return Done {};
}

void BulkSession::setConnection(const BulkConnection &connection)
{
    m_run.reset(); // bound to the old one
    m_connection.reset();
    m_connection.emplace(connection);
    m_stage = Stage::List;
}

void BulkSession::setChannel(Channel channel)
{
    m_channel = channel;
    // Who may be signed out depends on the channel: the review is judged again for the new one.
    if (m_run && m_stage == Stage::Reviewed)
        Q_EMIT reviewJudged(m_run->judgeFor(channel));
}

void BulkSession::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void BulkSession::review(const QList<UpnRow> &rows)
{
    if (isRunning() || !m_connection)
        return;
    m_run.reset();
    m_rowsLeft = false;
    m_resumed = false;
    const BulkServices services {m_connection->http, m_connection->session, m_cloud.graph(),
                                 m_cloud.sharePointAdmin(m_tenant)};
    m_run = std::make_unique<BulkRun>(services);
    BulkRun *run = m_run.get();
    run->setChannel(m_channel);
    run->setTenant(m_tenant.id());
    run->setJournal(m_journal.get());
    run->setRestart(m_restart);
    if (m_lock)
        run->setLock(std::move(m_lock));
    bind(run);
    setStage(Stage::Reviewing);
    // Who may be sent is judged from the operator's roles: wait until they are read.
    m_connection->admin.whenReady(run, [this, run, rows] {
        run->setOperator(m_connection->revoker.operatorGrant());
        run->review(rows);
    });
}

void BulkSession::bind(BulkRun *run)
{
    connect(run, &BulkRun::reviewReady, this, [this](const BulkReview &review) {
        setStage(Stage::Reviewed);
        Q_EMIT reviewReady(review);
    });
    connect(run, &BulkRun::reviewFailed, this, [this](const ServiceError &error) {
        setStage(Stage::List);
        Q_EMIT reviewFailed(error);
    });
    connect(run, &BulkRun::progressed, this, &BulkSession::progressed);
    connect(run, &BulkRun::rowFinished, this, &BulkSession::rowFinished);
    connect(run, &BulkRun::resumed, this, [this](int alreadyDone, int total) {
        m_resumed = true;
        Q_EMIT resumed(alreadyDone, total);
    });
    connect(run, &BulkRun::finished, this, [this](const BulkSummary &summary) {
        m_rowsLeft = summary.gaveUp || summary.cancelled || summary.notSent > 0;
        if (!summary.preview)
            setStage(Stage::Ended); // a preview (an export of the review) changes no stage
        Q_EMIT finished(summary);
    });
}

void BulkSession::backToList()
{
    if (isRunning())
        return;
    if (m_run && m_stage == Stage::Reviewing)
        m_run->cancel(); // the lookups stop; nothing was sent
    setStage(Stage::List);
}

QString BulkSession::whyNotRun() const
{
    if (!m_journalProblem.isEmpty())
        return tr("The run's journal could not be opened, so a run could not resume after a "
                  "crash: %1")
                .arg(m_journalProblem);
    if (!m_log)
        return tr("Revocations are refused: the audit log could not be opened.");
    return {};
}

int BulkSession::peopleToSignOut() const
{
    if (!m_run || m_stage == Stage::List || m_stage == Stage::Reviewing)
        return 0;
    return m_run->peopleToSignOut();
}

bool BulkSession::canStart() const
{
    return (m_stage == Stage::Reviewed || mayRunTheRest()) && peopleToSignOut() > 0
            && whyNotRun().isEmpty();
}

void BulkSession::attachAuditTrail(const QString &reason)
{
    m_audit = AuditTrail::over(
            m_log, m_tenant.id(), m_connection ? m_connection->session.account() : QString(),
            reason, m_connection && m_connection->clock ? *m_connection->clock : Clock::system());
    m_run->setAuditTrail(m_audit.get()); // none: the run refuses, and says why
}

void BulkSession::preview()
{
    if (!m_run)
        return;
    attachAuditTrail(m_reason);
    m_run->setChannel(m_channel);
    m_run->preview();
}

void BulkSession::start(const QString &reason)
{
    if (!m_run || isRunning())
        return;
    attachAuditTrail(reason);
    m_run->setChannel(m_channel);
    m_rowsLeft = false;
    m_resumed = false;
    setStage(Stage::Running);
    m_run->start(); // may end at once (no audit log, the list locked elsewhere...)
}

Result<QList<BulkRowResult>> BulkSession::exportResults()
{
    if (!m_run || !mayExport())
        return ServiceError::make(ServiceError::Kind::InvalidInput,
                                  tr("There is nothing to export yet."));
    // Before a run the export is the preview (-WhatIf) of the review: nothing sent.
    if (m_stage == Stage::Reviewed) {
        m_run->setChannel(m_channel);
        m_run->preview();
    }
    return m_run->results();
}

QString BulkSession::exportFileName(const QDate &date) const
{
    const QString kind
            = m_stage == Stage::Ended ? QStringLiteral("results") : QStringLiteral("review");
    return QStringLiteral("revoke-bulk-%1-%2.csv")
            .arg(kind, date.toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace rc
