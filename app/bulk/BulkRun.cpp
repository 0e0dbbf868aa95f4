#include "bulk/BulkRun.h"

#include "audit/AuditLog.h"
#include "core/Logging.h"

#include <QtMath>

namespace rc {

namespace {

std::unique_ptr<ServiceCaller> singleAttemptCaller(HttpClient &http, TokenSource &tokens)
{
    auto caller = std::make_unique<ServiceCaller>(http, tokens);
    RetryPolicy once;
    once.maxAttempts = 1; // the scheduler waits and retries, for the whole run at once
    caller->setRetryPolicy(once);
    return caller;
}

} // namespace

BulkRun::BulkRun(const BulkServices &services, QObject *parent)
    : QObject(parent)
    , m_caller(singleAttemptCaller(services.http, services.tokens))
    , m_graph(*m_caller, services.graph)
    , m_spo(*m_caller, services.sharePointAdmin)
    , m_reviewer(m_graph)
    , m_recorder(m_targets)
    , m_entra(m_graph, m_targets, this)
    , m_spoRequests(m_spo, m_targets, this)
{
    m_readLimits.maxInFlight = 2;
    m_clock.start();
    m_forgetLater.setSingleShot(true);
    m_forgetLater.setInterval(100);
    connect(&m_forgetLater, &QTimer::timeout, this, [this] {
        m_recorder.forgetEndedRun();
        m_lock.reset(); // only now: a run of the same list would find this one's journal
    });
    connect(&m_reviewer, &BulkReviewer::progressed, this, [this](int done, int total) {
        Q_EMIT progressed(BulkProgress::ofReview(done, total));
    });
    connect(&m_reviewer, &BulkReviewer::finished, this, [this](const BulkReview &review) {
        m_review = review;
        Q_EMIT reviewReady(m_review);
    });
    connect(&m_reviewer, &BulkReviewer::failed, this, &BulkRun::reviewFailed);
}

BulkRun::~BulkRun()
{
    // The schedulers cancel what is in flight before the clients they use go away.
    m_writes.reset();
    m_verifications.reset();
}

void BulkRun::setWriteLimits(const BulkSchedulerLimits &limits)
{
    m_writeLimits = limits;
    m_writeLimits.unitSize = qBound(1, limits.unitSize, BatchRequest::maxItems);
}

void BulkRun::setReadLimits(const BulkSchedulerLimits &limits)
{
    m_readLimits = limits;
    m_readLimits.unitSize = qBound(1, limits.unitSize, BatchRequest::maxItems);
    m_reviewer.setLimits(m_readLimits);
}

void BulkRun::review(const QList<UpnRow> &rows)
{
    m_rows = rows;
    m_review = {};
    m_finalResults.reset();
    m_reviewer.setJudgement(m_operator, m_channel);
    m_reviewer.review(rows);
}

const BulkReview &BulkRun::judgeFor(Channel channel)
{
    m_channel = channel;
    judge(m_review, m_operator, m_channel);
    return m_review;
}

void BulkRun::buildTargets()
{
    // The channel may have changed since the review: who may be sent is judged for this one.
    judge(m_review, m_operator, m_channel);
    m_targets = BulkTarget::fromReview(m_review, m_channel);
}

void BulkRun::preview()
{
    m_preview = true;
    m_finalResults.reset();
    buildTargets();
    // As for one user: a preview the log refused still happened; it is only logged.
    if (const auto recorded = m_recorder.previewed(m_review, m_channel); !recorded)
        qCWarning(lcRevoke) << "bulk preview not recorded:" << recorded.error().message;
    m_finalResults = results();
    Q_EMIT finished(summary());
}

void BulkRun::start()
{
    if (m_running) {
        // A second set of requests would revoke everyone twice and mix two runs' answers.
        qCWarning(lcRevoke) << "bulk run already under way: a second start() is ignored";
        return;
    }
    m_preview = false;
    m_running = true;
    m_cancelled = false;
    m_gaveUp.reset();
    m_gaveUpAs.reset();
    m_finalResults.reset();
    buildTargets();
    m_forgetLater.stop(); // the ended run is forgotten now, and its lock must stay with this one
    m_recorder.setJournal(m_journal, BulkJournal::runKey(m_tenant, m_channel, m_rows));
    if (!m_recorder.canRevoke()) {
        stopWith(ServiceError::make(ServiceError::Kind::Service,
                                    tr("Not revoking: there is no audit log to record it in.")));
        return;
    }
    if (m_journal) {
        const auto locked = BulkRunLock::hold(m_lock, m_journal->path(), m_recorder.runKey());
        if (!locked) {
            stopWith(AuditLog::beforeSending(locked.error()));
            return;
        }
    }
    const Result<int> alreadyDone = m_recorder.restore(m_restart);
    if (!alreadyDone) {
        stopWith(AuditLog::beforeSending(alreadyDone.error()));
        return;
    }
    if (alreadyDone.value() > 0)
        Q_EMIT resumed(alreadyDone.value(), int(m_targets.size()));
    // Each run, a resumed one too, reviewed the list again: what it found is its own record.
    if (const auto recorded = m_recorder.reviewed(m_review, m_channel, false); !recorded) {
        stopWith(AuditLog::beforeSending(recorded.error()));
        return;
    }
    m_done = 0;
    for (const BulkTarget &t : std::as_const(m_targets))
        m_done += t.state == BulkTarget::State::Done ? 1 : 0;
    m_meter.reset(now(), m_done);
    startWrites();
}

std::unique_ptr<BulkScheduler> BulkRun::makeScheduler(const BulkSchedulerLimits &limits,
                                                      BulkScheduler::Sender sender)
{
    auto scheduler = std::make_unique<BulkScheduler>(limits, std::move(sender));
    scheduler->setWaiting([this](int seconds, const ServiceError &) {
        m_waitUntil = now() + qint64(seconds) * 1000;
        emitProgress(true);
    });
    return scheduler;
}

void BulkRun::startWrites()
{
    QList<int> pending;
    QList<int> written;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).state == BulkTarget::State::Pending)
            pending.append(i);
        else if (m_targets.at(i).state == BulkTarget::State::Written)
            written.append(i);
    }
    BulkSchedulerLimits limits = m_writeLimits;
    if (m_channel == Channel::SharePoint)
        limits.unitSize = 1; // CSOM has no batch for this; maxInFlight bounds the requests
    m_writes = makeScheduler(limits, [this](const QList<int> &items, auto onDone) {
        if (m_channel == Channel::SharePoint)
            return m_spoRequests.revoke(items, std::move(onDone));
        return m_entra.revoke(items, std::move(onDone));
    });
    m_writes->setBeforeSend([this](const QList<int> &items) -> std::optional<ServiceError> {
        const auto recorded = m_recorder.sending(items);
        if (!recorded)
            return AuditLog::beforeSending(recorded.error());
        return std::nullopt;
    });
    m_writes->setUnitDone([this](const QList<BulkItemAnswer> &finals) { writesAnswered(finals); });
    m_writes->setFinished([this](const std::optional<ServiceError> &why, const QList<int> &) {
        writesFinished(why);
    });
    if (m_channel == Channel::Entra) {
        m_verifications = makeScheduler(m_readLimits, [this](const QList<int> &items, auto onDone) {
            return m_entra.verify(items, std::move(onDone));
        });
        m_verifications->setUnitDone(
                [this](const QList<BulkItemAnswer> &finals) { verified(finals); });
        m_verifications->setFinished(
                [this](const std::optional<ServiceError> &why, const QList<int> &) {
                    if (why && !m_gaveUp)
                        m_gaveUp = why;
                    complete();
                });
        m_verifications->start(written, true);
    }
    m_writes->start(pending);
    emitProgress(true);
}

