// Who may revoke whom, against the emulator that holds Microsoft's rules: a Helpdesk
// Administrator signs members out (verified), is stopped before anything is sent for an
// administrator (the message names who can), and when roles cannot be read the service decides.
// Sign-in asks for the named Graph permissions, and reads what the token was granted.
#include "auth/CertificateCredential.h"
#include "cli/ExitCode.h"
#include "directory/RoleTemplates.h"
#include "emulator/FormFields.h"
#include "revocation/RevokeFlow.h"
#include "revocation/StatusMessage.h"
#include "support/EmulatorFixture.h"
#include "support/TestCertificate.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace rc;
using namespace rc::test;
using K = RevocationOutcome::Kind;

namespace {

class WhoMayRevoke : public EmulatorFixture
{
protected:
    void signInAs(const char *name)
    {
        auto connection = connect();
        signIn(*connection, upn(name));
        m_connection = std::move(connection);
    }
    void makeAdmin(const char *name)
    {
        m_emulator->tenant().find(upn(name))->roleTemplateIds
                = {QString::fromLatin1(RoleTemplates::ExchangeAdministrator)};
    }
    // The tenant consented to everything but AuditLog.Read.All for the public client.
    void signInWithoutAuditLogConsent(const char *name)
    {
        m_emulator->setConsentedPermissions(QString::fromLatin1(emu::DemoTenant::DefaultClientId),
                                            {QStringLiteral("User.Read"),
                                             QStringLiteral("User.Read.All"),
                                             QStringLiteral("User.RevokeSessions.All")});
        signInAs(name);
    }
    void expectLastSignInNeedsAuditLog(RevokeFlow &flow, const QString &user)
    {
        flow.setUser(lookUp(user));
        ASSERT_TRUE(waitFor([&] {
            return flow.lastSignIn().state == RevokeFlow::LastSignIn::State::NotAvailable;
        }));
        EXPECT_EQ(flow.lastSignIn().why, QStringLiteral("Not available (needs AuditLog.Read.All)"));
    }
    int revokesSent() const
    {
        return int(requestsTo(emu::Service::Graph, "POST", QStringLiteral("/revokeSignInSessions"))
                           .size());
    }
};

const QString NamedScopes = QStringLiteral("/User.RevokeSessions.All %1/User.Read.All "
                                           "offline_access openid profile");

} // namespace

TEST_F(WhoMayRevoke, HelpdeskAdministrator_RevokesAMember_Verified)
{
    signInAs("helpdesk");
    ASSERT_TRUE(m_connection->admin().roles().holds(RoleTemplates::HelpdeskAdministrator));
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    ASSERT_EQ(o.kind, K::NonInstantaneousSuccess) << StatusMessage::describe(o).text.toStdString();
    EXPECT_TRUE(o.verified);
    EXPECT_EQ(revokesSent(), 1);
}

TEST_F(WhoMayRevoke, HelpdeskAdministrator_IsStoppedBeforeSendingForAnAdmin)
{
    makeAdmin("lee.gu");
    signInAs("helpdesk");
    m_emulator->clearRequests();
    const RevocationOutcome o = revoke(upn("lee.gu"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NotPermitted);
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::Failure);
    EXPECT_EQ(revokesSent(), 0) << "a predicted refusal sends nothing";
    // The target's roles were read, as an advanced query.
    const auto roles
            = requestsTo(emu::Service::Graph, "GET",
                         QStringLiteral("/transitiveMemberOf/microsoft.graph.directoryRole"));
    ASSERT_EQ(roles.size(), 1);
    EXPECT_EQ(roles.at(0).header("consistencylevel"), QByteArray("eventual"));
    EXPECT_EQ(roles.at(0).queryValue(QStringLiteral("$count")), QStringLiteral("true"));
    const StatusMessage m = StatusMessage::describe(o);
    EXPECT_EQ(m.text,
              QStringLiteral("Sorry, something went wrong and we couldn't sign out %1 "
                             "from any device.")
                      .arg(upn("lee.gu")));
    const QString details = m.details.join(QLatin1Char(' '));
    EXPECT_TRUE(details.contains(
            QLatin1String("Privileged Authentication Administrator or Global Administrator")))
            << details.toStdString();
    EXPECT_TRUE(details.contains(QLatin1String("Exchange Administrator"))) << details.toStdString();
}

