#include "bulk/BulkScheduler.h"

#include "core/Logging.h"
#include "net/RetryAfter.h"

#include <QCoreApplication>
#include <QTimer>

namespace rc {

namespace {

bool isThrottle(const ServiceError &e)
{
    return e.kind == ServiceError::Kind::Throttled;
}

// No answer at all, one that could not be read, or the service's own passing failure (500, 502):
// worth another try, a few times (revoking twice does no harm).
bool isTransient(const ServiceError &e)
{
    return e.kind == ServiceError::Kind::Network || e.kind == ServiceError::Kind::BadResponse
            || (e.kind == ServiceError::Kind::Service
                && (e.httpStatus == 500 || e.httpStatus == 502));
}

// 503/504: the service asks for a wait, but its write quota is not known to be spent.
bool isUnavailable(const ServiceError &e)
{
    return e.httpStatus == 503 || e.httpStatus == 504;
}

// The same will happen to every request after this one.
bool endsTheRun(const ServiceError &e)
{
    return e.kind == ServiceError::Kind::SignIn || e.kind == ServiceError::Kind::Redirect
            || e.kind == ServiceError::Kind::Keychain;
}

} // namespace

BulkScheduler::BulkScheduler(BulkSchedulerLimits limits, Sender sender, QObject *parent,
                             Clock &clock)
    : QObject(parent)
    , m_limits(limits)
    , m_sender(std::move(sender))
    , m_clock(clock)
    , m_pacer(limits.unitSize)
    , m_timer(clock)
    , m_startMs(clock.monotonicMs())
{
    m_timer.setTimerType(Qt::PreciseTimer); // pacing at 200/s: a coarse timer's 5% is too late
    connect(&m_timer, &ClockTimer::timeout, this, &BulkScheduler::pump);
}

BulkScheduler::~BulkScheduler()
{
    // Answers of units still in flight must never reach a scheduler that is gone.
    const QList<Call> calls = m_calls.values();
    for (const Call &call : calls)
        call.cancel();
}

qint64 BulkScheduler::now() const
{
    return m_clock.monotonicMs() - m_startMs; // the pacer counts from the run's start
}

void BulkScheduler::start(const QList<int> &items, bool moreToCome)
{
    m_running = true;
    m_moreToCome = moreToCome;
    for (int item : items)
        m_queue.push_back({item, 0, 0});
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void BulkScheduler::add(const QList<int> &items)
{
    if (!m_running)
        return;
    for (int item : items) {
        if (m_cancelled || m_gaveUp)
            m_notSent.append(item);
        else
            m_queue.push_back({item, 0, 0});
    }
    pump();
}

void BulkScheduler::endOfItems()
{
    m_moreToCome = false;
    finishIfDone();
}

void BulkScheduler::pause()
{
    if (!m_paused)
        m_pausedAt = now();
    m_paused = true;
    m_timer.stop();
}

void BulkScheduler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    const qint64 at = now();
    m_pacer.resumed(at, at - m_pausedAt);
    pump();
    finishIfDone();
}

void BulkScheduler::cancel()
{
    if (m_cancelled || !m_running)
        return;
    m_cancelled = true;
    m_timer.stop();
    finishIfDone();
}

bool BulkScheduler::takeUnit(qint64 at, QList<Entry> *unit, qint64 *nextReady)
{
    *nextReady = -1;
    for (auto it = m_queue.begin(); it != m_queue.end() && unit->size() < m_limits.unitSize;) {
        if (it->notBefore <= at) {
            unit->append(*it);
            it = m_queue.erase(it);
            continue;
        }
        *nextReady = *nextReady < 0 ? it->notBefore : qMin(*nextReady, it->notBefore);
        ++it;
    }
    return !unit->isEmpty();
}

void BulkScheduler::schedule(qint64 delayMs)
{
    m_timer.start(qBound<qint64>(1, delayMs, qint64(24) * 3600 * 1000));
}

void BulkScheduler::pump()
{
    while (m_running && !m_paused && !m_cancelled && !m_gaveUp && !m_queue.empty()
           && m_inFlight < m_limits.maxInFlight) {
        const qint64 at = now();
        // The pacer decides for a whole unit; a smaller last unit asks for what it holds.
        const int wanted = qMin(m_limits.unitSize, int(m_queue.size()));
        const qint64 wait = m_pacer.delayMs(at, wanted, int(m_queue.size()));
        if (wait > 0) {
            schedule(wait);
            return;
        }
        QList<Entry> unit;
        qint64 nextReady = -1;
        if (!takeUnit(at, &unit, &nextReady)) {
            schedule(nextReady - at);
            return;
        }
        send(unit);
    }
}

void BulkScheduler::send(const QList<Entry> &unit)
{
    QList<int> items;
    items.reserve(unit.size());
    for (const Entry &e : unit)
        items.append(e.item);
    if (m_beforeSend) {
        if (const std::optional<ServiceError> refused = m_beforeSend(items)) {
            m_notSent += items;
            giveUp(*refused);
            return;
        }
    }
    m_pacer.sent(now(), int(items.size()), int(m_queue.size() + items.size()));
    ++m_inFlight;
    ++m_stats.unitsSent;
    m_stats.itemsSent += int(items.size());
    // The answer comes from the event loop, after the sender returned its Call; the flag keeps a
    // sender that answered at once from leaving a stale Call behind.
    const int serial = ++m_unitSerial;
    const qint64 sentAt = now();
    auto done = std::make_shared<bool>(false);
    const Call call = m_sender(items, [this, unit, serial, done, sentAt](QList<BulkItemAnswer> a) {
        *done = true;
        m_calls.remove(serial);
        m_pacer.answered(now(), sentAt);
        answered(unit, a);
    });
    if (!*done)
        m_calls.insert(serial, call);
}

void BulkScheduler::answered(const QList<Entry> &unit, const QList<BulkItemAnswer> &answers)
{
    --m_inFlight;
    const qint64 at = now();
    QHash<int, const BulkItemAnswer *> byItem;
    for (const BulkItemAnswer &a : answers)
        byItem.insert(a.item, &a);
    QList<BulkItemAnswer> finals;
    std::optional<ServiceError> lastFailure;
    int transient = 0;
    // What the service let through is counted before a throttle in the same answer measures the
    // rate: it was let through before the bucket ran dry.
    int accepted = 0;
    for (const Entry &entry : unit) {
        const BulkItemAnswer *answer = byItem.value(entry.item, nullptr);
        const std::optional<ServiceError> *e = answer ? &answer->error : nullptr;
        // A throttle, or a failure tried again, did not take a token.
        accepted += e && (!*e || (!isThrottle(**e) && !isTransient(**e))) ? 1 : 0;
    }
    m_pacer.accepted(at, accepted);
    for (const Entry &entry : unit) {
        const BulkItemAnswer *answer = byItem.value(entry.item, nullptr);
        if (!answer) { // a sender that forgot an item: never lose it
            lastFailure = ServiceError::make(
                    ServiceError::Kind::BadResponse,
                    BulkScheduler::tr("The service did not answer for this user."));
            retryAfterFailure(entry, *lastFailure, at, &finals);
            ++transient;
            continue;
        }
        if (!answer->error) {
            finals.append(*answer);
            continue;
        }
        const ServiceError &error = *answer->error;
        if (isThrottle(error)) {
            if (isUnavailable(error)) {
                ++transient; // the service is down for everyone, maybe: counts towards giving up
                lastFailure = error;
            }
            throttle(entry, error, at, &finals);
        } else if (isTransient(error)) {
            ++transient;
            lastFailure = error;
            retryAfterFailure(entry, error, at, &finals);
        } else {
            // Their answer all the same (recorded; a journalled sign-in failure is sent again
            // by the next run of the list), and nobody after them is sent.
            if (endsTheRun(error))
                giveUp(error);
            finals.append(*answer);
        }
    }
    m_failuresInARow = transient == unit.size() ? m_failuresInARow + 1 : 0;
    if (m_failuresInARow >= m_limits.maxNetworkAttempts && lastFailure)
        giveUp(*lastFailure);
    if (!finals.isEmpty() && m_onUnitDone)
        m_onUnitDone(finals);
    pump();
    finishIfDone();
}

void BulkScheduler::throttle(Entry entry, const ServiceError &error, qint64 at,
                             QList<BulkItemAnswer> *finals)
{
    ++m_stats.throttledAnswers;
    if (m_cancelled || m_gaveUp) {
        m_notSent.append(entry.item);
        return;
    }
    // A 503/504 that keeps coming for one person is their answer, not a wait for everyone: the
    // run goes on without them (a 429 is the quota, and always waited for).
    const bool unavailable = isUnavailable(error);
    // One more try than whole units get: when everyone is answered 503, the run stops (and
    // they go again next run) before anyone's 503 becomes their answer.
    if (unavailable && ++entry.unavailable > m_limits.maxNetworkAttempts) {
        finals->append({entry.item, error});
        return;
    }
    if (error.retryAfterSeconds > m_limits.maxWaitSeconds) {
        ServiceError why = error;
        why.message = BulkScheduler::tr(
                "Microsoft 365 asked to wait %n s before the next request, longer than "
                "this run waits. Run the same command again later: it resumes where it "
                "stopped.",
                nullptr, error.retryAfterSeconds);
        m_notSent.append(entry.item);
        giveUp(why);
        return;
    }
    // No Retry-After (a 503 or 504): back off, as the service asks of every client.
    const qint64 waitMs = RetryAfter::waitMs(
            error.retryAfterSeconds,
            RetryAfter::backoffMs(m_limits.baseBackoffMs, qMax(1, entry.unavailable)));
    const qint64 pausedBefore = qMax(at, m_pacer.pauseUntil());
    // Only a 429 says the quota's bucket is empty; an unavailable service only asks for a wait.
    m_pacer.throttled(at, waitMs, !unavailable);
    const qint64 added = m_pacer.pauseUntil() - pausedBefore;
    if (added > 0) {
        m_stats.waitedMs += added;
        if (m_onWaiting)
            m_onWaiting(int((m_pacer.pauseUntil() - at + 999) / 1000), error);
    }
    // Never before its own wait ends, whatever the pipe does.
    entry.notBefore = at + waitMs;
    m_queue.push_front(entry);
    if (m_stats.waitedMs > qint64(m_limits.maxTotalWaitSeconds) * 1000) {
        ServiceError why = error;
        why.message = BulkScheduler::tr(
                "Microsoft 365 kept throttling for more than %n s, so the run stopped. "
                "Run the same command again later: it resumes where it stopped.",
                nullptr, m_limits.maxTotalWaitSeconds);
        giveUp(why);
    }
}

void BulkScheduler::retryAfterFailure(Entry entry, const ServiceError &error, qint64 at,
                                      QList<BulkItemAnswer> *finals)
{
    ++entry.networkAttempts;
    if (m_cancelled || m_gaveUp) {
        m_notSent.append(entry.item);
        return;
    }
    if (entry.networkAttempts >= m_limits.maxNetworkAttempts) {
        finals->append({entry.item, error});
        return;
    }
    entry.notBefore = at + RetryAfter::backoffMs(m_limits.baseBackoffMs, entry.networkAttempts);
    m_queue.push_front(entry);
}

void BulkScheduler::giveUp(const ServiceError &why)
{
    if (m_gaveUp)
        return;
    qCWarning(lcRevoke) << "bulk run gives up:" << kindName(why.kind) << why.httpStatus;
    m_gaveUp = why;
    m_timer.stop();
}

void BulkScheduler::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || m_moreToCome)
        return;
    const bool stopped = m_cancelled || m_gaveUp;
    if (!stopped && !m_queue.empty())
        return;
    for (const Entry &e : m_queue)
        m_notSent.append(e.item);
    m_queue.clear();
    m_running = false;
    m_timer.stop();
    if (auto done = std::move(m_onFinished)) {
        m_onFinished = nullptr;
        done(m_gaveUp, m_notSent);
    }
}

} // namespace rc
