// Who may revoke whom (RevokePermission), as the Entra built-in roles reference and "who can
// perform sensitive actions" put it: every role holding invalidateAllRefreshTokens revokes users
// without an admin role; only Privileged Authentication and Global Administrators revoke admins;
// SharePoint's operation needs SharePoint or Global Administrator. Unknown roles never mean "no
// roles": the service decides.

#include "revocation/RevokePermission.h"
#include "directory/RoleTemplates.h"
#include "support/QtPrinters.h"
#include "support/RoleSets.h"

#include <gtest/gtest.h>

using namespace rc;
using rc::test::holding;
using K = RevokeVerdict::Kind;

namespace {

const RoleSet member = RoleSet::known({});
const RoleSet exchangeAdmin = holding({RoleTemplates::ExchangeAdministrator});

} // namespace

TEST(RevokePermission, EveryRoleWithInvalidateAllRefreshTokens_RevokesMembers)
{
    for (const char *id :
         {RoleTemplates::HelpdeskAdministrator, RoleTemplates::AuthenticationAdministrator,
          RoleTemplates::UserAdministrator, RoleTemplates::PrivilegedAuthenticationAdministrator,
          RoleTemplates::GlobalAdministrator}) {
        EXPECT_EQ(RevokePermission::forTarget(holding({id}), member, Channel::Entra).kind,
                  K::Allowed)
                << id;
    }
}

TEST(RevokePermission, AdminTarget_OnlyPrivilegedAuthenticationOrGlobalAdministrator)
{
    for (const char *id :
         {RoleTemplates::HelpdeskAdministrator, RoleTemplates::AuthenticationAdministrator,
          RoleTemplates::UserAdministrator}) {
        const RevokeVerdict v
                = RevokePermission::forTarget(holding({id}), exchangeAdmin, Channel::Entra);
        EXPECT_EQ(v.kind, K::Refused) << id;
        EXPECT_EQ(
                v.whoCan,
                QStringLiteral("Privileged Authentication Administrator or Global Administrator"));
        EXPECT_TRUE(v.reason.contains(QLatin1String("Exchange Administrator")))
                << v.reason.toStdString();
    }
    for (const char *id :
         {RoleTemplates::PrivilegedAuthenticationAdministrator, RoleTemplates::GlobalAdministrator})
        EXPECT_EQ(RevokePermission::forTarget(holding({id}), exchangeAdmin, Channel::Entra).kind,
                  K::Allowed)
                << id;
}

// Microsoft's "Who can reset passwords" table: a few low-privilege roles may be acted on by
// every revoker, a Helpdesk Administrator by Helpdesk and User Administrators, an
// Authentication Administrator by Authentication Administrators; all roles a target holds count.
TEST(RevokePermission, TargetRoles_FollowMicrosoftsWhoCanResetPasswordsTable)
{
    const RoleSet helpdesk = holding({RoleTemplates::HelpdeskAdministrator});
    const RoleSet authentication = holding({RoleTemplates::AuthenticationAdministrator});
    const RoleSet user = holding({RoleTemplates::UserAdministrator});
    const RoleSet reader = holding({RoleTemplates::DirectoryReaders});
    EXPECT_EQ(RevokePermission::forTarget(helpdesk, reader, Channel::Entra).kind, K::Allowed);
    EXPECT_EQ(RevokePermission::forTarget(helpdesk, helpdesk, Channel::Entra).kind, K::Allowed);
    EXPECT_EQ(RevokePermission::forTarget(user, helpdesk, Channel::Entra).kind, K::Allowed);
    EXPECT_EQ(RevokePermission::forTarget(authentication, helpdesk, Channel::Entra).kind,
              K::Refused);
    EXPECT_EQ(RevokePermission::forTarget(authentication, authentication, Channel::Entra).kind,
              K::Allowed);
    EXPECT_EQ(RevokePermission::forTarget(helpdesk, authentication, Channel::Entra).kind,
              K::Refused);
    const RevokeVerdict groups = RevokePermission::forTarget(
            helpdesk, holding({RoleTemplates::GroupsAdministrator}), Channel::Entra);
    EXPECT_EQ(groups.kind, K::Refused);
    EXPECT_EQ(groups.whoCan,
              QStringLiteral("User Administrator, Privileged Authentication "
                             "Administrator or Global Administrator"));
    // Every role counts: a reader who is also an Exchange Administrator is an administrator.
    const RevokeVerdict both = RevokePermission::forTarget(
            helpdesk,
            holding({RoleTemplates::DirectoryReaders, RoleTemplates::ExchangeAdministrator}),
            Channel::Entra);
    EXPECT_EQ(both.kind, K::Refused);
    EXPECT_EQ(both.whoCan,
              QStringLiteral("Privileged Authentication Administrator or Global Administrator"));
}

