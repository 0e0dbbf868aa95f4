// An operator's pause in the middle of a paced run: nothing is sent while it lasts, and after it
// the run goes on at the rate the service allows. The hold must not count as time in which the
// service let little through: the pacer would then learn a rate far below the quota and, sending
// below it, never meet the 429 that corrects it (a 2 s hold once slowed a 40/s run to 13.5/s).
#include "BulkFixture.h"

#include <QTimer>

#include <iostream>

using namespace rc;
using namespace rc::test;

namespace {

class BulkPause : public BulkFixture
{
};

} // namespace

TEST_F(BulkPause, AfterAnOperatorPauseTheRunGoesOnAtTheQuota)
{
    const int people = 400;
    const double rate = 40;
    const int burst = 40;
    const QStringList names = addPeople(people);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(names)));

    m_emulator->clearRequests();
    m_emulator->resetWriteCounters();
    m_emulator->setWriteQuota(rate, burst);
    m_emulator->setAnswerLatency(emu::Service::Graph, 20);

    // Held for 2 s once the first throttle taught the pacer a first guess of the rate, while it
    // still calibrates: the next 429 (soon after the hold) measures the rate again.
    QDateTime heldAt;
    QDateTime resumedAt;
    int writesWhenHeld = 0;
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context, [&] {
        if (heldAt.isValid() || m_emulator->writesThrottled() == 0)
            return;
        m_run->pause();
        heldAt = m_emulator->now(); // the clock the requests' receivedAt are stamped on
        writesWhenHeld = m_emulator->writesAccepted() + m_emulator->writesThrottled();
        QTimer::singleShot(2000, &m_context, [&] {
            resumedAt = m_emulator->now();
            m_run->resume();
        });
    });
    const auto summary = runToEnd(*m_run, 60000);
    ASSERT_TRUE(summary);
    ASSERT_TRUE(resumedAt.isValid()) << "the run was never held";

    EXPECT_EQ(summary->revoked, people);
    for (const QString &name : names)
        ASSERT_EQ(m_emulator->revocationCount(name), 1) << name.toStdString();

    // Nothing new went out during the hold (units in flight when it began are still answered).
    int sentDuringHold = 0;
    QDateTime lastAccepted;
    int acceptedAfter = 0;
    for (const auto &item : batchItems("POST", QStringLiteral("/revokeSignInSessions"))) {
        const QDateTime at = item.request.receivedAt;
        if (at > heldAt.addMSecs(200) && at < resumedAt)
            ++sentDuringHold;
        if (at >= resumedAt && item.status == 200) {
            ++acceptedAfter;
            lastAccepted = at;
        }
    }
    EXPECT_EQ(sentDuringHold, 0);

    // After the hold: the bucket is full again (burst), then refills at the rate.
    const double seconds = double(resumedAt.msecsTo(lastAccepted)) / 1000.0;
    const double allowed = burst + rate * seconds;
    const double ratio = acceptedAfter / allowed;
    std::cout << "[ figures  ] held after " << writesWhenHeld << " writes; after the hold "
              << acceptedAfter << " accepted in " << seconds << " s of " << allowed
              << " allowed (ratio " << ratio << "), estimated rate "
              << m_run->estimatedServiceRate() << "/s\n";
    EXPECT_GE(ratio, 0.85);
    EXPECT_GE(m_run->estimatedServiceRate(), rate * 0.8);
}
