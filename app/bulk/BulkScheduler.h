#pragma once
// Sends the items of a bulk run in units (a $batch of up to 20, or one CSOM request) through a
// sender, with a few units in flight, paced by a WritePacer. A throttled item (429, or 503/504)
// waits for its Retry-After and pauses the whole pipe until then (a 503/504 that keeps coming for
// one item becomes its answer); a transport failure or a 500/502 is retried with backoff a few
// times; any other answer is final (one that ends the run, a sign-in failure, also stops it). The
// run gives up (and says why) when one wait or all waits together exceed their bound, or when the
// network keeps failing. pause() and cancel() stop new units; answers of units in flight are still
// taken. Create, start(), and wait for the finished callback, which runs once, from the event loop.

#include "bulk/WritePacer.h"
#include "core/Call.h"
#include "core/Clock.h"
#include "core/ServiceError.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

namespace rc {

struct BulkItemAnswer
{
    int item = -1;
    std::optional<ServiceError> error; // none: done, the sender kept what it needs
};

struct BulkSchedulerLimits
{
    int unitSize = 20;
    int maxInFlight = 4;
    // One Retry-After longer than this gives up. No wait is ever longer than RetryAfter::MaxSeconds
    // (5 min), whatever the service says: a longer Retry-After is read as 5 min (at the default,
    // waited once and tried again; maxTotalWaitSeconds ends a service that keeps asking).
    int maxWaitSeconds = 300;
    int maxTotalWaitSeconds = 900; // all pauses of the run together
    int maxNetworkAttempts = 4; // per item, for failures without an answer
    int baseBackoffMs = 500; // a 503 without Retry-After, a transport failure
};

struct BulkSchedulerStats
{
    int unitsSent = 0;
    int itemsSent = 0; // re-sent items count again
    int throttledAnswers = 0; // items answered 429/503/504
    qint64 waitedMs = 0; // time the pipe stood paused
};

class BulkScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkScheduler)
public:
    // Sends one unit; calls onDone once with an answer for every item of the unit.
    using Sender = std::function<Call(const QList<int> &items,
                                      std::function<void(QList<BulkItemAnswer>)> onDone)>;
    // Items of one unit that reached their end (done or a final error), in one call so the owner
    // can record them together.
    using UnitDone = std::function<void(const QList<BulkItemAnswer> &finals)>;
    // The run ended: everything answered, or cancelled, or gave up (`why`); `notSent` never got a
    // final answer.
    using Finished = std::function<void(const std::optional<ServiceError> &why,
                                        const QList<int> &notSent)>;
    // The pipe waits `seconds` for the service (a throttle or a backoff).
    using Waiting = std::function<void(int seconds, const ServiceError &cause)>;
    // Runs just before a unit goes out (to record it first); an error stops the run unsent.
    using BeforeSend = std::function<std::optional<ServiceError>(const QList<int> &items)>;

    // clock: what pacing and every wait are timed on (tests step a ManualClock by hand).
    BulkScheduler(BulkSchedulerLimits limits, Sender sender, QObject *parent = nullptr,
                  Clock &clock = Clock::system());
    ~BulkScheduler() override;

    void setUnitDone(UnitDone onUnitDone) { m_onUnitDone = std::move(onUnitDone); }
    void setFinished(Finished onFinished) { m_onFinished = std::move(onFinished); }
    void setWaiting(Waiting onWaiting) { m_onWaiting = std::move(onWaiting); }
    void setBeforeSend(BeforeSend beforeSend) { m_beforeSend = std::move(beforeSend); }

    // moreToCome: items will be add()ed while it runs; it finishes only after endOfItems().
    void start(const QList<int> &items, bool moreToCome = false);
    void add(const QList<int> &items);
    void endOfItems();
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    const BulkSchedulerStats &stats() const { return m_stats; }
    const WritePacer &pacer() const { return m_pacer; }

private:
    struct Entry
    {
        int item = -1;
        qint64 notBefore = 0;
        int networkAttempts = 0;
        int unavailable = 0; // 503/504 answers for this item
    };

    qint64 now() const;
    void pump();
    bool takeUnit(qint64 at, QList<Entry> *unit, qint64 *nextReady);
    void schedule(qint64 delayMs);
    void send(const QList<Entry> &unit);
    void answered(const QList<Entry> &unit, const QList<BulkItemAnswer> &answers);
    void throttle(Entry entry, const ServiceError &error, qint64 at, QList<BulkItemAnswer> *finals);
    void retryAfterFailure(Entry entry, const ServiceError &error, qint64 at,
                           QList<BulkItemAnswer> *finals);
    void giveUp(const ServiceError &why);
    void finishIfDone();

    BulkSchedulerLimits m_limits;
    Sender m_sender;
    Clock &m_clock;
    WritePacer m_pacer;
    ClockTimer m_timer;
    qint64 m_startMs; // the clock's time at construction: the run's time counts from 0
    UnitDone m_onUnitDone;
    Finished m_onFinished;
    Waiting m_onWaiting;
    BeforeSend m_beforeSend;

    std::deque<Entry> m_queue;
    QHash<int, Call> m_calls; // units in flight, by serial
    int m_unitSerial = 0;
    QList<int> m_notSent;
    std::optional<ServiceError> m_gaveUp;
    BulkSchedulerStats m_stats;
    int m_inFlight = 0;
    int m_failuresInARow = 0; // units that failed without any answer, in a row
    bool m_running = false;
    bool m_paused = false;
    qint64 m_pausedAt = 0; // when the operator paused, for the pacer
    bool m_cancelled = false;
    bool m_moreToCome = false;
};

} // namespace rc
