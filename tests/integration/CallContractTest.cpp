// What every asynchronous call promises: its callback runs exactly once, or never after cancel(),
// after its context died, or after the connection that made it was torn down.
#include "audit/AuditLog.h"
#include "revocation/RevokeFlow.h"
#include "support/EmulatorFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;

namespace {

class CallContract : public EmulatorFixture
{
protected:
    void slowGraph(int ms)
    {
        m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users/"),
                                 emu::Fault::latency(ms));
    }
    bool graphReceived(const QString &pathContains)
    {
        return waitFor(
                [&] { return !requestsTo(emu::Service::Graph, "GET", pathContains).isEmpty(); });
    }
};

} // namespace

TEST_F(CallContract, CancelledCallNeverAnswers)
{
    slowGraph(400);
    int answers = 0;
    const Call call = m_connection->graph().getUser(upn("adele.vance"), &m_context,
                                                    [&](Result<User>) { ++answers; });
    ASSERT_TRUE(graphReceived(QStringLiteral("adele.vance")));
    call.cancel();
    EXPECT_FALSE(waitFor([&] { return answers > 0; }, 900)); // the delayed answer is dropped
    EXPECT_EQ(answers, 0);
}

TEST_F(CallContract, DeadContextNeverHearsTheAnswer)
{
    slowGraph(300);
    int answers = 0;
    auto context = std::make_unique<QObject>();
    m_connection->graph().getUser(upn("adele.vance"), context.get(),
                                  [&](Result<User>) { ++answers; });
    ASSERT_TRUE(graphReceived(QStringLiteral("adele.vance")));
    context.reset();
    EXPECT_FALSE(waitFor([&] { return answers > 0; }, 800));
}

TEST_F(CallContract, AnswersExactlyOnce)
{
    int answers = 0;
    m_connection->graph().getUser(upn("adele.vance"), &m_context, [&](Result<User> r) {
        EXPECT_TRUE(r.ok());
        ++answers;
    });
    ASSERT_TRUE(waitFor([&] { return answers > 0; }));
    EXPECT_FALSE(waitFor([&] { return answers > 1; }, 300));
    EXPECT_EQ(answers, 1);
}

TEST_F(CallContract, ConnectionTornDownDuringARetryWaitCallsNothing)
{
    emu::Fault throttle = emu::Fault::httpStatus(429, 1);
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users/"), throttle);
    int answers = 0;
    m_connection->graph().getUser(upn("adele.vance"), &m_context, [&](Result<User>) { ++answers; });
    ASSERT_TRUE(graphReceived(QStringLiteral("adele.vance"))); // the 429 is in; a retry is pending
    ASSERT_TRUE(waitFor([&] {
        return m_emulator->faults().remaining(emu::Service::Graph, QStringLiteral("/users/")) == 0;
    }));
    m_connection.reset();
    EXPECT_FALSE(waitFor([&] { return answers > 0; }, 1500));
    EXPECT_EQ(requestsTo(emu::Service::Graph, "GET", QStringLiteral("adele.vance")).size(), 1);
}

TEST_F(CallContract, CachedTokenAnswerIsDroppedWithTheConnection)
{
    int answers = 0;
    m_connection->session().accessToken(Resource::Graph, &m_context,
                                        [&](Result<TokenPtr>) { ++answers; });
    m_connection.reset(); // before the event loop turns
    EXPECT_FALSE(waitFor([&] { return answers > 0; }, 200));
}

namespace {
class DeviceCodeFlow : public EmulatorFixture
{
protected:
    ServiceError signInExpectingFailure(const std::function<void(const QString &userCode)> &onCode)
    {
        m_emulator->setAutoApproveAs(QString());
        auto connection = connect();
        std::optional<ServiceError> failure;
        QObject scope;
        QObject::connect(&connection->session(), &SignInSession::deviceCodeIssued, &scope,
                         [&](const QString &code, const QUrl &, const QString &) { onCode(code); });
        QObject::connect(&connection->session(), &SignInSession::signInFailed, &scope,
                         [&](const ServiceError &e) { failure = e; });
        connection->session().signInWithDeviceCode();
        EXPECT_TRUE(waitSkippingWaits([&] { return failure.has_value(); }));
        EXPECT_FALSE(connection->session().isSignedIn());
        return failure.value_or(ServiceError {});
    }
};
} // namespace