TEST_F(WhoMayRevoke, PrivilegedAuthenticationAdministrator_RevokesAnAdmin)
{
    makeAdmin("lee.gu");
    m_emulator->tenant().find(upn("useradmin"))->roleTemplateIds
            = {QString::fromLatin1(RoleTemplates::PrivilegedAuthenticationAdministrator)};
    signInAs("useradmin");
    const RevocationOutcome o = revoke(upn("lee.gu"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NonInstantaneousSuccess) << StatusMessage::describe(o).text.toStdString();
}

// Without a built-in role that may revoke, a custom or administrative-unit role might still
// allow it: the request goes out and the service's 403 is shown with the roles that can.
TEST_F(WhoMayRevoke, NoBuiltInRoleThatMayRevoke_TheServiceDecides)
{
    signInAs("spadmin"); // SharePoint Administrator only
    m_emulator->clearRequests();
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::PermissionDenied);
    EXPECT_EQ(revokesSent(), 1);
    const QString details = StatusMessage::describe(o).details.join(QLatin1Char(' '));
    EXPECT_TRUE(details.contains(QLatin1String("Helpdesk Administrator"))) << details.toStdString();
    // The same person may use the SharePoint channel.
    EXPECT_NE(revoke(upn("adele.vance"), Channel::SharePoint).kind, K::NotPermitted);
}

// When the operator's roles cannot be read, nothing is guessed: the request goes out and the
// service's 403 is shown with what it takes.
TEST_F(WhoMayRevoke, UnreadableRoles_TheServiceDecides)
{
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/me/transitiveMemberOf"),
                             emu::Fault::httpStatus(403));
    signInAs("spadmin");
    EXPECT_FALSE(m_connection->admin().roles().isKnown());
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::PermissionDenied);
    EXPECT_EQ(revokesSent(), 1);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->serviceCode, QStringLiteral("Authorization_RequestDenied"));
    const QString details = StatusMessage::describe(o).details.join(QLatin1Char(' '));
    EXPECT_TRUE(details.contains(QLatin1String("User.RevokeSessions.All")));
    EXPECT_TRUE(details.contains(QLatin1String("Helpdesk Administrator")));
}

TEST_F(WhoMayRevoke, DeviceCodeSignIn_AsksForTheNamedGraphPermissions)
{
    const QString graph = m_emulator->graphUrl().toString();
    const auto deviceCodes
            = requestsTo(emu::Service::Identity, "POST", QStringLiteral("/devicecode"));
    ASSERT_FALSE(deviceCodes.isEmpty());
    const QString scope
            = emu::FormFields::parse(deviceCodes.last().body).value(QStringLiteral("scope"));
    EXPECT_EQ(scope, graph + NamedScopes.arg(graph));
    EXPECT_FALSE(scope.contains(QLatin1String(".default")));
    // What the token was granted is known, and holds what revoking needs.
    const auto granted = m_connection->session().grantedPermissions(Resource::Graph);
    ASSERT_TRUE(granted.has_value());
    EXPECT_TRUE(granted->contains(QStringLiteral("User.RevokeSessions.All")));
}

TEST_F(WhoMayRevoke, BrowserSignIn_AsksForTheNamedGraphPermissions)
{
    auto connection = connect();
    QUrl authorize;
    connection->session().signInWithBrowser([&](const QUrl &url) {
        authorize = url;
        return true;
    });
    ASSERT_TRUE(waitFor([&] { return authorize.isValid(); }));
    const QString graph = m_emulator->graphUrl().toString();
    EXPECT_EQ(QUrlQuery(authorize).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              graph + NamedScopes.arg(graph));
    connection->session().cancelSignIn();
}

// Without admin consent for what the sign-in names, Entra answers AADSTS65001, whose text does
// not say what is missing: the app says which permissions an administrator must consent to.
TEST_F(WhoMayRevoke, ConsentMissing_SignInNamesThePermissions)
{
    m_emulator->setConsentedPermissions(QString::fromLatin1(emu::DemoTenant::DefaultClientId),
                                        {QStringLiteral("User.Read")});
    m_emulator->setAutoApproveAs(upn("helpdesk")); // not a Global Administrator: cannot consent
    auto connection = connect();
    std::optional<ServiceError> failure;
    QObject::connect(&connection->session(), &SignInSession::signInFailed, &m_context,
                     [&](const ServiceError &e) { failure = e; });
    connection->session().signInWithDeviceCode();
    ASSERT_TRUE(waitFor([&] { return failure.has_value(); }, 20000));
    EXPECT_EQ(failure->serviceCode, QStringLiteral("AADSTS65001"));
    EXPECT_EQ(failure->message,
              QStringLiteral("An administrator must consent to User.RevokeSessions.All and "
                             "User.Read.All (Microsoft Graph) for this app in this tenant, or sign "
                             "in with an app registration that has them."));
    EXPECT_FALSE(connection->session().isSignedIn());
}

