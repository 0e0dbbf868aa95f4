// The tenant's write quota: the token bucket itself (with a hand-stepped clock), then over the
// wire: burst then 429 + Retry-After with the user unchanged, success after waiting, per-item 429s
// when a batch runs the bucket dry, SharePoint's CSOM revoke, reads untouched, and the counters.
#include "BatchTestSupport.h"

#include "cli/EmulatorCommand.h"
#include "emulator/WriteQuota.h"

#include <QElapsedTimer>

#include <ctime>
#include <iostream>

using namespace rc::emu;
using namespace rc::emu::test;

TEST(WriteQuota, BurstThenOneTokenPerInterval)
{
    rc::ManualClock clock;
    WriteQuota quota(clock);
    quota.configure(2, 3);
    int retryAfter = -1;
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(quota.take(&retryAfter)) << i;
    EXPECT_FALSE(quota.take(&retryAfter));
    EXPECT_EQ(retryAfter, 1); // half a second to the next token, rounded up
    clock.advance(500);
    EXPECT_TRUE(quota.take(&retryAfter));
    EXPECT_FALSE(quota.take(&retryAfter));
    clock.advance(10 * 1000); // refills to the burst, not beyond
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(quota.take(&retryAfter)) << i;
    EXPECT_FALSE(quota.take(&retryAfter));
    EXPECT_EQ(quota.accepted(), 7);
    EXPECT_EQ(quota.throttled(), 3);
}

TEST(WriteQuota, RetryAfterIsTheCeilingOfTheWait_AtLeastOneSecond)
{
    rc::ManualClock clock;
    WriteQuota quota(clock);
    quota.configure(0.25, 1);
    int retryAfter = -1;
    EXPECT_TRUE(quota.take(&retryAfter));
    EXPECT_FALSE(quota.take(&retryAfter));
    EXPECT_EQ(retryAfter, 4);
    clock.advance(1100); // 0.275 of a token back: 2.9 s to go
    EXPECT_FALSE(quota.take(&retryAfter));
    EXPECT_EQ(retryAfter, 3);
    clock.advance(3 * 1000); // waiting Retry-After is always enough
    EXPECT_TRUE(quota.take(&retryAfter));

    quota.configure(1000, 1);
    EXPECT_TRUE(quota.take(&retryAfter));
    EXPECT_FALSE(quota.take(&retryAfter));
    EXPECT_EQ(retryAfter, 1);
}

TEST(WriteQuota, OffAdmitsEverything)
{
    rc::ManualClock clock;
    WriteQuota quota(clock);
    EXPECT_FALSE(quota.isEnabled());
    for (int i = 0; i < 1000; ++i)
        EXPECT_TRUE(quota.take(nullptr));
    quota.configure(5, 0); // a burst below one still lets one write through
    EXPECT_TRUE(quota.take(nullptr));
    EXPECT_FALSE(quota.take(nullptr));
    quota.configure(0, 10);
    EXPECT_TRUE(quota.take(nullptr));
    EXPECT_EQ(quota.accepted(), 1002);
    EXPECT_EQ(quota.throttled(), 1);
    quota.resetCounters();
    EXPECT_EQ(quota.accepted(), 0);
}

TEST(WriteQuota, EmulatorCommandReadsRateAndBurst)
{
    double perSecond = 0;
    int burst = 0;
    EXPECT_TRUE(rc::cli::EmulatorCommand::parseWriteQuota(QStringLiteral("50:100"), &perSecond,
                                                          &burst));
    EXPECT_EQ(perSecond, 50);
    EXPECT_EQ(burst, 100);
    EXPECT_TRUE(
            rc::cli::EmulatorCommand::parseWriteQuota(QStringLiteral(" 2.5 "), &perSecond, &burst));
    EXPECT_EQ(perSecond, 2.5);
    EXPECT_EQ(burst, 3);
    for (const char *bad : {"", "0", "-1", "fast", "5:0", "5:x", "5:1:1", "inf", "nan"})
        EXPECT_FALSE(rc::cli::EmulatorCommand::parseWriteQuota(QString::fromLatin1(bad), &perSecond,
                                                               &burst))
                << bad;
}

