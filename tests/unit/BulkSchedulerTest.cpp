// The bulk scheduler's decisions on a hand-stepped clock, with a sender the test answers by hand:
// units and in-flight bounds, a throttled item never resent before its Retry-After (and the whole
// pipe waiting with it), transient failures retried a few times, giving up on a wait too long,
// cancel, pause, and a refusal to record that stops the run unsent.
#include "bulk/BulkScheduler.h"
#include "core/Clock.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;

namespace {

ServiceError throttled(int retryAfterSeconds)
{
    ServiceError e = ServiceError::make(ServiceError::Kind::Throttled, QStringLiteral("429"));
    e.httpStatus = 429;
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}

ServiceError failure(ServiceError::Kind kind)
{
    return ServiceError::make(kind, QStringLiteral("failed"));
}

class BulkSchedulerTest : public ::testing::Test
{
protected:
    struct Sent
    {
        QList<int> items;
        qint64 at;
        std::function<void(QList<BulkItemAnswer>)> answer;
        bool answered = false;
    };

    std::unique_ptr<BulkScheduler> make(BulkSchedulerLimits limits)
    {
        auto s = std::make_unique<BulkScheduler>(
                limits,
                [this](const QList<int> &items, std::function<void(QList<BulkItemAnswer>)> done) {
                    m_sent.append({items, m_clock.monotonicMs(), std::move(done)});
                    return Call();
                },
                nullptr, m_clock);
        s->setUnitDone([this](const QList<BulkItemAnswer> &finals) { m_finals += finals; });
        s->setFinished([this](const std::optional<ServiceError> &why, const QList<int> &notSent) {
            m_finished = true;
            m_why = why;
            m_notSent = notSent;
        });
        return s;
    }

    // Answers unit `i` with `errors` for some items, success for the others.
    void answer(int i, const QHash<int, ServiceError> &errors = {})
    {
        Sent &unit = m_sent[i];
        ASSERT_FALSE(unit.answered);
        unit.answered = true;
        QList<BulkItemAnswer> answers;
        for (int item : unit.items) {
            if (errors.contains(item))
                answers.append({item, errors.value(item)});
            else
                answers.append({item, std::nullopt});
        }
        unit.answer(answers);
    }

    // Lets the scheduler's timers run at the current fake time.
    void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    void advance(qint64 ms)
    {
        m_clock.advance(ms); // the scheduler's timers that fall due fire on the way
        settle();
    }

    // Most tests need only these two; the others change more fields of what this returns.
    static BulkSchedulerLimits limits(int unitSize,
                                      int maxInFlight = BulkSchedulerLimits().maxInFlight)
    {
        BulkSchedulerLimits l;
        l.unitSize = unitSize;
        l.maxInFlight = maxInFlight;
        return l;
    }

    // One unit in flight, a 100 ms first backoff: the tests that retry step through it.
    static BulkSchedulerLimits
    retrying(int unitSize, int maxNetworkAttempts = BulkSchedulerLimits().maxNetworkAttempts)
    {
        BulkSchedulerLimits l = limits(unitSize, 1);
        l.baseBackoffMs = 100;
        l.maxNetworkAttempts = maxNetworkAttempts;
        return l;
    }

    static QList<int> range(int n)
    {
        QList<int> items;
        for (int i = 0; i < n; ++i)
            items.append(i);
        return items;
    }

