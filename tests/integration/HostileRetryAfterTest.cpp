// 429 answers whose Retry-After no timer can hold (twenty nines, a count of seconds that overflows
// in milliseconds, a date in year 9999): a revocation on either channel and a bulk run both end
// in bounded time, giving up at once since the wait is longer than they would take.
#include "integration/BulkFixture.h"
#include "net/RetryAfter.h"

#include <QElapsedTimer>

using namespace rc;
using namespace rc::test;
using K = RevocationOutcome::Kind;

namespace {

const QByteArray HostileValues[] = {
        "99999999999999999999",
        "3000000", // fits an int, but not once in milliseconds
        "Fri, 31 Dec 9999 23:59:59 GMT",
};

class HostileRetryAfter : public BulkFixture
{
};

} // namespace

TEST_F(HostileRetryAfter, ARevocationGivesUpAtOnceOnEitherChannel)
{
    for (const Channel channel : {Channel::Entra, Channel::SharePoint}) {
        const bool sharePoint = channel == Channel::SharePoint;
        const emu::Service service = sharePoint ? emu::Service::SharePoint : emu::Service::Graph;
        const QString path = sharePoint ? QStringLiteral("ProcessQuery")
                                        : QStringLiteral("revokeSignInSessions");
        for (const QByteArray &value : HostileValues) {
            const std::string label
                    = channelName(channel).toStdString() + ", Retry-After: " + value.toStdString();
            m_emulator->faults().clear();
            m_emulator->faults().add(service, path, emu::Fault::httpStatus(429, value, -1));
            m_emulator->clearRequests();
            QElapsedTimer clock;
            clock.start();
            const RevocationOutcome o = revoke(upn("adele.vance"), channel);
            // The default policy waits at most 30 s at once; 5 min (the cap) is longer.
            EXPECT_LT(clock.elapsed(), 3000) << label;
            EXPECT_EQ(outcomeName(o.kind), outcomeName(K::NetworkFailure)) << label;
            ASSERT_TRUE(o.error) << label;
            EXPECT_EQ(o.error->kind, ServiceError::Kind::Throttled) << label;
            EXPECT_EQ(o.error->retryAfterSeconds, RetryAfter::MaxSeconds) << label;
            EXPECT_EQ(requestsTo(service, "POST", path).size(), 1) << label;
        }
    }
}

TEST_F(HostileRetryAfter, ABulkRunGivesUpWithinItsLongestWait)
{
    const QStringList people = addPeople(6);
    for (const QByteArray &value : HostileValues) {
        const std::string label = "Retry-After: " + value.toStdString();
        m_run = makeRun();
        BulkSchedulerLimits limits;
        limits.maxWaitSeconds = 2; // the test's short longest wait; the product's is 5 min
        m_run->setWriteLimits(limits);
        m_run->setRestart(true);
        ASSERT_TRUE(review(*m_run, rowsOf(people)));
        const QString id = m_emulator->tenant().find(people.at(2))->id;
        m_emulator->faults().clear();
        m_emulator->faults().add(emu::Service::Graph, id + QStringLiteral("/revokeSignInSessions"),
                                 emu::Fault::httpStatus(429, value, -1));
        QElapsedTimer clock;
        clock.start();
        const auto summary = runToEnd(*m_run, 10000);
        ASSERT_TRUE(summary) << label;
        EXPECT_LT(clock.elapsed(), 5000) << label;
        ASSERT_TRUE(summary->gaveUp) << label;
        EXPECT_EQ(summary->gaveUp->kind, ServiceError::Kind::Throttled) << label;
        EXPECT_TRUE(summary->gaveUp->message.contains(QStringLiteral("longer than this run waits")))
                << summary->gaveUp->message.toStdString();
        // The throttled person was asked once, and not again.
        int asked = 0;
        for (const auto &item : batchItems("POST", id))
            asked += item.status == 429 ? 1 : 0;
        EXPECT_EQ(asked, 1) << label;
        settle();
        m_emulator->clearRequests();
    }
}