class EmulatorWriteQuota : public BatchEmulatorTest
{
};

TEST_F(EmulatorWriteQuota, OffByDefault)
{
    for (int i = 0; i < 25; ++i)
        EXPECT_EQ(revoke(contoso("adele.vance")).status, 200) << i;
    EXPECT_EQ(emulator.writesAccepted(), 25);
    EXPECT_EQ(emulator.writesThrottled(), 0);
    EXPECT_EQ(emulator.revocationCount(contoso("adele.vance")), 25);
}

TEST_F(EmulatorWriteQuota, BurstThen429_UserUnchanged_ThenSucceedsAfterRetryAfter)
{
    emulator.setWriteQuota(1, 3);
    for (const char *user : {"adele.vance", "alex.wilber", "lee.gu"})
        EXPECT_EQ(revoke(contoso(user)).status, 200) << user;
    const QString upn = contoso("megan.bowen");
    const QDateTime before = validFrom(upn);
    const Reply throttled = revoke(upn);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.json()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("TooManyRequests"));
    EXPECT_FALSE(throttled.header("request-id").isEmpty());
    const int retryAfter = retryAfterOf(throttled);
    EXPECT_GE(retryAfter, 1);
    EXPECT_EQ(validFrom(upn), before);
    EXPECT_EQ(emulator.revocationCount(upn), 0);
    // Reads are not writes: they pass while the bucket is empty.
    EXPECT_EQ(client.get(graph("/v1.0/users/" + upn.toUtf8()), bearer(adminToken)).status, 200);
    EXPECT_EQ(revoke(upn).status, 429);

    clock.advance(retryAfter * 1000); // what a client does with Retry-After
    EXPECT_EQ(revoke(upn).status, 200);
    EXPECT_NE(validFrom(upn), before);
    EXPECT_EQ(emulator.revocationCount(upn), 1);
    EXPECT_EQ(emulator.writesAccepted(), 4);
    EXPECT_EQ(emulator.writesThrottled(), 2);
    emulator.resetWriteCounters();
    EXPECT_EQ(emulator.writesAccepted(), 0);
    EXPECT_EQ(emulator.revocationCount(upn), 0);
}

TEST_F(EmulatorWriteQuota, BatchRunsTheBucketDry_PerItem429sAndTheEnvelope200)
{
    emulator.setWriteQuota(0.5, 5);
    const QStringList users {QStringLiteral("adele.vance"),     QStringLiteral("alex.wilber"),
                             QStringLiteral("lee.gu"),          QStringLiteral("megan.bowen"),
                             QStringLiteral("diego.siciliani"), QStringLiteral("grady.archie"),
                             QStringLiteral("isaiah.langer"),   QStringLiteral("lynne.robbins")};
    QList<BatchRequest> requests;
    QMap<QString, QDateTime> before;
    for (const QString &user : users) {
        const QString upn = contoso(user.toUtf8().constData());
        before.insert(user, validFrom(upn));
        requests.append(revokeItem(user, upn));
    }
    requests.append(lookupItem(QStringLiteral("read-1"), contoso("adele.vance")));
    requests.append(lookupItem(QStringLiteral("read-2"), contoso("lee.gu")));
    const BatchReply batch = sendBatch(requests);
    ASSERT_EQ(batch.reply.status, 200) << batch.reply.body.toStdString();
    ASSERT_EQ(batch.order.size(), 10);
    EXPECT_EQ(batch.status(QStringLiteral("read-1")), 200);
    EXPECT_EQ(batch.status(QStringLiteral("read-2")), 200);
    int accepted = 0;
    for (const QString &user : users) {
        const QString upn = contoso(user.toUtf8().constData());
        if (batch.status(user) == 200) {
            ++accepted;
            EXPECT_NE(validFrom(upn), before.value(user)) << upn.toStdString();
            EXPECT_EQ(emulator.revocationCount(upn), 1);
            continue;
        }
        EXPECT_EQ(batch.status(user), 429) << upn.toStdString();
        EXPECT_EQ(batch.errorCode(user), QStringLiteral("TooManyRequests"));
        bool ok = false;
        EXPECT_GE(batch.header(user, "Retry-After").toInt(&ok), 2); // 1 token at 0.5 per second
        EXPECT_TRUE(ok);
        EXPECT_EQ(validFrom(upn), before.value(user));
        EXPECT_EQ(emulator.revocationCount(upn), 0);
    }
    EXPECT_EQ(accepted, 5);
    EXPECT_EQ(emulator.writesAccepted(), 5);
    EXPECT_EQ(emulator.writesThrottled(), 3);
    int recorded429 = 0;
    for (const EmulatedBatchItem &item : emulator.batchItems())
        recorded429 += item.status == 429 ? 1 : 0;
    EXPECT_EQ(recorded429, 3);
}