void BulkRun::writesAnswered(const QList<BulkItemAnswer> &finals)
{
    QList<int> items;
    QList<int> toVerify;
    const BulkTarget *featureDisabled = nullptr;
    for (const BulkItemAnswer &a : finals) {
        BulkTarget &t = m_targets[a.item];
        if (a.error) {
            t.state = BulkTarget::State::Done;
            t.outcome = t.errorOutcome(*a.error);
        } else if (m_channel == Channel::Entra) {
            t.state = BulkTarget::State::Written;
            toVerify.append(a.item);
        } else {
            t.state = BulkTarget::State::Done; // the SharePoint sender set the outcome
            if (t.outcome.kind == RevocationOutcome::Kind::FeatureDisabled)
                featureDisabled = &t;
        }
        items.append(a.item);
    }
    record(items);
    if (featureDisabled)
        stopOnFeatureDisabled(*featureDisabled); // after the record: cancelling may end the run
    if (!toVerify.isEmpty() && m_verifications)
        m_verifications->add(toVerify);
}

void BulkRun::verified(const QList<BulkItemAnswer> &finals)
{
    QList<int> items;
    for (const BulkItemAnswer &a : finals) {
        BulkTarget &t = m_targets[a.item];
        if (a.error) { // accepted, but it cannot be proved: not a success (as for one user)
            t.outcome = t.blankOutcome(RevocationOutcome::Kind::NotConfirmed);
            t.outcome.error = *a.error;
        }
        t.state = BulkTarget::State::Done;
        items.append(a.item);
    }
    record(items);
}

