// The SharePoint channel of a bulk run (each State as for one user, a bounded number of CSOM
// requests in flight) and crash safety: a run torn down mid-way leaves a journal from which the
// same list resumes, sending only what had no answer; the audit log has a row for every step.
#include "cli/ExitCode.h"
#include "integration/BulkFixture.h"

using namespace rc;
using namespace rc::test;

namespace {

class BulkSpoAndResume : public BulkFixture
{
protected:
    // Revocations the service ran (throttled ones change nothing and are not counted).
    int revocationsRun() const
    {
        int n = 0;
        for (const auto &item : batchItems("POST", QStringLiteral("/revokeSignInSessions")))
            n += item.status == 200 ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_F(BulkSpoAndResume, SharePointStatesBecomeTheSingleFlowsOutcomes)
{
    m_run = makeRun(Channel::SharePoint);
    // All five at once: each is answered (FeatureDisabled, the tenant's state, then ends the
    // run with its own exit code, as for one user).
    BulkSchedulerLimits limits;
    limits.maxInFlight = 5;
    m_run->setWriteLimits(limits);
    const QStringList people {upn("adele.vance"), upn("alex.wilber"), upn("diego.siciliani"),
                              upn("grady.archie"), upn("isaiah.langer")};
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    const auto results = m_run->results();
    ASSERT_EQ(results.size(), 5);
    EXPECT_EQ(results.at(0).outcome, QStringLiteral("InstantaneousSuccess"));
    EXPECT_EQ(results.at(1).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(results.at(2).outcome, QStringLiteral("Failure"));
    EXPECT_EQ(results.at(3).outcome, QStringLiteral("FeatureDisabled"));
    EXPECT_EQ(results.at(4).outcome, QStringLiteral("UserNotFound"));
    EXPECT_EQ(results.at(0).message,
              QStringLiteral("We successfully signed out %1 from all devices.").arg(people.at(0)));
    EXPECT_FALSE(results.at(0).correlationId.isEmpty());
    EXPECT_EQ(summary->revoked, 2);
    EXPECT_EQ(summary->failed, 3);
    EXPECT_EQ(cli::exitCodeFor(*summary),
              cli::ExitCode::FeatureDisabled); // FeatureDisabled, as the cmdlet says for one user;
    for (const QString &p : people)
        EXPECT_EQ(m_emulator->revocationCount(p, emu::Service::SharePoint), 1);
    EXPECT_TRUE(batchItems("POST", QStringLiteral("revokeSignInSessions")).isEmpty());
}

TEST_F(BulkSpoAndResume, SharePointsOperationOffStopsTheRunAndPointsToEntra)
{
    const QStringList people = addPeople(30);
    m_run = makeRun(Channel::SharePoint);
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    m_emulator->setSharePointRevocationDisabled(true);
    m_emulator->setAnswerLatency(emu::Service::SharePoint, 50);
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    // The tenant's answer, not the person's: the first one stops the run (four were in flight).
    int sent = 0;
    for (const auto &r : m_emulator->requestsTo(emu::Service::SharePoint))
        sent += r.path.endsWith(QStringLiteral("/ProcessQuery")) ? 1 : 0;
    EXPECT_GE(sent, 1);
    EXPECT_LE(sent, 4);
    const auto results = m_run->results();
    int featureDisabled = 0;
    int notSent = 0;
    for (const auto &r : results) {
        featureDisabled += r.outcome == QStringLiteral("FeatureDisabled") ? 1 : 0;
        notSent += r.outcome == BulkRowResult::NotSent ? 1 : 0;
    }
    EXPECT_EQ(featureDisabled, sent);
    EXPECT_EQ(notSent, 30 - sent);
    EXPECT_EQ(cli::exitCodeFor(*summary),
              cli::ExitCode::FeatureDisabled); // as the cmdlet's outcome for one user
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Entra ID channel")))
            << summary->text().toStdString();
    // Counted as not sent: the same list on the Entra channel sends them all.
    EXPECT_EQ(summary->notSent, 30 - sent);
}

TEST_F(BulkSpoAndResume, SharePointKeepsAtMostFourRequestsInFlight)
{
    const QStringList people = addPeople(24);
    m_run = makeRun(Channel::SharePoint);
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    const int latencyMs = 150;
    m_emulator->setAnswerLatency(emu::Service::SharePoint, latencyMs);
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->revoked, 24);
    const auto requests = m_emulator->requestsTo(emu::Service::SharePoint);
    QList<QDateTime> arrivals;
    for (const auto &r : requests) {
        if (r.path.endsWith(QStringLiteral("/ProcessQuery")))
            arrivals.append(r.receivedAt);
    }
    ASSERT_EQ(arrivals.size(), 24);
    // Each request holds its slot until answered, 150 ms after it arrived: never more than four
    // arrivals within less than that, and the pipe is kept full (four at once do happen).
    int most = 0;
    for (int i = 0; i < arrivals.size(); ++i) {
        int within = 0;
        for (int j = i; j < arrivals.size(); ++j)
            within += arrivals.at(i).msecsTo(arrivals.at(j)) < latencyMs - 20 ? 1 : 0;
        most = qMax(most, within);
    }
    EXPECT_EQ(most, 4);
}

TEST_F(BulkSpoAndResume, ATornDownRunResumesAndSendsOnlyTheRest)
{
    const QStringList people = addPeople(200);
    const QList<UpnRow> rows = rowsOf(people);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rows));
    m_emulator->setAnswerLatency(emu::Service::Graph, 40);
    m_emulator->setWriteQuota(100, 40); // about two seconds of writes: time to tear it down
    m_emulator->clearRequests();
    int finishedRows = 0;
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context,
                     [&](int, const RevocationOutcome &) { ++finishedRows; });
    m_run->start();
    ASSERT_TRUE(waitFor([&] { return finishedRows >= 60; }, 30000));
    m_run.reset(); // as a crash would: answers in flight are never taken
    settle();

