// A measurement for the benchmarks, not a timed test: the longest event-loop stall of the window
// while it reviews and then signs out N people, seen by a 5 ms heartbeat timer. It prints one
// line ("[ bulk-ui-stall ] people=... run_longest_stall_ms=...") and, when
// REVOKE_BULK_STALL_JSON names a file, writes the figures there as JSON. N comes from
// REVOKE_BULK_STALL_PEOPLE (default 2000), a write quota (per second, burst = rate) from
// REVOKE_BULK_STALL_QUOTA (default: none). The emulator runs in the same thread as the window,
// so its work counts too: the figure is an upper bound. The only bounds checked are generous
// sanity ones, plus no row lost and nobody revoked twice.
#include "BulkWindowFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <iostream>

using namespace rc;
using namespace rc::test;

namespace {

// Counts the longest gap between heartbeats while armed.
class StallMeter final
{
public:
    static constexpr int HeartbeatMs = 5;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(HeartbeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { beat(); });
    }
    void start()
    {
        m_longest = m_longestAt = 0;
        m_since.start();
        m_total.start();
        m_timer.start();
    }
    void stop()
    {
        beat();
        m_elapsed = m_total.elapsed();
        m_timer.stop();
    }
    qint64 longestMs() const { return m_longest; }
    qint64 longestEndedAtMs() const { return m_longestAt; } // from start(): where in the run
    qint64 elapsedMs() const { return m_elapsed; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    QElapsedTimer m_total;
    void beat()
    {
        const qint64 gap = m_since.restart();
        if (gap > m_longest) {
            m_longest = gap;
            m_longestAt = m_total.elapsed();
        }
    }

    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    qint64 m_elapsed = 0;
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

class BulkStall : public BulkWindowTest
{
};

} // namespace

TEST_F(BulkStall, LongestEventLoopStall_WhileTheWindowSignsOutNPeople)
{
    const int n = envInt("REVOKE_BULK_STALL_PEOPLE", 2000);
    const int quota = envInt("REVOKE_BULK_STALL_QUOTA", 0);
    const QStringList people = addPeople(n);
    openBulkSignedIn();
    m_driver->pasteList(people.join(QLatin1Char('\n')));

    StallMeter review;
    review.start(); // from the click: parsing the list happens in the event loop too
    ASSERT_TRUE(m_driver->reviewBulkList(600000));
    review.stop();
    ASSERT_EQ(m_driver->bulkCount(BulkCategory::Ready), n);
    if (quota > 0)
        m_emulator->setWriteQuota(quota, quota);
    m_emulator->resetWriteCounters();

    ASSERT_TRUE(m_driver->requestBulkRun());
    if (n > 50)
        m_driver->typeBulkCount(QString::number(n));
    StallMeter run;
    run.start();
    m_driver->confirmBulk(QStringLiteral("stall measurement"));
    ASSERT_TRUE(m_driver->waitForBulkEnd(1800000));
    run.stop();

    const QStringList outcomes = this->outcomes();
    const int answered = int(outcomes.count(QStringLiteral("NonInstantaneousSuccess")));
    int twice = 0;
    for (const QString &person : people)
        twice += m_emulator->revocationCount(person) > 1 ? 1 : 0;
    const double rate = run.elapsedMs() > 0 ? n * 1000.0 / double(run.elapsedMs()) : 0;
    std::cout << "[ bulk-ui-stall ] people=" << n << " quota=" << quota
              << " review_ms=" << review.elapsedMs()
              << " review_longest_stall_ms=" << review.longestMs() << " run_ms=" << run.elapsedMs()
              << " run_longest_stall_ms=" << run.longestMs()
              << " run_longest_stall_ended_at_ms=" << run.longestEndedAtMs()
              << " people_per_s=" << rate << " throttled=" << m_emulator->writesThrottled()
              << " rows_lost=" << (n - answered) << " revoked_twice=" << twice
              << " heartbeat_ms=" << StallMeter::HeartbeatMs << std::endl;
    const QString jsonPath = qEnvironmentVariable("REVOKE_BULK_STALL_JSON");
    if (!jsonPath.isEmpty()) {
        const QJsonObject figures {
                {QStringLiteral("people"), n},
                {QStringLiteral("quotaPerSecond"), quota},
                {QStringLiteral("reviewMs"), review.elapsedMs()},
                {QStringLiteral("reviewLongestStallMs"), review.longestMs()},
                {QStringLiteral("runMs"), run.elapsedMs()},
                {QStringLiteral("runLongestStallMs"), run.longestMs()},
                {QStringLiteral("runLongestStallEndedAtMs"), run.longestEndedAtMs()},
                {QStringLiteral("peoplePerSecond"), rate},
                {QStringLiteral("throttledAnswers"), m_emulator->writesThrottled()},
                {QStringLiteral("rowsLost"), n - answered},
                {QStringLiteral("revokedTwice"), twice},
                {QStringLiteral("heartbeatMs"), StallMeter::HeartbeatMs},
        };
        QFile file(jsonPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(figures).toJson());
    }

    EXPECT_EQ(answered, n) << "rows lost";
    EXPECT_EQ(twice, 0);
    // Generous sanity bounds only: a stall of seconds would be a bug, not a slow machine.
    EXPECT_LT(run.longestMs(), 3000);
    EXPECT_LT(review.longestMs(), 5000);
}
