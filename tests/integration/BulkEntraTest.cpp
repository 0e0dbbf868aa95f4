// The Entra channel of a bulk run against the emulator: batches of 20 answered in a shuffle and
// matched by id, verification of the timestamp afterwards, per-item 429s never resent before
// their Retry-After, and pacing to the emulator's write quota over 2,000 people.
#include "cli/ExitCode.h"
#include "integration/BulkFixture.h"

#include <QElapsedTimer>

#include <iostream>

using namespace rc;
using namespace rc::test;
using K = RevocationOutcome::Kind;

namespace {
class BulkEntra : public BulkFixture
{
};
} // namespace

TEST_F(BulkEntra, ShuffledBatchAnswersAreMatchedByIdAndVerified)
{
    QStringList people = addPeople(37);
    // One whose revocation the service accepts and ignores: its outcome must land on its own row.
    people.insert(23, upn("nestor.wilke"));
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    QList<QPair<int, RevocationOutcome>> finishedRows;
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context,
                     [&](int row, const RevocationOutcome &o) {
                         finishedRows.append({row, o});
                     });
    m_emulator->clearRequests();
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->revoked, 37);
    EXPECT_EQ(summary->notConfirmed, 1);
    EXPECT_EQ(cli::exitCodeFor(*summary), cli::ExitCode::NotAllRevoked);
    EXPECT_EQ(finishedRows.size(), 38);

    // 38 revocations in batches of at most 20, addressed by object id.
    const auto revokes = batchItems("POST", QStringLiteral("/revokeSignInSessions"));
    ASSERT_EQ(revokes.size(), 38);
    QHash<int, int> perBatch;
    for (const auto &item : revokes)
        ++perBatch[item.batchNumber];
    for (int n : perBatch)
        EXPECT_LE(n, 20);
    EXPECT_EQ(perBatch.size(), 2);

    const auto results = m_run->results();
    for (int i = 0; i < people.size(); ++i) {
        const emu::DemoUser *user = m_emulator->tenant().find(people.at(i));
        ASSERT_TRUE(user);
        EXPECT_EQ(m_emulator->revocationCount(people.at(i)), 1) << people.at(i).toStdString();
        EXPECT_EQ(results.at(i).objectId, user->id);
        EXPECT_EQ(results.at(i).sessionsValidFrom, user->signInSessionsValidFrom);
        const bool ignored = people.at(i) == upn("nestor.wilke");
        EXPECT_EQ(results.at(i).outcome,
                  ignored ? QStringLiteral("NotConfirmed")
                          : QStringLiteral("NonInstantaneousSuccess"))
                << people.at(i).toStdString();
        EXPECT_EQ(results.at(i).revoked, !ignored);
        EXPECT_FALSE(results.at(i).correlationId.isEmpty());
    }
    // Verification read everyone back after the writes, in batches too.
    EXPECT_EQ(batchItems("GET", QStringLiteral("/users/")).size(), 38);
    for (const auto &r : m_emulator->requestsTo(emu::Service::Graph))
        EXPECT_EQ(r.path, QStringLiteral("/v1.0/$batch"));
}

TEST_F(BulkEntra, ASecondStartWhileRunningIsIgnored)
{
    const QStringList people = addPeople(30);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    m_emulator->clearRequests();
    m_emulator->setAnswerLatency(emu::Service::Graph, 300); // the first batch stays in flight
    int summaries = 0;
    QObject::connect(m_run.get(), &BulkRun::finished, &m_context,
                     [&](const BulkSummary &) { ++summaries; });
    m_run->start();
    ASSERT_TRUE(m_run->isRunning());
    // Once the first revocations are on their way, a second start (a double click, a second
    // Enter) would send them again: it is refused.
    ASSERT_TRUE(waitFor([&] { return !requestsTo(emu::Service::Graph, "POST", {}).isEmpty(); }));
    ASSERT_TRUE(m_run->isRunning());
    m_run->start();
    ASSERT_TRUE(waitFor([&] { return summaries > 0; }, 30000));
    EXPECT_FALSE(waitFor([&] { return summaries > 1; }, 300));
    EXPECT_EQ(summaries, 1);
    settle();
    EXPECT_EQ(batchItems("POST", QStringLiteral("/revokeSignInSessions")).size(), 30);
    for (const QString &person : people)
        EXPECT_EQ(m_emulator->revocationCount(person), 1) << person.toStdString();
}