    const int sentBefore = revocationsRun();
    ASSERT_LT(sentBefore, 200);
    m_emulator->setAnswerLatency(emu::Service::Graph, 0);
    m_emulator->setWriteQuota(0, 0);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rows));
    std::optional<std::pair<int, int>> resumed;
    QObject::connect(m_run.get(), &BulkRun::resumed, &m_context, [&](int done, int total) {
        resumed = {done, total};
    });
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    ASSERT_TRUE(resumed);
    EXPECT_GE(resumed->first, 60);
    EXPECT_EQ(resumed->second, 200);
    EXPECT_EQ(summary->revoked, 200);
    EXPECT_EQ(cli::exitCodeFor(*summary), cli::ExitCode::Success);

    // Everyone was revoked; only those in flight at the teardown (at most four batches of 20)
    // twice. The second run sent exactly the people without an answer.
    const int sentAfter = revocationsRun() - sentBefore;
    EXPECT_EQ(sentAfter, 200 - resumed->first);
    int twice = 0;
    for (const QString &p : people) {
        const int n = m_emulator->revocationCount(p);
        EXPECT_GE(n, 1) << p.toStdString();
        EXPECT_LE(n, 2) << p.toStdString();
        twice += n == 2 ? 1 : 0;
    }
    EXPECT_LE(twice, 4 * 20);
    EXPECT_EQ(twice, sentBefore + sentAfter - 200);

    // The run is complete: the journal forgets it (in the turn after the end is shown), so the
    // same list next time starts afresh.
    const QString key = BulkJournal::runKey(Domain, Channel::Entra, rows);
    EXPECT_TRUE(waitFor([&] {
        const auto entries = m_journal->entries(key);
        return entries.ok() && entries.value().isEmpty();
    }));

    // Every person: a Started row before the write, one outcome row, with the run's reason.
    const auto logged = m_log->records();
    ASSERT_TRUE(logged.ok());
    QHash<QString, int> outcomes;
    for (const AuditRecord &r : logged.value()) {
        EXPECT_EQ(r.reason, QStringLiteral("INC-2001"));
        if (r.outcome == QStringLiteral("NonInstantaneousSuccess"))
            ++outcomes[r.targetUpn];
    }
    EXPECT_EQ(outcomes.size(), 200);
    for (int n : outcomes)
        EXPECT_EQ(n, 1);
}

TEST_F(BulkSpoAndResume, RestartIgnoresTheJournal)
{
    const QStringList people = addPeople(40);
    const QList<UpnRow> rows = rowsOf(people);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rows));
    m_emulator->setAnswerLatency(emu::Service::Graph, 40);
    int finishedRows = 0;
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context,
                     [&](int, const RevocationOutcome &) { ++finishedRows; });
    m_run->start();
    ASSERT_TRUE(waitFor([&] { return finishedRows >= 20; }, 30000));
    m_run.reset();
    settle();
    m_emulator->clearRequests();

    m_run = makeRun();
    m_run->setRestart(true);
    ASSERT_TRUE(review(*m_run, rows));
    bool resumed = false;
    QObject::connect(m_run.get(), &BulkRun::resumed, &m_context, [&] { resumed = true; });
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_FALSE(resumed);
    EXPECT_EQ(batchItems("POST", QStringLiteral("/revokeSignInSessions")).size(), 40);
}