void BulkRun::record(const QList<int> &items)
{
    // Recorded before shown. If the record fails, what happened still happened: it is shown,
    // and the run stops sending, since nothing more could be recorded.
    const auto recorded = m_recorder.answered(items);
    if (!recorded && !m_gaveUp) {
        m_gaveUp = recorded.error();
        if (m_writes)
            m_writes->cancel();
    }
    for (int item : items) {
        const BulkTarget &t = m_targets.at(item);
        if (t.state == BulkTarget::State::Done) {
            ++m_done;
            Q_EMIT rowFinished(t.row, t.outcome);
        }
    }
    emitProgress(false);
}

void BulkRun::writesFinished(const std::optional<ServiceError> &why)
{
    m_estimatedRate = m_writes->pacer().estimatedServiceRate();
    m_paused = false; // the last writes were answered while paused: nothing is left to hold
    if (why && !m_gaveUp)
        m_gaveUp = why;
    if (m_verifications)
        m_verifications->endOfItems(); // its finished callback completes the run
    else
        complete();
}

void BulkRun::stopWith(const ServiceError &why)
{
    m_gaveUp = why;
    complete();
}

void BulkRun::stopOnFeatureDisabled(const BulkTarget &target)
{
    // The state is the tenant's, not the person's: every other request would say the same.
    if (m_gaveUp)
        return;
    m_gaveUp = target.featureDisabledError();
    m_gaveUpAs = RevocationOutcome::Kind::FeatureDisabled;
    if (m_writes && m_writes->queued() > 0)
        m_writes->cancel();
}

void BulkRun::complete()
{
    // Started rows no journal holds are answered now, before the end is shown.
    bool everyoneAnswered = false;
    if (const auto recorded = m_recorder.stopped(&everyoneAnswered); !recorded) {
        qCWarning(lcRevoke).noquote() << recorded.error().message;
        if (!m_gaveUp)
            m_gaveUp = recorded.error();
    }
    m_running = false;
    m_paused = false;
    m_finalResults = results();
    emitProgress(true);
    Q_EMIT finished(summary());
    // Its journal is forgotten a little later, so that the window repaints the end first.
    if (everyoneAnswered && !m_gaveUp) {
        m_recorder.runEnded();
        m_forgetLater.start(); // then the lock goes
    } else {
        m_lock.reset();
    }
}

void BulkRun::pause()
{
    // Once every write is answered, only verifying reads are left: nothing to hold.
    if (!m_writes || !m_running || !m_writes->isRunning())
        return;
    m_paused = true;
    m_writes->pause();
    emitProgress(true);
}

void BulkRun::resume()
{
    if (!m_writes || !m_paused)
        return;
    m_paused = false;
    m_writes->resume();
    emitProgress(true);
}

void BulkRun::cancel()
{
    if (!m_running) {
        m_cancelled = true;
        m_reviewer.cancel();
        return;
    }
    // Once every write is answered, only verifying reads are left: stopping them leaves those
    // people "written" in the journal, and the same list again verifies them.
    if (!m_writes || !m_writes->isRunning()) {
        if (m_verifications && m_verifications->isRunning()) {
            m_cancelled = true;
            m_verifications->cancel();
        }
        return;
    }
    m_cancelled = true;
    m_paused = false; // a cancelled scheduler sends nothing more, paused or not
    m_writes->cancel();
}

void BulkRun::emitProgress(bool force)
{
    const qint64 at = now();
    m_meter.sample(at, m_done);
    if (!force && m_lastProgressAt >= 0 && at - m_lastProgressAt < 200)
        return;
    m_lastProgressAt = at;
    BulkProgress p;
    p.done = m_done;
    p.total = int(m_targets.size());
    p.ratePerSecond = m_meter.rate(at);
    p.secondsLeft = m_meter.secondsLeft(at, p.total - p.done);
    p.waitingSeconds = m_waitUntil > at ? int(qCeil(double(m_waitUntil - at) / 1000.0)) : 0;
    p.paused = m_paused;
    p.writing = m_running && m_writes && m_writes->isRunning();
    Q_EMIT progressed(p);
}

QList<BulkRowResult> BulkRun::results() const
{
    if (m_finalResults)
        return *m_finalResults;
    return bulkResults(m_review, m_targets, m_channel, m_preview);
}

BulkSummary BulkRun::summary() const
{
    BulkSummary s = summarize(m_review, results(), m_channel, m_preview);
    s.gaveUp = m_gaveUp;
    s.gaveUpAs = m_gaveUpAs;
    s.cancelled = m_cancelled;
    return s;
}

} // namespace rc
