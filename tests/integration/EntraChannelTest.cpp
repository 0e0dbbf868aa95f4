// The default channel against the emulator: revoke, and prove it by reading the timestamp again.
#include "cli/ExitCode.h"
#include "emulator/DemoTenant.h"
#include "revocation/StatusMessage.h"
#include "support/EmulatorFixture.h"

using namespace rc;
using namespace rc::test;
using K = RevocationOutcome::Kind;

namespace {
class EntraChannel : public EmulatorFixture
{
};
} // namespace

TEST_F(EntraChannel, RevocationIsVerifiedByTheTimestampMoving)
{
    const QString user = upn("adele.vance");
    const QDateTime before = m_emulator->tenant().find(user)->signInSessionsValidFrom;
    const RevocationOutcome o = revoke(user, Channel::Entra);
    ASSERT_EQ(o.kind, K::NonInstantaneousSuccess) << StatusMessage::describe(o).text.toStdString();
    EXPECT_TRUE(o.verified);
    EXPECT_EQ(o.sessionsValidFromBefore, before);
    EXPECT_GT(o.sessionsValidFromAfter, before);
    EXPECT_EQ(o.sessionsValidFromAfter, m_emulator->tenant().find(user)->signInSessionsValidFrom);
    EXPECT_FALSE(o.correlationId.isEmpty());
    const StatusMessage m = StatusMessage::describe(o);
    EXPECT_EQ(
            m.text,
            QStringLiteral("It can take up to an hour to sign out %1 from all devices.").arg(user));
    EXPECT_EQ(m.details.at(0),
              QStringLiteral("Verified: sessions valid from %1.")
                      .arg(formatUtc(o.sessionsValidFromAfter)));

    // read, revoke (by object id), read again
    const QString id = m_emulator->tenant().find(user)->id;
    const auto revokes
            = requestsTo(emu::Service::Graph, "POST", QStringLiteral("/revokeSignInSessions"));
    ASSERT_EQ(revokes.size(), 1);
    EXPECT_EQ(QUrl::fromPercentEncoding(revokes.at(0).path.toUtf8()),
              QStringLiteral("/v1.0/users/%1/revokeSignInSessions").arg(id));
    EXPECT_FALSE(revokes.at(0).header("client-request-id").isEmpty());
    EXPECT_GE(requestsTo(emu::Service::Graph, "GET", id).size(), 2);
}

TEST_F(EntraChannel, AcceptedButUnchangedIsNotConfirmed)
{
    const QString user = upn("nestor.wilke"); // the emulator answers 200 and changes nothing
    const RevocationOutcome o = revoke(user, Channel::Entra);
    EXPECT_EQ(o.kind, K::NotConfirmed);
    EXPECT_FALSE(o.verified);
    EXPECT_EQ(o.sessionsValidFromAfter, o.sessionsValidFromBefore);
    EXPECT_FALSE(o.isSuccess());
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::Failure);
    EXPECT_EQ(
            requestsTo(emu::Service::Graph, "POST", QStringLiteral("/revokeSignInSessions")).size(),
            1);
}

TEST_F(EntraChannel, GuestByExtUpnIsRefusedBeforeAnyGraphRequest)
{
    m_emulator->clearRequests();
    const QString guest = QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain;
    const RevocationOutcome o = revoke(guest, Channel::Entra);
    EXPECT_EQ(o.kind, K::GuestNotApplicable);
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::GuestNotApplicable);
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Graph).isEmpty());
}

TEST_F(EntraChannel, GuestWithAMemberLookingUpnIsRefusedAfterTheLookup)
{
    emu::DemoUser guest = *m_emulator->tenant().find(upn("adele.vance"));
    guest.id = QStringLiteral("9d1a7c55-0000-4000-8000-00000000abcd");
    guest.userPrincipalName = upn("visitor");
    guest.userType = QStringLiteral("Guest");
    m_emulator->tenant().addUser(guest);
    const RevocationOutcome o = revoke(guest.userPrincipalName, Channel::Entra);
    EXPECT_EQ(o.kind, K::GuestNotApplicable);
    EXPECT_EQ(requestsTo(emu::Service::Graph, "GET", QStringLiteral("/users/")).size(), 1);
    EXPECT_TRUE(requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions"))
                        .isEmpty());
}

TEST_F(EntraChannel, PreviewSendsNoRevokingRequest)
{
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra, /*preview=*/true);
    EXPECT_EQ(o.kind, K::Preview);
    EXPECT_EQ(o.displayName, m_emulator->tenant().find(upn("adele.vance"))->displayName);
    EXPECT_TRUE(requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions"))
                        .isEmpty());
}