TEST_F(BulkEntra, PerItemThrottleIsNeverResentBeforeItsRetryAfter)
{
    const QStringList people = addPeople(30);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    // Three people are throttled with Retry-After: 2, twice each.
    QStringList throttled;
    for (int i : {3, 11, 27}) {
        const QString id = m_emulator->tenant().find(people.at(i))->id;
        throttled << id;
        m_emulator->faults().add(emu::Service::Graph, id + QStringLiteral("/revokeSignInSessions"),
                                 emu::Fault::httpStatus(429, 2, 2));
    }
    m_emulator->clearRequests();
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->revoked, 30);
    EXPECT_EQ(m_run->writeStats().throttledAnswers, 6);
    for (const QString &id : throttled) {
        QList<emu::EmulatedBatchItem> sent;
        for (const auto &item : batchItems("POST", id))
            sent.append(item);
        ASSERT_EQ(sent.size(), 3) << id.toStdString();
        EXPECT_EQ(sent.at(0).status, 429);
        EXPECT_EQ(sent.at(1).status, 429);
        EXPECT_EQ(sent.at(2).status, 200);
        for (int i = 1; i < sent.size(); ++i) {
            const qint64 gap
                    = sent.at(i - 1).request.receivedAt.msecsTo(sent.at(i).request.receivedAt);
            EXPECT_GE(gap, 2000) << "resent " << gap << " ms after a Retry-After of 2 s";
        }
        EXPECT_EQ(m_emulator->revocationCount(id), 1);
    }
    // The whole pipe paused: no revocation at all in the 2 s after the first 429 was answered.
    const auto revokes = batchItems("POST", QStringLiteral("/revokeSignInSessions"));
    QDateTime first429;
    for (const auto &item : revokes) {
        if (item.status == 429) {
            first429 = item.request.receivedAt;
            break;
        }
    }
    ASSERT_TRUE(first429.isValid());
    for (const auto &item : revokes) {
        const qint64 after = first429.msecsTo(item.request.receivedAt);
        EXPECT_FALSE(after > 200 && after < 2000) << "sent " << after << " ms into the pause";
    }
}

TEST_F(BulkEntra, PacesTwoThousandPeopleToTheWriteQuota)
{
    const int people = 2000;
    const double rate = 200;
    const int burst = 200;
    const QStringList names = addPeople(people);
    m_run = makeRun();
    QElapsedTimer reviewTime;
    reviewTime.start();
    const auto review = this->review(*m_run, rowsOf(names));
    ASSERT_TRUE(review);
    ASSERT_EQ(review->count(BulkCategory::Ready), people);
    const qint64 reviewMs = reviewTime.elapsed();

    m_emulator->clearRequests();
    m_emulator->resetWriteCounters();
    m_emulator->setWriteQuota(rate, burst);
    m_emulator->setAnswerLatency(emu::Service::Graph, 25);
    QElapsedTimer runTime;
    runTime.start();
    const auto summary = runToEnd(*m_run, 60000);
    ASSERT_TRUE(summary);
    const qint64 runMs = runTime.elapsed();

    // No row lost, none revoked twice.
    EXPECT_EQ(summary->revoked, people);
    EXPECT_EQ(cli::exitCodeFor(*summary), cli::ExitCode::Success);
    EXPECT_EQ(m_emulator->writesAccepted(), people);
    for (const QString &name : names)
        ASSERT_EQ(m_emulator->revocationCount(name), 1) << name.toStdString();

    // Honest allowance: from the first write to the last accepted one, the bucket let through at
    // most burst + rate * T.
    QDateTime firstWrite;
    QDateTime lastAccepted;
    for (const auto &item : batchItems("POST", QStringLiteral("/revokeSignInSessions"))) {
        if (!firstWrite.isValid())
            firstWrite = item.request.receivedAt;
        if (item.status == 200)
            lastAccepted = item.request.receivedAt;
    }
    const double seconds = double(firstWrite.msecsTo(lastAccepted)) / 1000.0;
    const double allowed = burst + rate * seconds;
    const double ratio = m_emulator->writesAccepted() / allowed;
    const int throttledAnswers = m_emulator->writesThrottled();
    std::cout << "[ figures  ] " << people << " people, quota " << rate << "/s burst " << burst
              << ", latency 25 ms: review " << reviewMs << " ms, run " << runMs
              << " ms, writes over " << seconds << " s, accepted " << m_emulator->writesAccepted()
              << " of " << allowed << " allowed (ratio " << ratio << "), throttled answers "
              << throttledAnswers << ", estimated rate " << m_run->estimatedServiceRate()
              << "/s, waited " << m_run->writeStats().waitedMs << " ms\n";
    EXPECT_GE(ratio, 0.95);
    EXPECT_LE(ratio, 1.0 + 1e-6);
    EXPECT_LE(throttledAnswers, people / 10);
    EXPECT_EQ(m_run->writeStats().throttledAnswers, throttledAnswers);
}
