// Who may take the containment steps beyond the revocation (ContainmentPermission), as Microsoft
// puts it: "Who can perform sensitive actions" (row "Disable or enable users") for blocking
// sign-in, "Update device" for disabling devices. A refusal is predicted only where the built-in
// roles make it certain; unknown roles, or none of the listed ones, leave it to the service.

#include "containment/ContainmentPermission.h"
#include "directory/RoleTemplates.h"
#include "support/QtPrinters.h"
#include "support/RoleSets.h"

#include <gtest/gtest.h>

using namespace rc;
using rc::test::holding;
using rc::test::noRole;
using K = RevokeVerdict::Kind;

namespace {

OperatorGrant operatorHolding(std::initializer_list<const char *> templates)
{
    OperatorGrant g;
    g.roles = holding(templates);
    return g;
}

} // namespace

TEST(ContainmentPermission, BlockingAUserWithoutARole_AuthenticationUserPrivilegedOrGlobalAdmin)
{
    for (const char *id :
         {RoleTemplates::AuthenticationAdministrator, RoleTemplates::UserAdministrator,
          RoleTemplates::PrivilegedAuthenticationAdministrator, RoleTemplates::GlobalAdministrator})
        EXPECT_EQ(ContainmentPermission::block(operatorHolding({id}), noRole()).kind, K::Allowed)
                << id;
}

TEST(ContainmentPermission, HelpdeskAdministrator_MayNotBlock_TheServiceDecidesAndWhoCanIsNamed)
{
    const RevokeVerdict v = ContainmentPermission::block(
            operatorHolding({RoleTemplates::HelpdeskAdministrator}), noRole());
    EXPECT_EQ(v.kind, K::Unknown);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("Helpdesk Administrator")))
            << v.reason.toStdString();
    EXPECT_EQ(v.whoCan,
              QStringLiteral("Authentication Administrator, User Administrator, Privileged "
                             "Authentication Administrator or Global Administrator"));
}

TEST(ContainmentPermission, AnAdminTarget_OnlyPrivilegedAuthenticationOrGlobalAdministrator)
{
    const RoleSet exchangeAdmin = holding({RoleTemplates::ExchangeAdministrator});
    for (const char *id :
         {RoleTemplates::AuthenticationAdministrator, RoleTemplates::UserAdministrator}) {
        const RevokeVerdict v = ContainmentPermission::block(operatorHolding({id}), exchangeAdmin);
        EXPECT_EQ(v.kind, K::Refused) << id;
        EXPECT_EQ(v.whoCan,
                  QStringLiteral("Privileged Authentication Administrator or Global "
                                 "Administrator"));
        EXPECT_TRUE(v.reason.contains(QStringLiteral("Exchange Administrator")))
                << v.reason.toStdString();
    }
    EXPECT_EQ(ContainmentPermission::block(
                      operatorHolding({RoleTemplates::PrivilegedAuthenticationAdministrator}),
                      holding({RoleTemplates::GlobalAdministrator}))
                      .kind,
              K::Allowed);
}

TEST(ContainmentPermission, TheTablesLighterRows_UserAdminOnHelpdeskAndUserAdmins_AuthAdminOnItsOwn)
{
    const OperatorGrant userAdmin = operatorHolding({RoleTemplates::UserAdministrator});
    const OperatorGrant authAdmin = operatorHolding({RoleTemplates::AuthenticationAdministrator});
    EXPECT_EQ(
            ContainmentPermission::block(userAdmin, holding({RoleTemplates::HelpdeskAdministrator}))
                    .kind,
            K::Allowed);
    EXPECT_EQ(ContainmentPermission::block(userAdmin, holding({RoleTemplates::UserAdministrator}))
                      .kind,
              K::Allowed);
    EXPECT_EQ(ContainmentPermission::block(userAdmin,
                                           holding({RoleTemplates::AuthenticationAdministrator}))
                      .kind,
              K::Refused);
    EXPECT_EQ(ContainmentPermission::block(authAdmin,
                                           holding({RoleTemplates::AuthenticationAdministrator}))
                      .kind,
              K::Allowed);
    EXPECT_EQ(
            ContainmentPermission::block(authAdmin, holding({RoleTemplates::HelpdeskAdministrator}))
                    .kind,
            K::Refused);
    // Directory Readers is not a lighter row here, unlike for revocation.
    EXPECT_EQ(ContainmentPermission::block(userAdmin, holding({RoleTemplates::DirectoryReaders}))
                      .kind,
              K::Refused);
}

TEST(ContainmentPermission, UnknownRoles_OrAppOnly_LeaveItToTheService)
{
    OperatorGrant unknown;
    unknown.roles = RoleSet::unknown(QStringLiteral("403 on the roles call"));
    const RevokeVerdict v = ContainmentPermission::block(unknown, noRole());
    EXPECT_EQ(v.kind, K::Unknown);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("403 on the roles call")))
            << v.reason.toStdString();
    EXPECT_EQ(ContainmentPermission::block(operatorHolding({RoleTemplates::UserAdministrator}),
                                           RoleSet::unknown(QStringLiteral("not read")))
                      .kind,
              K::Unknown);
    OperatorGrant app;
    app.appOnly = true;
    EXPECT_EQ(ContainmentPermission::block(app, holding({RoleTemplates::GlobalAdministrator})).kind,
              K::Unknown);
    EXPECT_EQ(ContainmentPermission::disableDevices(app).kind, K::Unknown);
}

TEST(ContainmentPermission, DisablingDevices_CloudDeviceIntuneOrGlobalAdministrator)
{
    for (const char *id : {RoleTemplates::CloudDeviceAdministrator,
                           RoleTemplates::IntuneAdministrator, RoleTemplates::GlobalAdministrator})
        EXPECT_EQ(ContainmentPermission::disableDevices(operatorHolding({id})).kind, K::Allowed)
                << id;
    const RevokeVerdict v = ContainmentPermission::disableDevices(
            operatorHolding({RoleTemplates::UserAdministrator}));
    EXPECT_EQ(v.kind, K::Unknown);
    EXPECT_EQ(v.whoCan,
              QStringLiteral("Cloud Device Administrator, Intune Administrator or Global "
                             "Administrator"));
    EXPECT_EQ(ContainmentPermission::whoCanDisableDevices(), v.whoCan);
}