TEST_F(EntraChannel, UnknownUserIsTheCmdletsNotFound)
{
    const RevocationOutcome o = revoke(upn("nobody.here"), Channel::Entra);
    EXPECT_EQ(o.kind, K::UserNotFound);
    EXPECT_EQ(StatusMessage::describe(o).text,
              QStringLiteral("We couldn't find the %1. Check for typos and try again.")
                      .arg(upn("nobody.here")));
    EXPECT_FALSE(o.correlationId.isEmpty());
}

// Who may revoke whom (Helpdesk Administrators included) is in WhoMayRevokeTest.cpp.

TEST_F(EntraChannel, ExpiredTokenIsRefreshedOnceAndTheRevocationGoesThrough)
{
    m_emulator->expireAccessTokens();
    const int tokenRequestsBefore
            = requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token")).size();
    const RevocationOutcome o = revoke(upn("alex.wilber"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NonInstantaneousSuccess);
    EXPECT_EQ(requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token")).size(),
              tokenRequestsBefore + 1);
}

TEST_F(EntraChannel, RevokedRefreshTokenEndsInSignInFailed)
{
    m_emulator->expireAccessTokens();
    m_emulator->revokeRefreshTokens();
    const RevocationOutcome o = revoke(upn("alex.wilber"), Channel::Entra);
    EXPECT_EQ(o.kind, K::SignInFailed);
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::SignInFailed);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_TRUE(o.error->message.contains(QStringLiteral("Sign in again")));
    EXPECT_TRUE(requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions"))
                        .isEmpty());
}

TEST_F(EntraChannel, CrossHostRedirectIsNotFollowedWithTheToken)
{
    emu::Fault fault;
    fault.kind = emu::Fault::Kind::RedirectToOtherHost;
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users/"), fault);
    m_emulator->clearRequests();
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::Failure);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->kind, ServiceError::Kind::Redirect);
    for (const auto &r : m_emulator->requestsTo(emu::Service::Identity))
        EXPECT_TRUE(r.header("authorization").isEmpty()) << r.path.toStdString();
    EXPECT_TRUE(requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions"))
                        .isEmpty());
}

TEST_F(EntraChannel, ThrottlingIsRetriedAfterRetryAfter)
{
    emu::Fault fault;
    fault.kind = emu::Fault::Kind::Status;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    fault.times = 1;
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("revokeSignInSessions"), fault);
    QList<int> waits;
    QObject scope;
    QObject::connect(
            m_connection.get(), &TenantConnection::retrying, &scope,
            [&](int seconds, const ServiceError &cause) {
                waits << seconds;
                EXPECT_EQ(cause.httpStatus, 429);
                EXPECT_EQ(StatusMessage::retrying(seconds, cause).text,
                          QStringLiteral("Microsoft 365 is throttling requests, retrying in 1 s."));
            });
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NonInstantaneousSuccess);
    EXPECT_EQ(
            requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions")).size(),
            2);
    EXPECT_EQ(waits, QList<int> {1}); // the banner and the CLI were told, once, for 1 s
}

TEST_F(EntraChannel, DeadServiceIsANetworkFailure)
{
    auto connection = connect();
    signIn(*connection);
    m_connection = std::move(connection);
    m_emulator.reset(); // every listener gone
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NetworkFailure);
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::NetworkFailure);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_TRUE(o.error->message.contains(QStringLiteral("127.0.0.1")));
}

TEST_F(EntraChannel, TokenRefusedEvenAfterARefreshIsASignInFailure)
{
    emu::Fault fault;
    fault.kind = emu::Fault::Kind::ExpiredToken;
    fault.times = -1;
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users/"), fault);
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::SignInFailed);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->httpStatus, 401);
    EXPECT_EQ(o.error->serviceCode, QStringLiteral("InvalidAuthenticationToken"));
    EXPECT_TRUE(o.error->message.contains(QStringLiteral("Sign in again")));
    // One try, one refresh, one retry: never a loop.
    EXPECT_EQ(requestsTo(emu::Service::Graph, "GET", QStringLiteral("/users/")).size(), 2);
}

TEST_F(EntraChannel, SlowServiceTimesOutWithAClearMessage)
{
    m_connection->http().setDefaultTimeoutMs(300);
    emu::Fault fault;
    fault.kind = emu::Fault::Kind::Latency;
    fault.latencyMs = 2000;
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users/"), fault);
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NetworkFailure);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_TRUE(o.error->message.contains(QStringLiteral("did not answer")))
            << o.error->message.toStdString();
}