TEST(RevokePermission, AnyoneMayRevokeTheirOwnSessions)
{
    const OperatorGrant self {holding({RoleTemplates::ExchangeAdministrator}), std::nullopt, false,
                              QStringLiteral("ID-1")};
    EXPECT_EQ(
            RevokePermission::check(self, self.roles, Channel::Entra, QStringLiteral("id-1")).kind,
            K::Allowed);
    EXPECT_NE(RevokePermission::check(self, member, Channel::Entra, QStringLiteral("id-2")).kind,
              K::Allowed);
}

// The operator's role list holds built-in roles at directory scope only: without one that may
// revoke, a custom or administrative-unit role may still allow it, so the service decides; the
// verdict says who can. For an administrator target custom roles cannot act: that is certain.
TEST(RevokePermission, NoBuiltInRevokingRole_LetsTheServiceDecideForMembers)
{
    const RevokeVerdict v = RevokePermission::forTarget(
            holding({RoleTemplates::SharePointAdministrator}), member, Channel::Entra);
    EXPECT_EQ(v.kind, K::Unknown);
    EXPECT_EQ(v.whoCan,
              QStringLiteral("Helpdesk Administrator, Authentication Administrator, User "
                             "Administrator, Privileged Authentication Administrator or Global "
                             "Administrator"));
    EXPECT_TRUE(v.reason.contains(QLatin1String("custom or administrative-unit role")))
            << v.reason.toStdString();
    EXPECT_EQ(RevokePermission::forTarget(member, member, Channel::Entra).kind, K::Unknown);
    EXPECT_EQ(RevokePermission::forTarget(member, exchangeAdmin, Channel::Entra).kind, K::Refused);
}

TEST(RevokePermission, SharePoint_NeedsSharePointOrGlobalAdministrator_WhoeverTheTarget)
{
    EXPECT_EQ(RevokePermission::forTarget(holding({RoleTemplates::SharePointAdministrator}),
                                          exchangeAdmin, Channel::SharePoint)
                      .kind,
              K::Allowed);
    const RevokeVerdict v = RevokePermission::forTarget(
            holding({RoleTemplates::HelpdeskAdministrator}), member, Channel::SharePoint);
    EXPECT_EQ(v.kind, K::Refused);
    EXPECT_EQ(v.whoCan, QStringLiteral("SharePoint Administrator or Global Administrator"));
}

TEST(RevokePermission, UnknownRoles_LetTheServiceDecide)
{
    const RoleSet unknown = RoleSet::unknown(QStringLiteral("403"));
    EXPECT_EQ(RevokePermission::forTarget(unknown, member, Channel::Entra).kind, K::Unknown);
    const RevokeVerdict target = RevokePermission::forTarget(
            holding({RoleTemplates::HelpdeskAdministrator}), unknown, Channel::Entra);
    EXPECT_EQ(target.kind, K::Unknown) << "never assumed not to be an admin";
    EXPECT_TRUE(target.reason.contains(QLatin1String("Privileged Authentication Administrator")));
    // Who may revoke anyone needs no target roles.
    EXPECT_EQ(RevokePermission::forTarget(holding({RoleTemplates::GlobalAdministrator}), unknown,
                                          Channel::Entra)
                      .kind,
              K::Allowed);
}