TEST_F(DeviceCodeFlow, DeclinedCodeEndsWithAClearMessage)
{
    const ServiceError e = signInExpectingFailure(
            [&](const QString &code) { m_emulator->declineDeviceCode(code); });
    EXPECT_EQ(e.kind, ServiceError::Kind::SignIn);
    EXPECT_TRUE(e.message.contains(QStringLiteral("declined"))) << e.message.toStdString();
}

TEST_F(DeviceCodeFlow, ExpiredCodeEndsWithAClearMessage)
{
    m_emulator->setDeviceCodeLifetimeSeconds(2);
    const ServiceError e = signInExpectingFailure([](const QString &) {});
    EXPECT_EQ(e.kind, ServiceError::Kind::SignIn);
    EXPECT_TRUE(e.message.contains(QStringLiteral("expired"))) << e.message.toStdString();
}

TEST_F(DeviceCodeFlow, PendingCodeIsPolledUntilApproved)
{
    m_emulator->setAutoApproveAs(QString());
    auto connection = connect();
    bool signedIn = false;
    QString code;
    QObject scope;
    QObject::connect(&connection->session(), &SignInSession::deviceCodeIssued, &scope,
                     [&](const QString &c, const QUrl &, const QString &message) {
                         code = c;
                         EXPECT_TRUE(message.contains(c));
                     });
    QObject::connect(&connection->session(), &SignInSession::signedIn, &scope,
                     [&] { signedIn = true; });
    connection->session().signInWithDeviceCode();
    const auto polls = [&] {
        int n = 0;
        for (const auto &r : requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token")))
            n += r.body.contains("device_code") ? 1 : 0;
        return n;
    };
    const int before = polls();
    ASSERT_TRUE(waitSkippingWaits([&] { return polls() >= before + 2; })); // still pending, polling
    EXPECT_FALSE(signedIn);
    ASSERT_TRUE(m_emulator->approveDeviceCode(code, upn("admin")));
    ASSERT_TRUE(waitSkippingWaits([&] { return signedIn; }));
    EXPECT_EQ(connection->session().account(), upn("admin"));
}

namespace {
class AuditedFlow : public EmulatorFixture
{
};
} // namespace

TEST_F(AuditedFlow, OutcomeThatCannotBeRecordedIsReportedNotSwallowed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    auto log = AuditLog::open(path);
    ASSERT_TRUE(log.ok());
    {
        // The disk takes the Started row, then refuses the outcome row.
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral(
                "CREATE TRIGGER refuse_outcomes BEFORE INSERT ON audit WHEN "
                "NEW.outcome != 'Started' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    m_connection->setAuditLog(log.value().get());
    const std::optional<User> user = lookUp(upn("adele.vance"));
    ASSERT_TRUE(user.has_value());
    RevokeFlow &flow = m_connection->flow();
    flow.setUser(user);
    bool finished = false;
    QObject scope;
    QObject::connect(&flow, &RevokeFlow::finished, &scope, [&] { finished = true; });
    flow.run();
    ASSERT_TRUE(waitFor([&] { return finished; }));
    EXPECT_EQ(flow.lastOutcome()->kind, RevocationOutcome::Kind::NonInstantaneousSuccess);
    ASSERT_TRUE(flow.auditError().has_value());
    EXPECT_TRUE(flow.auditError()->message.contains(QStringLiteral("cannot be written")));
    EXPECT_EQ(log.value()->records().value().size(), 1); // the Started row only
}
