// The audit log's batched append for bulk runs: a batch is in the log as a whole, read back like
// single rows, and ten thousand people (a Started and an outcome row each, 20 to a transaction)
// take seconds, not the minutes one fsync per row would.
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "support/QtPrinters.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <iostream>

using namespace rc;

namespace {

RevokeTarget target(int i)
{
    User u;
    u.id = QStringLiteral("id-%1").arg(i);
    u.userPrincipalName = QStringLiteral("p%1@contoso.com").arg(i);
    return {u.userPrincipalName, Channel::Entra, u, {}};
}

} // namespace

TEST(AuditBatch, StartedAndOutcomeRowsOfABatchLinkAndCarryTheReason)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    ASSERT_TRUE(log.ok());
    AuditTrail trail(*log.value(), QStringLiteral("contoso.onmicrosoft.com"));
    trail.setOperator(QStringLiteral("admin@contoso.com"));
    trail.setReason(QStringLiteral("INC-9"));
    const auto operations = trail.startedAll({target(1), target(2)});
    ASSERT_TRUE(operations.ok());
    ASSERT_EQ(operations.value().size(), 2);
    EXPECT_NE(operations.value().at(0), operations.value().at(1));
    RevocationOutcome o;
    o.kind = RevocationOutcome::Kind::NonInstantaneousSuccess;
    o.user = QStringLiteral("p1@contoso.com");
    RevocationOutcome guest;
    guest.kind = RevocationOutcome::Kind::GuestNotApplicable;
    guest.user = QStringLiteral("g@contoso.com");
    ASSERT_TRUE(trail.finishedAll({o, guest}, {operations.value().at(0)}).ok());
    const auto rows = log.value()->records();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 4);
    for (const AuditRecord &r : rows.value())
        EXPECT_EQ(r.reason, QStringLiteral("INC-9"));
    EXPECT_EQ(rows.value().at(1).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(rows.value().at(1).operation, operations.value().at(0)); // linked to its Started
    EXPECT_EQ(rows.value().at(0).outcome, QStringLiteral("GuestNotApplicable"));
    EXPECT_NE(rows.value().at(0).operation, operations.value().at(1)); // had no Started row
}

TEST(AuditBatch, TenThousandPeopleTwentyToATransactionStayFast)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    ASSERT_TRUE(log.ok());
    AuditTrail trail(*log.value(), QStringLiteral("contoso.onmicrosoft.com"));
    QElapsedTimer timer;
    timer.start();
    for (int batch = 0; batch < 500; ++batch) {
        QList<RevokeTarget> targets;
        QList<RevocationOutcome> outcomes;
        for (int i = 0; i < 20; ++i) {
            targets.append(target(batch * 20 + i));
            RevocationOutcome o;
            o.kind = RevocationOutcome::Kind::NonInstantaneousSuccess;
            o.user = targets.last().typedUser;
            outcomes.append(o);
        }
        const auto operations = trail.startedAll(targets);
        ASSERT_TRUE(operations.ok());
        ASSERT_TRUE(trail.finishedAll(outcomes, operations.value()).ok());
    }
    const qint64 ms = timer.elapsed();
    std::cout << "[ figures  ] 20,000 audit rows for 10,000 people in 1,000 transactions: " << ms
              << " ms\n";
    AuditQuery all;
    all.limit = 30000;
    EXPECT_EQ(log.value()->records(all).value().size(), 20000);
    EXPECT_LT(ms, 30000);
}