TEST(RevokePermission, TokenWithoutRevokeSessions_IsRefusedNamingThePermission)
{
    OperatorGrant grant {holding({RoleTemplates::GlobalAdministrator}),
                         QStringList {QStringLiteral("User.Read"), QStringLiteral("User.Read.All")},
                         false,
                         {}};
    const RevokeVerdict v = RevokePermission::check(grant, member, Channel::Entra);
    EXPECT_EQ(v.kind, K::Refused);
    EXPECT_TRUE(v.reason.contains(QLatin1String("User.RevokeSessions.All")))
            << v.reason.toStdString();
    EXPECT_TRUE(v.reason.contains(QLatin1String("administrator must consent")));
    // A higher permission that includes it will do (revokeSignInSessions' Permissions table),
    // for a delegated sign-in; an application permission has no higher one.
    grant.graphPermissions = QStringList {QStringLiteral("Directory.ReadWrite.All")};
    EXPECT_EQ(RevokePermission::check(grant, member, Channel::Entra).kind, K::Allowed);
    grant.appOnly = true;
    EXPECT_EQ(RevokePermission::check(grant, member, Channel::Entra).kind, K::Refused);
    grant.appOnly = false;
    // The SharePoint channel does not use the Graph token to revoke.
    grant.graphPermissions = QStringList {};
    EXPECT_EQ(RevokePermission::check(grant, member, Channel::SharePoint).kind, K::Allowed);
}

TEST(RevokePermission, AppOnly_TheAppsPermissionsDecide)
{
    OperatorGrant app {RoleSet::unknown(QStringLiteral("app-only")),
                       QStringList {QStringLiteral("User.RevokeSessions.All"),
                                    QStringLiteral("User.Read.All")},
                       true,
                       {}};
    EXPECT_EQ(RevokePermission::check(app, exchangeAdmin, Channel::Entra).kind, K::Allowed);
    EXPECT_TRUE(RevokePermission::warning(app).isEmpty());
    app.graphPermissions = QStringList {QStringLiteral("User.RevokeSessions.All")};
    EXPECT_TRUE(RevokePermission::warning(app).contains(QLatin1String("User.Read.All")));
}

TEST(RevokePermission, Warning_SaysWhatEachRoleMayDo)
{
    const QStringList granted {QStringLiteral("User.RevokeSessions.All"),
                               QStringLiteral("User.Read.All")};
    auto warningFor = [&](std::initializer_list<const char *> roles) {
        return RevokePermission::warning({holding(roles), granted, false, {}});
    };
    EXPECT_TRUE(warningFor({RoleTemplates::GlobalAdministrator}).isEmpty());
    const QString helpdesk = warningFor({RoleTemplates::HelpdeskAdministrator});
    EXPECT_TRUE(helpdesk.contains(QLatin1String("users without an administrator role")))
            << helpdesk.toStdString();
    EXPECT_FALSE(helpdesk.contains(QLatin1String("None of your")));
    EXPECT_TRUE(warningFor({RoleTemplates::PrivilegedAuthenticationAdministrator})
                        .startsWith(QLatin1String("The SharePoint channel needs")));
    EXPECT_TRUE(warningFor({RoleTemplates::SharePointAdministrator})
                        .contains(QLatin1String("SharePoint only")));
    EXPECT_TRUE(warningFor({}).startsWith(QLatin1String("None of your directory roles")));
    EXPECT_TRUE(
            RevokePermission::warning({RoleSet::unknown(QStringLiteral("403")), granted, false, {}})
                    .contains(QLatin1String("unknown")));
}
