// The audit log's batched append for bulk runs: a batch is in the log as a whole, read back like
// single rows, and ten thousand people (a Started and an outcome row each, 20 to a transaction)
// take seconds, not the minutes one fsync per row would.
#include "audit/AuditLog.h"
#include "audit/AuditedAction.h"
#include "revocation/RevocationAudit.h"
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

QList<AuditRecord> subjects(const QList<RevokeTarget> &targets)
{
    QList<AuditRecord> rows;
    for (const RevokeTarget &t : targets)
        rows.append(revocationAudit::subject(t));
    return rows;
}

QList<AuditRecord> outcomeRows(const QList<RevocationOutcome> &outcomes)
{
    QList<AuditRecord> rows;
    for (const RevocationOutcome &o : outcomes)
        rows.append(revocationAudit::outcome(o));
    return rows;
}

} // namespace

TEST(AuditBatch, StartedAndOutcomeRowsOfABatchLinkAndCarryTheReason)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    ASSERT_TRUE(log.ok());
    const auto trail
            = AuditTrail::over(log.value().get(), QStringLiteral("contoso.onmicrosoft.com"),
                               QStringLiteral("admin@contoso.com"), QStringLiteral("INC-9"));
    AuditedAction batch(trail.get(), subjects({target(1), target(2)}));
    ASSERT_TRUE(batch.start().ok());
    const QStringList operations = batch.operations();
    ASSERT_EQ(operations.size(), 2);
    EXPECT_NE(operations.at(0), operations.at(1));
    RevocationOutcome o;
    o.kind = RevocationOutcome::Kind::NonInstantaneousSuccess;
    o.user = QStringLiteral("p1@contoso.com");
    RevocationOutcome guest;
    guest.kind = RevocationOutcome::Kind::GuestNotApplicable;
    guest.user = QStringLiteral("g@contoso.com");
    // p1 answered (linked to its Started row); the guest ended at the review, with no Started row.
    ASSERT_TRUE(AuditedAction(trail.get(), subjects({target(1), {}}), {operations.at(0)})
                        .finish(outcomeRows({o, guest}))
                        .ok());
    const auto rows = log.value()->records();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 4);
    for (const AuditRecord &r : rows.value())
        EXPECT_EQ(r.reason, QStringLiteral("INC-9"));
    EXPECT_EQ(rows.value().at(1).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(rows.value().at(1).operation, operations.at(0)); // linked to its Started
    EXPECT_EQ(rows.value().at(0).outcome, QStringLiteral("GuestNotApplicable"));
    EXPECT_NE(rows.value().at(0).operation, operations.at(1)); // had no Started row
}

TEST(AuditBatch, TenThousandPeopleTwentyToATransactionStayFast)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    ASSERT_TRUE(log.ok());
    const auto trail
            = AuditTrail::over(log.value().get(), QStringLiteral("contoso.onmicrosoft.com"));
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
        AuditedAction unit(trail.get(), subjects(targets));
        ASSERT_TRUE(unit.start().ok());
        ASSERT_TRUE(unit.finish(outcomeRows(outcomes)).ok());
    }
    const qint64 ms = timer.elapsed();
    std::cout << "[ figures  ] 20,000 audit rows for 10,000 people in 1,000 transactions: " << ms
              << " ms\n";
    AuditQuery all;
    all.limit = 30000;
    EXPECT_EQ(log.value()->records(all).value().size(), 20000);
    EXPECT_LT(ms, 30000);
}
