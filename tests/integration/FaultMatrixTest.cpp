// Every fault the emulator can inject on the revoking request, on both channels: what the person is
// told, the exit code the CLI would give, how many attempts reached the service, and the audit row.
#include "audit/AuditTrail.h"
#include "cli/ExitCode.h"
#include "revocation/RevokeFlow.h"
#include "revocation/StatusMessage.h"
#include "support/EmulatorFixture.h"

#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;
using K = RevocationOutcome::Kind;

namespace {

struct FaultCase
{
    const char *name;
    emu::Fault fault;
    K kind;
    int exitCode;
    // Revoking requests the service saw. A reset before any answer is resent once by Qt itself
    // (it takes it for a stale keep-alive connection); revocation is idempotent, so that is safe.
    int attempts;
    const char *says; // part of what the person reads (headline or details)
};

QList<FaultCase> faultCases()
{
    emu::Fault latency = emu::Fault::latency(3000, -1);
    return {
            {"429 with Retry-After, never ending", emu::Fault::httpStatus(429, 1, -1),
             K::NetworkFailure, 8, 3, "throttling"},
            {"503 without Retry-After", emu::Fault::httpStatus(503, -1, -1), K::NetworkFailure, 8,
             3, "did not recover"},
            {"429 once, then fine", emu::Fault::httpStatus(429, 1, 1), K::NonInstantaneousSuccess,
             0, 2, "from all devices"},
            {"connection reset", emu::Fault::ofKind(emu::Fault::Kind::Reset, -1), K::NetworkFailure,
             8, 2, "closed the connection"},
            {"malformed body", emu::Fault::ofKind(emu::Fault::Kind::MalformedBody, -1), K::Failure,
             5, 1, "could not be read"},
            {"token expired, even after a refresh",
             emu::Fault::ofKind(emu::Fault::Kind::ExpiredToken, -1), K::SignInFailed, 7, 2,
             "Sign in again"},
            {"redirect to another host",
             emu::Fault::ofKind(emu::Fault::Kind::RedirectToOtherHost, -1), K::Failure, 5, 1,
             "was not followed"},
            {"no answer within the timeout", latency, K::NetworkFailure, 8, 1, "did not answer"},
    };
}

class FaultMatrix : public EmulatorFixture
{
protected:
    RevocationOutcome run(Channel channel, const FaultCase &c, AuditLog &log)
    {
        m_connection->setAuditLog(&log);
        m_connection->caller().setRetryPolicy(RetryPolicy {3, 5, 10, 100});
        m_connection->http().setDefaultTimeoutMs(1000);
        const std::optional<User> user = lookUp(upn("adele.vance"));
        const bool sharePoint = channel == Channel::SharePoint;
        m_emulator->faults().add(sharePoint ? emu::Service::SharePoint : emu::Service::Graph,
                                 sharePoint ? QStringLiteral("ProcessQuery")
                                            : QStringLiteral("revokeSignInSessions"),
                                 c.fault);
        m_emulator->clearRequests();
        RevokeFlow &flow = m_connection->flow();
        flow.setChannel(channel);
        flow.setUser(user);
        flow.setReason(QString::fromUtf8(c.name));
        std::optional<RevocationOutcome> outcome;
        QObject scope;
        QObject::connect(&flow, &RevokeFlow::finished, &scope,
                         [&](const RevocationOutcome &o) { outcome = o; });
        flow.run();
        EXPECT_TRUE(waitFor([&] { return outcome.has_value(); }, 30000));
        m_emulator->faults().clear();
        return outcome.value_or(RevocationOutcome {});
    }

    int revokingRequests(Channel channel) const
    {
        return channel == Channel::SharePoint
                ? requestsTo(emu::Service::SharePoint, "POST", QStringLiteral("ProcessQuery"))
                          .size()
                : requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions"))
                          .size();
    }
};

} // namespace

TEST_F(FaultMatrix, EachFaultOnEachChannelEndsClearlyAndIsOnRecord)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    ASSERT_TRUE(log.ok());
    for (const Channel channel : {Channel::Entra, Channel::SharePoint}) {
        for (const FaultCase &c : faultCases()) {
            const std::string label = channelName(channel).toStdString() + ": " + c.name;
            const RevocationOutcome o = run(channel, c, *log.value());
            // The SharePoint operation answers InstantaneousSuccess for this user.
            const K expected
                    = channel == Channel::SharePoint && c.kind == K::NonInstantaneousSuccess
                    ? K::InstantaneousSuccess
                    : c.kind;
            EXPECT_EQ(outcomeName(o.kind), outcomeName(expected)) << label;
            EXPECT_EQ(cli::processExitCode(cli::exitCodeFor(o.kind)), c.exitCode) << label;
            EXPECT_EQ(revokingRequests(channel), c.attempts) << label;
            const StatusMessage m = StatusMessage::describe(o);
            const QString said = (QStringList {m.text} + m.details).join(QLatin1Char(' '));
            EXPECT_TRUE(said.contains(QString::fromUtf8(c.says), Qt::CaseInsensitive))
                    << label << ": " << said.toStdString();

            AuditQuery query;
            query.text = QString::fromUtf8(c.name);
            const auto rows = log.value()->records(query);
            ASSERT_TRUE(rows.ok());
            const auto mine = [&] {
                QList<AuditRecord> list;
                for (const AuditRecord &r : rows.value())
                    if (r.channel == channelName(channel))
                        list << r;
                return list;
            }();
            ASSERT_EQ(mine.size(), 2) << label;
            EXPECT_EQ(mine.at(0).outcome, outcomeName(o.kind)) << label;
            EXPECT_EQ(mine.at(1).outcome, AuditRecord::Started) << label;
            EXPECT_EQ(mine.at(0).operation, mine.at(1).operation) << label;
        }
    }
}