// Last sign-in needs AuditLog.Read.All, asked for on its own: a tenant that never consented to it
// still signs in and revokes, and the card says what last sign-in needs instead of an error.
TEST_F(WhoMayRevoke, LastSignInWithoutAuditLogConsent_SaysWhatItNeeds)
{
    signInWithoutAuditLogConsent("helpdesk");
    RevokeFlow &flow = m_connection->flow();
    expectLastSignInNeedsAuditLog(flow, upn("adele.vance"));
    // It was asked for apart from the sign-in's own permissions.
    bool askedApart = false;
    for (const auto &r : requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token"))) {
        const QString scope = emu::FormFields::parse(r.body).value(QStringLiteral("scope"));
        askedApart = askedApart
                || (scope.contains(QLatin1String("/AuditLog.Read.All"))
                    && !scope.contains(QLatin1String("User.RevokeSessions.All")));
    }
    EXPECT_TRUE(askedApart);
    EXPECT_EQ(revoke(upn("adele.vance"), Channel::Entra).kind, K::NonInstantaneousSuccess);
}

// App-only: the app's application permissions decide. Without User.RevokeSessions.All in the
// token's roles nothing is sent, and the message names the permission.
TEST_F(WhoMayRevoke, AppOnlyWithoutRevokeSessions_IsStoppedNamingThePermission)
{
    const QString appId = QStringLiteral("5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11");
    TestCertificate certificate;
    ASSERT_TRUE(m_emulator->tenant().registerCertificate(appId, certificate.certificatePem()));
    m_emulator->setApplicationPermissions(appId, {QStringLiteral("User.Read.All")});
    const QByteArray passphrase = "pfx passphrase";
    auto credential = CertificateCredential::load(certificate.writePfx(passphrase),
                                                  SecretBytes(QByteArray(passphrase)));
    ASSERT_TRUE(credential.ok()) << credential.error().message.toStdString();
    const auto cloud = CloudEndpoints::fromJson(QJsonDocument(m_emulator->cloudConfig()).toJson());
    auto connection = std::make_unique<TenantConnection>(
            ConnectionSettings {cloud.value(), Tenant::parse(Domain).value(), appId, QString()});
    bool signedIn = false;
    QObject::connect(&connection->session(), &SignInSession::signedIn, &m_context,
                     [&] { signedIn = true; });
    connection->session().signInWithCertificate(
            std::make_shared<const CertificateCredential>(std::move(credential).value()));
    ASSERT_TRUE(waitFor([&] { return signedIn; }, 20000));
    m_connection = std::move(connection);
    m_emulator->clearRequests();
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::Entra);
    EXPECT_EQ(o.kind, K::NotPermitted);
    EXPECT_EQ(revokesSent(), 0);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_TRUE(o.error->message.contains(QLatin1String("User.RevokeSessions.All")))
            << o.error->message.toStdString();
    EXPECT_TRUE(RevokePermission::warning(m_connection->revoker().operatorGrant())
                        .contains(QLatin1String("User.RevokeSessions.All")));
}

// A click while the operator's roles are still being read waits for them: a Helpdesk
// Administrator on an administrator is then stopped, not sent on an "unknown" verdict.
TEST_F(WhoMayRevoke, RevokeWhileTheOperatorsRolesLoad_WaitsForThem)
{
    makeAdmin("lee.gu");
    const std::optional<User> lee = lookUp(upn("lee.gu"));
    ASSERT_TRUE(lee);
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/me/transitiveMemberOf"),
                             emu::Fault::latency(800));
    auto connection = connect();
    m_emulator->setAutoApproveAs(upn("helpdesk"));
    connection->session().signInWithDeviceCode();
    ASSERT_TRUE(waitFor([&] { return connection->session().isSignedIn(); }, 20000));
    ASSERT_FALSE(connection->admin().isReady()) << "the roles answer is delayed";
    RevokeFlow &flow = connection->flow();
    flow.setUser(lee);
    std::optional<RevocationOutcome> outcome;
    QObject::connect(&flow, &RevokeFlow::finished, &m_context,
                     [&](const RevocationOutcome &o) { outcome = o; });
    m_emulator->clearRequests();
    flow.run();
    ASSERT_TRUE(waitFor([&] { return outcome.has_value(); }, 10000));
    EXPECT_EQ(outcome->kind, K::NotPermitted);
    EXPECT_EQ(revokesSent(), 0);
}

// A Global Administrator who consented nothing for AuditLog.Read.All cannot consent through a
// refresh token: last sign-in says what it needs, the sign-in itself is unharmed.
TEST_F(WhoMayRevoke, GlobalAdminRefreshGrant_CannotConsentOnTheSide)
{
    signInWithoutAuditLogConsent("admin");
    RevokeFlow &flow = m_connection->flow();
    expectLastSignInNeedsAuditLog(flow, upn("adele.vance"));
    // Asked once: the next user is told without another token request.
    const int tokenRequests
            = int(requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token")).size());
    flow.setUser(lookUp(upn("alex.wilber")));
    EXPECT_EQ(flow.lastSignIn().state, RevokeFlow::LastSignIn::State::NotAvailable);
    EXPECT_EQ(int(requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token")).size()),
              tokenRequests);
}