    ManualClock m_clock;
    QList<Sent> m_sent;
    QList<BulkItemAnswer> m_finals;
    bool m_finished = false;
    std::optional<ServiceError> m_why;
    QList<int> m_notSent;
};

// The failures the scheduler sorts by kind, one test per rule, run for every kind of the rule.
class BulkSchedulerTransientTest : public BulkSchedulerTest,
                                   public ::testing::WithParamInterface<ServiceError::Kind>
{
};
class BulkSchedulerRunEndingTest : public BulkSchedulerTest,
                                   public ::testing::WithParamInterface<ServiceError::Kind>
{
};

// "bad-response" -> "bad_response": gtest wants letters, digits and underscores.
std::string kindParamName(const ::testing::TestParamInfo<ServiceError::Kind> &info)
{
    return kindName(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

} // namespace

TEST_F(BulkSchedulerTest, SendsUnitsOfAtMostTheUnitSizeWithABoundedNumberInFlight)
{
    auto s = make(limits(20, 3));
    s->start(range(95));
    settle();
    ASSERT_EQ(m_sent.size(), 3);
    for (const Sent &unit : m_sent)
        EXPECT_EQ(unit.items.size(), 20);
    answer(0);
    settle();
    ASSERT_EQ(m_sent.size(), 4);
    answer(1);
    answer(2);
    answer(3);
    settle();
    ASSERT_EQ(m_sent.size(), 5);
    EXPECT_EQ(m_sent.at(4).items.size(), 15);
    answer(4);
    settle();
    EXPECT_TRUE(m_finished);
    EXPECT_FALSE(m_why);
    EXPECT_EQ(m_finals.size(), 95);
    EXPECT_TRUE(m_notSent.isEmpty());
}

TEST_F(BulkSchedulerTest, AThrottledItemWaitsItsRetryAfterAndSoDoesThePipe)
{
    auto s = make(limits(5, 1));
    s->start(range(10));
    settle();
    ASSERT_EQ(m_sent.size(), 1);
    answer(0, {{2, throttled(3)}});
    EXPECT_EQ(m_finals.size(), 4);
    // Three seconds of nothing: not the throttled item, not the next five.
    advance(1000);
    advance(1999);
    EXPECT_EQ(m_sent.size(), 1);
    advance(1);
    ASSERT_EQ(m_sent.size(), 2);
    EXPECT_EQ(m_sent.at(1).at, 3000);
    EXPECT_EQ(m_sent.at(1).items.first(), 2); // the throttled one goes first, then the rest
    EXPECT_EQ(s->stats().throttledAnswers, 1);
    EXPECT_EQ(s->stats().waitedMs, 3000);
    answer(1);
    settle();
    ASSERT_EQ(m_sent.size(), 3);
    answer(2);
    settle();
    EXPECT_TRUE(m_finished);
    EXPECT_EQ(m_finals.size(), 10);
}

TEST_P(BulkSchedulerTransientTest, TransientFailuresAreRetriedAFewTimesThenFinal)
{
    auto s = make(retrying(2, 3));
    const ServiceError::Kind kind = GetParam();
    s->start({7, 8});
    settle();
    answer(0, {{7, failure(kind)}});
    EXPECT_EQ(m_finals.size(), 1); // 8 is done
    advance(100);
    ASSERT_EQ(m_sent.size(), 2);
    EXPECT_EQ(m_sent.at(1).items, QList<int> {7});
    answer(1, {{7, failure(kind)}});
    advance(200); // backoff doubles
    ASSERT_EQ(m_sent.size(), 3);
    answer(2, {{7, failure(kind)}});
    settle();
    EXPECT_TRUE(m_finished);
    ASSERT_EQ(m_finals.size(), 2);
    EXPECT_EQ(m_finals.at(1).item, 7);
    EXPECT_EQ(m_finals.at(1).error->kind, kind);
    EXPECT_FALSE(m_why); // one person failing is not the run failing
}

INSTANTIATE_TEST_SUITE_P(BulkScheduler, BulkSchedulerTransientTest,
                         ::testing::Values(ServiceError::Kind::BadResponse,
                                           ServiceError::Kind::Network),
                         kindParamName);

TEST_P(BulkSchedulerRunEndingTest, AnswersThatEndEverythingStopTheRunAndTheRestIsNotSent)
{
    auto s = make(limits(2, 1));
    const ServiceError::Kind kind = GetParam();
    s->start(range(6));
    settle();
    answer(0, {{0, failure(kind)}});
    settle();
    EXPECT_TRUE(m_finished);
    ASSERT_TRUE(m_why);
    EXPECT_EQ(m_why->kind, kind);
    // Person 0's answer is theirs (the journal's sign-in failure sends them again next run);
    // person 1 is done; nobody after them is sent.
    EXPECT_EQ(m_notSent, (QList<int> {2, 3, 4, 5}));
    ASSERT_EQ(m_finals.size(), 2);
    EXPECT_EQ(m_finals.at(0).item, 0);
    EXPECT_EQ(m_finals.at(0).error->kind, kind);
    EXPECT_EQ(m_finals.at(1).item, 1);
    EXPECT_EQ(m_sent.size(), 1);
}

INSTANTIATE_TEST_SUITE_P(BulkScheduler, BulkSchedulerRunEndingTest,
                         ::testing::Values(ServiceError::Kind::SignIn, ServiceError::Kind::Redirect,
                                           ServiceError::Kind::Keychain),
                         kindParamName);

TEST_F(BulkSchedulerTest, GivesUpWhenTheServiceAsksForTooLongAWait)
{
    BulkSchedulerLimits patient = limits(2, 2);
    patient.maxWaitSeconds = 60;
    auto s = make(patient);
    s->start(range(6));
    settle();
    ASSERT_EQ(m_sent.size(), 2);
    answer(0, {{0, throttled(600)}, {1, throttled(600)}});
    settle();
    EXPECT_FALSE(m_finished); // the other unit is still out
    answer(1);
    settle();
    EXPECT_TRUE(m_finished);
    ASSERT_TRUE(m_why);
    EXPECT_EQ(m_why->kind, ServiceError::Kind::Throttled);
    QList<int> notSent = m_notSent;
    std::sort(notSent.begin(), notSent.end());
    EXPECT_EQ(notSent, (QList<int> {0, 1, 4, 5}));
    EXPECT_EQ(m_finals.size(), 2);
}

TEST_F(BulkSchedulerTest, GivesUpWhenAllTheWaitsTogetherAreTooLong)
{
    BulkSchedulerLimits patient = limits(1, 1);
    patient.maxTotalWaitSeconds = 5;
    auto s = make(patient);
    s->start(range(3));
    for (int round = 0; round < 3 && !m_finished; ++round) {
        settle();
        answer(int(m_sent.size()) - 1, {{m_sent.last().items.first(), throttled(2)}});
        advance(2000);
    }
    EXPECT_TRUE(m_finished);
    ASSERT_TRUE(m_why);
    EXPECT_TRUE(m_why->message.contains(QStringLiteral("5 s")));
    EXPECT_EQ(m_notSent.size(), 3);
}

TEST_F(BulkSchedulerTest, ARetryAfterOfZeroForEverStillEndsTheRun)
{
    // A server answering 429 with "Retry-After: 0" (or a date already past) every time: each is
    // waited a second, so the waits add up to the run's bound instead of resending at once for
    // ever.
    BulkSchedulerLimits patient = limits(1, 1);
    patient.maxTotalWaitSeconds = 3;
    auto s = make(patient);
    s->start(range(2));
    for (int round = 0; round < 20 && !m_finished; ++round) {
        settle();
        if (!m_sent.isEmpty() && !m_sent.last().answered)
            answer(int(m_sent.size()) - 1, {{m_sent.last().items.first(), throttled(0)}});
        advance(1000);
    }
    EXPECT_TRUE(m_finished);
    ASSERT_TRUE(m_why);
    EXPECT_EQ(m_why->kind, ServiceError::Kind::Throttled);
    EXPECT_TRUE(m_why->message.contains(QStringLiteral("3 s")));
    EXPECT_LE(m_sent.size(), 5);
}

TEST_F(BulkSchedulerTest, PauseHoldsNewUnitsAndCancelEndsWithTheRestNotSent)
{
    auto s = make(limits(2, 1));
    s->start(range(8));
    settle();
    s->pause();
    answer(0); // the answer in flight is still taken
    settle();
    EXPECT_EQ(m_sent.size(), 1);
    EXPECT_EQ(m_finals.size(), 2);
    s->resume();
    settle();
    ASSERT_EQ(m_sent.size(), 2);
    s->cancel();
    settle();
    EXPECT_FALSE(m_finished); // waits for the unit in flight
    answer(1);
    settle();
    EXPECT_TRUE(m_finished);
    EXPECT_FALSE(m_why);
    EXPECT_EQ(m_notSent, (QList<int> {4, 5, 6, 7}));
    EXPECT_EQ(m_finals.size(), 4);
}

TEST_F(BulkSchedulerTest, ARefusalToRecordStopsTheRunBeforeTheUnitIsSent)
{
    auto s = make(limits(2, 1));
    int asked = 0;
    s->setBeforeSend([&](const QList<int> &) -> std::optional<ServiceError> {
        if (++asked == 2)
            return failure(ServiceError::Kind::Service);
        return std::nullopt;
    });
    s->start(range(6));
    settle();
    answer(0);
    settle();
    EXPECT_TRUE(m_finished);
    EXPECT_EQ(m_sent.size(), 1);
    ASSERT_TRUE(m_why);
    EXPECT_EQ(m_notSent, (QList<int> {2, 3, 4, 5}));
}

TEST_F(BulkSchedulerTest, ItemsAddedLaterAreSentAndTheEndWaitsForEndOfItems)
{
    auto s = make(limits(3));
    s->start({}, true);
    settle();
    EXPECT_FALSE(m_finished);
    s->add({1, 2});
    settle();
    ASSERT_EQ(m_sent.size(), 1);
    answer(0);
    settle();
    EXPECT_FALSE(m_finished);
    s->endOfItems();
    settle();
    EXPECT_TRUE(m_finished);
}

TEST_F(BulkSchedulerTest, AServerErrorIsTriedAgainButARefusalIsFinal)
{
    auto s = make(retrying(3));
    s->start({1, 2, 3});
    settle();
    ServiceError serverError = failure(ServiceError::Kind::Service);
    serverError.httpStatus = 502; // the service's passing failure: revoking again does no harm
    ServiceError refused = failure(ServiceError::Kind::Service);
    refused.httpStatus = 400;
    answer(0, {{1, serverError}, {2, refused}});
    ASSERT_EQ(m_finals.size(), 2); // 2 (refused) and 3 (done)
    EXPECT_EQ(m_finals.at(0).item, 2);
    advance(100);
    ASSERT_EQ(m_sent.size(), 2);
    EXPECT_EQ(m_sent.at(1).items, QList<int> {1});
    answer(1);
    settle();
    EXPECT_TRUE(m_finished);
    EXPECT_EQ(m_finals.size(), 3);
}

TEST_F(BulkSchedulerTest, AnUnavailableServiceForOnePersonBecomesTheirAnswer)
{
    auto s = make(retrying(2, 2));
    s->start({4, 5, 6, 7, 8, 9});
    settle();
    ServiceError unavailable = failure(ServiceError::Kind::Throttled);
    unavailable.httpStatus = 503; // no Retry-After: back off from this person's own count
    answer(0, {{4, unavailable}});
    advance(100);
    ASSERT_EQ(m_sent.size(), 2);
    EXPECT_EQ(m_sent.at(1).items, (QList<int> {4, 6})); // the others keep going meanwhile
    answer(1, {{4, unavailable}});
    advance(200);
    ASSERT_EQ(m_sent.size(), 3);
    answer(2, {{4, unavailable}}); // one more than maxNetworkAttempts: their answer now
    settle();
    ASSERT_EQ(m_sent.size(), 4);
    EXPECT_EQ(m_sent.at(3).items, (QList<int> {8, 9}));
    answer(3);
    settle();
    EXPECT_TRUE(m_finished);
    EXPECT_FALSE(m_why); // one person's trouble is not the run's
    ASSERT_EQ(m_finals.size(), 6);
    const auto four = std::find_if(m_finals.cbegin(), m_finals.cend(),
                                   [](const BulkItemAnswer &a) { return a.item == 4; });
    ASSERT_NE(four, m_finals.cend());
    ASSERT_TRUE(four->error);
    EXPECT_EQ(four->error->httpStatus, 503);
    // A 503 says nothing about the write quota: the pacer learnt no rate from it.
    EXPECT_EQ(s->pacer().throttlingEvents(), 0);
    EXPECT_EQ(s->pacer().estimatedServiceRate(), 0);
}

TEST_F(BulkSchedulerTest, AServiceUnavailableForEveryoneStopsTheRunWithTheRestUnsent)
{
    auto s = make(retrying(2, 3));
    s->start(range(6));
    settle();
    ServiceError unavailable = failure(ServiceError::Kind::Throttled);
    unavailable.httpStatus = 503;
    answer(0, {{0, unavailable}, {1, unavailable}});
    advance(100);
    ASSERT_EQ(m_sent.size(), 2);
    answer(1, {{0, unavailable}, {1, unavailable}});
    advance(200);
    ASSERT_EQ(m_sent.size(), 3);
    answer(2, {{0, unavailable}, {1, unavailable}}); // three whole units in a row: the service
    settle();
    EXPECT_TRUE(m_finished);
    ASSERT_TRUE(m_why);
    EXPECT_EQ(m_why->httpStatus, 503);
    EXPECT_TRUE(m_finals.isEmpty()); // nobody's answer: everyone goes again next run
    EXPECT_EQ(m_notSent.size(), 6);
}
