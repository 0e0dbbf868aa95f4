// The pre-checks shown before any containment step (ContainmentChecks), and how the sign-in log's
// answer reads after one (SignInCheck): one sentence each, with what to do.

#include "containment/ContainmentChecks.h"
#include "containment/SignInCheck.h"
#include "directory/RoleTemplates.h"
#include "support/QtPrinters.h"
#include "support/RoleSets.h"

#include <gtest/gtest.h>

using namespace rc;
using rc::test::holding;
using rc::test::noRole;
using Kind = PreCheck::Kind;

namespace {

User member(const char *id = "user-1")
{
    User u;
    u.id = QString::fromLatin1(id);
    u.displayName = QStringLiteral("Adele Vance");
    u.userPrincipalName = QStringLiteral("adele.vance@contoso.com");
    u.userType = QStringLiteral("Member");
    u.accountEnabled = true;
    u.onPremisesSyncEnabled = false;
    return u;
}

OperatorGrant globalAdmin(const char *operatorId = "operator-1")
{
    OperatorGrant g;
    g.roles = holding({RoleTemplates::GlobalAdministrator});
    g.operatorId = QString::fromLatin1(operatorId);
    return g;
}

QString sentence(const QList<PreCheck> &checks, Kind kind)
{
    for (const PreCheck &c : checks) {
        if (c.kind == kind)
            return c.sentence;
    }
    return {};
}

const QDateTime Revoked = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);

SignInEvent signIn(const char *app, int minutesAfter, int errorCode)
{
    SignInEvent e;
    e.app = QString::fromLatin1(app);
    e.at = Revoked.addSecs(minutesAfter * 60);
    e.errorCode = errorCode;
    return e;
}

} // namespace

TEST(ContainmentChecks, AGlobalAdminOnAnOrdinaryMember_HasNothingToSay)
{
    EXPECT_TRUE(ContainmentChecks::of(member(), noRole(), globalAdmin()).isEmpty());
}

TEST(ContainmentChecks, AGuest_IsRefusedWithTheHomeOrganization_AndNothingElseIsSaid)
{
    User guest = member();
    guest.userPrincipalName = QStringLiteral("adele_fabrikam.com#EXT#@contoso.com");
    const QList<PreCheck> checks = ContainmentChecks::of(guest, noRole(), globalAdmin());
    ASSERT_EQ(checks.size(), 1);
    EXPECT_EQ(checks.at(0).kind, Kind::Guest);
    EXPECT_TRUE(ContainmentChecks::refuses(checks));
    EXPECT_TRUE(checks.at(0).sentence.contains(QStringLiteral("home organization")));
}

TEST(ContainmentChecks, DisabledSyncedAdminAndSelf_EachSaysWhatToDo)
{
    User u = member("operator-1");
    u.accountEnabled = false;
    u.onPremisesSyncEnabled = true;
    const QList<PreCheck> checks = ContainmentChecks::of(
            u, holding({RoleTemplates::ExchangeAdministrator}), globalAdmin("operator-1"));
    EXPECT_FALSE(ContainmentChecks::refuses(checks));
    EXPECT_EQ(sentence(checks, Kind::AlreadyDisabled),
              QStringLiteral("Sign-in is already blocked for this account. Revoking its sessions "
                             "is still allowed."));
    EXPECT_TRUE(sentence(checks, Kind::Synced)
                        .contains(QStringLiteral("Block the account in on-premises Active "
                                                 "Directory")));
    EXPECT_TRUE(
            sentence(checks, Kind::AdminTarget).contains(QStringLiteral("Exchange Administrator")));
    EXPECT_EQ(sentence(checks, Kind::Self),
              QStringLiteral("This is your own account: you will be signed out too."));
}

TEST(ContainmentChecks, TheOperatorsRoles_NameWhatTheyCannotDoAndWhoCan)
{
    OperatorGrant helpdesk;
    helpdesk.roles = holding({RoleTemplates::HelpdeskAdministrator});
    const QList<PreCheck> checks = ContainmentChecks::of(member(), noRole(), helpdesk);
    EXPECT_TRUE(sentence(checks, Kind::BlockNotPermitted)
                        .contains(QStringLiteral("User Administrator")));
    EXPECT_TRUE(sentence(checks, Kind::DevicesNotPermitted)
                        .contains(QStringLiteral("Cloud Device Administrator")));
    EXPECT_FALSE(ContainmentChecks::has(checks, Kind::RevokeNotPermitted)); // helpdesk may revoke

    const QList<PreCheck> onAdmin = ContainmentChecks::of(
            member(), holding({RoleTemplates::ExchangeAdministrator}), helpdesk);
    EXPECT_TRUE(ContainmentChecks::has(onAdmin, Kind::RevokeNotPermitted));
}

TEST(SignInCheck, NothingSinceTheRevocation_SaysSoWithTheTime)
{
    const SignInCheckResult r = SignInCheck::fromAnswer(QList<SignInEvent> {}, Revoked);
    EXPECT_EQ(r.state, SignInCheckResult::State::NoSignIn);
    EXPECT_TRUE(r.message.startsWith(QStringLiteral("No sign-in since ")))
            << r.message.toStdString();
    EXPECT_TRUE(
            r.message.contains(Revoked.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))))
            << r.message.toStdString();
}

TEST(SignInCheck, OnlyASuccessfulSignInAfterTheTimeCounts_TheNewestIsNamed)
{
    const SignInCheckResult failedOnly = SignInCheck::fromAnswer(
            QList<SignInEvent> {signIn("Outlook", 3, 50126), signIn("Teams", -5, 0)}, Revoked);
    EXPECT_EQ(failedOnly.state, SignInCheckResult::State::NoSignIn);

    const SignInCheckResult r = SignInCheck::fromAnswer(
            QList<SignInEvent> {signIn("Office 365 Exchange Online", 2, 0),
                                signIn("Microsoft Teams", 9, 0), signIn("Outlook", 11, 50126)},
            Revoked);
    ASSERT_EQ(r.state, SignInCheckResult::State::SignedIn);
    ASSERT_TRUE(r.latest.has_value());
    EXPECT_EQ(r.latest->app, QStringLiteral("Microsoft Teams"));
    EXPECT_TRUE(r.message.startsWith(QStringLiteral("Signed in to Microsoft Teams at ")))
            << r.message.toStdString();
}

TEST(SignInCheck, ALicenceOrPermissionRefusal_SaysWhatTheLogNeeds_AnythingElseFails)
{
    ServiceError licence = ServiceError::make(ServiceError::Kind::Forbidden,
                                              QStringLiteral("Neither tenant is B2C or tenant "
                                                             "doesn't have premium license"));
    licence.correlationId = QStringLiteral("corr-1");
    const SignInCheckResult r = SignInCheck::fromAnswer(licence, Revoked);
    EXPECT_EQ(r.state, SignInCheckResult::State::Unavailable);
    EXPECT_TRUE(r.message.contains(QStringLiteral("Entra ID P1"))) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QStringLiteral("AuditLog.Read.All"))) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QStringLiteral("premium license"))) << r.message.toStdString();
    EXPECT_EQ(r.correlationId, QStringLiteral("corr-1"));

    const SignInCheckResult down = SignInCheck::fromAnswer(
            ServiceError::make(ServiceError::Kind::Network, QStringLiteral("Connection refused.")),
            Revoked);
    EXPECT_EQ(down.state, SignInCheckResult::State::Failed);
    EXPECT_EQ(down.message,
              QStringLiteral("The sign-in log could not be read: Connection refused."));
}