TEST_F(EmulatorWriteQuota, SharePointCsomRevokeIsAWriteToo)
{
    const QByteArray token = spoToken(contoso("admin"));
    emulator.setWriteQuota(1, 2);
    const auto processQuery = [&](const char *user) {
        return client.send("POST", sharePoint("/_vti_bin/client.svc/ProcessQuery"),
                           bearer(token, {{"Content-Type", "text/xml"}}),
                           csomRevokeXml(contoso(user)));
    };
    const Reply first = processQuery("adele.vance");
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.array().at(6)[QLatin1String("State")].toInt(), 4);
    EXPECT_EQ(emulator.revocationCount(contoso("adele.vance"), Service::SharePoint), 1);
    // One bucket per tenant: a Graph revoke takes the last token.
    EXPECT_EQ(revoke(contoso("lee.gu")).status, 200);
    const QDateTime before = validFrom(contoso("alex.wilber"));
    const Reply throttled = processQuery("alex.wilber");
    EXPECT_EQ(throttled.status, 429);
    EXPECT_GE(retryAfterOf(throttled), 1);
    EXPECT_FALSE(throttled.header("sprequestguid").isEmpty());
    EXPECT_EQ(validFrom(contoso("alex.wilber")), before);
    EXPECT_EQ(emulator.revocationCount(contoso("alex.wilber"), Service::SharePoint), 0);
    EXPECT_EQ(emulator.writesAccepted(), 2);
    EXPECT_EQ(emulator.writesThrottled(), 1);
}

TEST_F(EmulatorWriteQuota, TenThousandUsers_EachRevokedOnceInBatches)
{
    // The bulk shape: 10,000 extra users, revoked 20 per $batch with the quota off.
    QStringList upns;
    for (int i = 0; i < 10000; ++i) {
        DemoUser user;
        user.userPrincipalName
                = QStringLiteral("bulk%1@contoso.onmicrosoft.com").arg(i, 5, 10, QLatin1Char('0'));
        user.displayName = QStringLiteral("Bulk User %1").arg(i);
        user.createdDateTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        upns.append(emulator.tenant().addUser(user).userPrincipalName);
    }
    QElapsedTimer wall;
    wall.start();
    const std::clock_t cpuStart = std::clock();
    for (qsizetype start = 0; start < upns.size(); start += 20) {
        QList<BatchRequest> requests;
        for (qsizetype i = start; i < start + 20; ++i)
            requests.append(revokeItem(QString::number(i - start + 1), upns.at(i)));
        const BatchReply batch = sendBatch(requests);
        ASSERT_EQ(batch.order.size(), 20) << batch.reply.body.toStdString();
    }
    // Client and emulator share this thread: the CPU time bounds what the emulator costs.
    const qint64 cpuMs = (std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    RecordProperty("wall_ms", static_cast<int>(wall.elapsed()));
    RecordProperty("cpu_ms", static_cast<int>(cpuMs));
    std::cout << "10000 revocations in 500 batches: " << wall.elapsed() << " ms wall, " << cpuMs
              << " ms CPU (client and emulator)\n";
    EXPECT_EQ(emulator.writesAccepted(), 10000);
    for (const QString &upn : std::as_const(upns))
        ASSERT_EQ(emulator.revocationCount(upn), 1) << upn.toStdString();
}