TEST_F(BulkSpoAndResume, SharePointIsPacedByTheSameSchedulerWhenThrottled)
{
    const QStringList people = addPeople(40);
    m_run = makeRun(Channel::SharePoint);
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    m_emulator->setWriteQuota(20, 10);
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->revoked, 40);
    EXPECT_GT(m_emulator->writesThrottled(), 0);
    EXPECT_EQ(m_run->writeStats().throttledAnswers, m_emulator->writesThrottled());
    for (const QString &p : people)
        EXPECT_EQ(m_emulator->revocationCount(p, emu::Service::SharePoint), 1);
    // Paced, not hammering: fewer throttled answers than people.
    EXPECT_LT(m_emulator->writesThrottled(), 40);
}

TEST_F(BulkSpoAndResume, PauseHoldsTheWritesAndCancelLeavesTheRestToResume)
{
    const QStringList people = addPeople(120);
    const QList<UpnRow> rows = rowsOf(people);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rows));
    m_emulator->setWriteQuota(60, 20);
    int finishedRows = 0;
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context,
                     [&](int, const RevocationOutcome &) { ++finishedRows; });
    std::optional<BulkSummary> summary;
    QObject::connect(m_run.get(), &BulkRun::finished, &m_context,
                     [&](const BulkSummary &s) { summary = s; });
    m_run->start();
    ASSERT_TRUE(waitFor([&] { return finishedRows >= 20; }));
    m_run->pause();
    EXPECT_TRUE(m_run->isPaused());
    // Answers of batches in flight are still taken; no new batch goes out.
    const int unitsAtPause = m_run->writeStats().unitsSent;
    const auto sentMore = [&] {
        return m_run->writeStats().unitsSent > unitsAtPause;
    };
    ASSERT_FALSE(waitFor(sentMore, 1500));
    m_run->resume();
    ASSERT_TRUE(waitFor(sentMore));
    m_run->cancel();
    ASSERT_TRUE(waitFor([&] { return summary.has_value(); }));
    EXPECT_TRUE(summary->cancelled);
    EXPECT_GT(summary->notSent, 0);
    EXPECT_EQ(summary->revoked + summary->notSent, 120);
    EXPECT_EQ(cli::exitCodeFor(*summary), cli::ExitCode::NotAllRevoked);
    EXPECT_TRUE(summary->text().endsWith(QStringLiteral("The run was cancelled.")));

    // The same list later picks up what the cancelled run did not send.
    m_emulator->setWriteQuota(0, 0);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rows));
    std::optional<int> resumedWith;
    QObject::connect(m_run.get(), &BulkRun::resumed, &m_context,
                     [&](int done, int) { resumedWith = done; });
    const auto second = runToEnd(*m_run);
    ASSERT_TRUE(second);
    ASSERT_TRUE(resumedWith);
    EXPECT_EQ(*resumedWith, summary->revoked);
    EXPECT_EQ(second->revoked, 120);
    for (const QString &p : people)
        EXPECT_EQ(m_emulator->revocationCount(p), 1) << p.toStdString();
}

TEST_F(BulkSpoAndResume, ARunWhoseForgettingWasLostIsNotResumedButRunAgain)
{
    const QStringList people = addPeople(30);
    const QList<UpnRow> rows = rowsOf(people);
    // A process that died between showing the end and forgetting it: everyone journalled done.
    const QString key = BulkJournal::runKey(Domain, Channel::Entra, rows);
    QList<JournalEntry> done;
    for (const QString &p : people) {
        JournalEntry e;
        e.key = BulkJournal::keyOf(p);
        e.state = JournalEntry::State::Done;
        e.outcome = RevocationOutcome::Kind::NonInstantaneousSuccess;
        e.verified = true;
        done.append(e);
    }
    ASSERT_TRUE(m_journal->record(key, done).ok());

    // The same list again is a new run: nobody "already done", everyone signed out.
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rows));
    bool resumed = false;
    QObject::connect(m_run.get(), &BulkRun::resumed, &m_context, [&] { resumed = true; });
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_FALSE(resumed);
    EXPECT_EQ(summary->revoked, 30);
    for (const QString &p : people)
        EXPECT_EQ(m_emulator->revocationCount(p), 1) << p.toStdString();
    // And once this run object goes, its own ended run is forgotten at once.
    m_run.reset();
    EXPECT_TRUE(m_journal->entries(key).value().isEmpty());
}
