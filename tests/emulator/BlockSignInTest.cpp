// Containment, step 1: PATCH /users/{id} {"accountEnabled": false} against the emulator. The 204
// and the change, the read-back, synced users (accepted, or refused with Graph's exact message when
// set to), the body rules,
// the permission and role checks (whose admin may block whom), app-only tokens, the write quota,
// $batch, and the identity platform refusing the blocked user afterwards.
#include "ContainmentTestSupport.h"

#include "directory/RoleTemplates.h"

using namespace rc::emu;
using namespace rc::emu::test;

namespace {
const QString Lee = contoso("lee.gu");
const QString Johanna = contoso("johanna.lorenz"); // seeded as synced from on-premises
const QString Allan = contoso("allan.deyoung"); // holds Exchange Administrator
} // namespace

TEST_F(ContainmentTest, BlockUser_Answers204WithEmptyBody_AndTheUserIsDisabled)
{
    ASSERT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(true));
    const Reply blocked = patchUser(adminToken, Lee, false);
    EXPECT_EQ(blocked.status, 204) << blocked.body.toStdString();
    EXPECT_TRUE(blocked.body.isEmpty());
    EXPECT_FALSE(blocked.header("request-id").isEmpty());
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(false));

    const Reply read = getAs(adminToken,
                             "/v1.0/users/" + encoded(Lee)
                                     + "?$select=id,accountEnabled,onPremisesSyncEnabled");
    ASSERT_EQ(read.status, 200) << read.body.toStdString();
    EXPECT_EQ(read.json().value(QStringLiteral("accountEnabled")), QJsonValue(false));
    EXPECT_TRUE(read.json().value(QStringLiteral("onPremisesSyncEnabled")).isNull());

    // users('upn') and the object id address the same user; true unblocks.
    const QString id = emulator.tenant().find(Lee)->id;
    EXPECT_EQ(patch("/v1.0/users('" + encoded(Lee) + "')", adminToken, enabledBody(true)).status,
              204);
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(true));
    EXPECT_EQ(patchUser(adminToken, id, false).status, 204);
    EXPECT_EQ(emulator.accountEnabled(id), std::optional<bool>(false));
}

// Microsoft documents no refusal for synced users (the Connect FAQ: the cloud block is set and
// sync may undo it): accepted by default; a user set to refuse answers Graph's on-premises 400.
TEST_F(ContainmentTest, BlockUser_SyncedUserIsBlockedUnlessSetToRefuse)
{
    const Reply read = getAs(adminToken,
                             "/v1.0/users/" + encoded(Johanna) + "?$select=onPremisesSyncEnabled");
    EXPECT_EQ(read.json().value(QStringLiteral("onPremisesSyncEnabled")), QJsonValue(true));
    EXPECT_EQ(patchUser(adminToken, Johanna, false).status, 204);
    EXPECT_EQ(emulator.accountEnabled(Johanna), std::optional<bool>(false));

    ASSERT_TRUE(emulator.setOnPremisesSyncEnabled(Lee, true, true));
    expectGraphError(patchUser(adminToken, Lee, false), 400, "Request_BadRequest", Synced);
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(true));
    ASSERT_TRUE(emulator.setOnPremisesSyncEnabled(Lee, false));
    EXPECT_EQ(patchUser(adminToken, Lee, false).status, 204);
}

TEST_F(ContainmentTest, BlockUser_BodyMustBeJsonWithAccountEnabledOnly)
{
    const QByteArray path = "/v1.0/users/" + encoded(Lee);
    expectGraphError(patch(path, adminToken, enabledBody(false), "text/plain"), 400, "BadRequest",
                     NotJson);
    expectGraphError(patch(path, adminToken, enabledBody(false), {}), 400, "BadRequest", NotJson);
    expectGraphError(patch(path, adminToken, "[false]"), 400, "BadRequest", NotJson);
    expectGraphError(patch(path, adminToken, "{\"accountEnabled\":"), 400, "BadRequest", NotJson);
    expectGraphError(patch(path, adminToken, R"({"accountEnabled":false,"colour":"red"})"), 400,
                     "BadRequest",
                     QStringLiteral("The property 'colour' does not exist on type "
                                    "'microsoft.graph.user'. Make sure to only use property names "
                                    "that are defined by the type."));
    const Reply other = patch(path, adminToken, R"({"accountEnabled":false,"jobTitle":"x"})");
    EXPECT_EQ(other.status, 400);
    EXPECT_EQ(other.json()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("Request_BadRequest"));
    expectGraphError(patch(path, adminToken, R"({"accountEnabled":"no"})"), 400, "BadRequest",
                     QStringLiteral("Cannot convert the literal '\"no\"' to the expected type "
                                    "'Edm.Boolean'."));
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(true));
}

TEST_F(ContainmentTest, BlockUser_NeedsAnEnableDisablePermission)
{
    const QByteArray readOnly = tokenWith(contoso("admin"), {QStringLiteral("User.Read.All")});
    expectGraphError(patchUser(readOnly, Lee, false), 403, "Authorization_RequestDenied", Denied);
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(true));
    const QByteArray least = tokenWith(
            contoso("admin"),
            {QStringLiteral("User.EnableDisableAccount.All"), QStringLiteral("User.Read.All")});
    EXPECT_EQ(patchUser(least, Lee, false).status, 204);
    // "Update user": a target holding a privileged admin role also needs
    // Directory.AccessAsUser.All on a delegated token.
    expectGraphError(patchUser(least, contoso("useradmin"), false), 403,
                     "Authorization_RequestDenied", Denied);
    EXPECT_EQ(emulator.accountEnabled(contoso("useradmin")), std::optional<bool>(true));
    expectGraphError(patchUser(least, contoso("nobody"), false), 404, "Request_ResourceNotFound",
                     QStringLiteral("Resource '%1' does not exist or one of its queried "
                                    "reference-property objects are not present.")
                             .arg(contoso("nobody")));
}

// "Who can perform sensitive actions": Helpdesk Administrators may not disable anyone; User and
// Authentication Administrators reach non-admins (and a few limited roles); admins need a
// Privileged Authentication or Global Administrator.
TEST_F(ContainmentTest, BlockUser_RolesDecideWhomAnOperatorMayBlock)
{
    const auto as = [this](const char *operatorPart) {
        return graphToken(contoso(operatorPart));
    };
    const QByteArray helpdesk = as("helpdesk");
    expectGraphError(patchUser(helpdesk, Lee, false), 403, "Authorization_RequestDenied", Denied);
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(true));
    const QByteArray spAdmin = as("spadmin");
    expectGraphError(patchUser(spAdmin, Lee, false), 403, "Authorization_RequestDenied", Denied);

    const QByteArray userAdmin = as("useradmin");
    EXPECT_EQ(patchUser(userAdmin, Lee, false).status, 204);
    EXPECT_EQ(patchUser(userAdmin, contoso("helpdesk"), false).status, 204);
    expectGraphError(patchUser(userAdmin, Allan, false), 403, "Authorization_RequestDenied",
                     Denied);
    // "All other built-in and custom roles", Directory Readers among them: the top two only.
    const QString reader = userWithRole("reader", rc::RoleTemplates::DirectoryReaders);
    expectGraphError(patchUser(userAdmin, reader, false), 403, "Authorization_RequestDenied",
                     Denied);
    EXPECT_EQ(emulator.accountEnabled(Allan), std::optional<bool>(true));

    const QByteArray authAdmin = as("authadmin");
    EXPECT_EQ(patchUser(authAdmin, contoso("adele.vance"), false).status, 204);
    expectGraphError(patchUser(authAdmin, contoso("useradmin"), false), 403,
                     "Authorization_RequestDenied", Denied);

    EXPECT_EQ(patchUser(as("privauth"), Allan, false).status, 204);
    EXPECT_EQ(emulator.accountEnabled(Allan), std::optional<bool>(false));
    EXPECT_EQ(patchUser(adminToken, contoso("privauth"), false).status, 204);
}

TEST_F(ContainmentTest, BlockUser_AppOnlyNeedsItsApplicationPermission)
{
    EXPECT_EQ(patchUser(appOnlyToken(), Lee, false).status, 204);
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(false));
    // A target with a role Microsoft does not label privileged (Exchange Administrator) is fine;
    // one with a privileged role needs the app to hold a privileged role, which it does not.
    EXPECT_EQ(patchUser(appOnlyToken(), Allan, false).status, 204);
    expectGraphError(patchUser(appOnlyToken(), contoso("useradmin"), false), 403,
                     "Authorization_RequestDenied", Denied);
    emulator.setApplicationPermissions(QLatin1String(AppId), {QStringLiteral("User.Read.All")});
    expectGraphError(patchUser(appOnlyToken(), Lee, true), 403, "Authorization_RequestDenied",
                     Denied);
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(false));
}

TEST_F(ContainmentTest, BlockUser_GoesThroughTheWriteQuota)
{
    emulator.setWriteQuota(0.5, 1);
    EXPECT_EQ(patchUser(adminToken, Lee, false).status, 204);
    const Reply throttled = patchUser(adminToken, contoso("adele.vance"), false);
    EXPECT_EQ(throttled.status, 429) << throttled.body.toStdString();
    EXPECT_EQ(retryAfterOf(throttled), 2);
    EXPECT_EQ(emulator.accountEnabled(contoso("adele.vance")), std::optional<bool>(true));
    EXPECT_EQ(emulator.writesThrottled(), 1);
    clock.advance(2000);
    EXPECT_EQ(patchUser(adminToken, contoso("adele.vance"), false).status, 204);
}

TEST_F(ContainmentTest, BlockUser_InABatchReachesTheSameHandler)
{
    ASSERT_TRUE(emulator.setOnPremisesSyncEnabled(Johanna, true, true));
    const BatchReply batch
            = sendBatch({withBody({QStringLiteral("1"), QStringLiteral("PATCH"),
                                   QStringLiteral("/users/%1").arg(Lee)},
                                  QJsonObject {{QStringLiteral("accountEnabled"), false}}),
                         withBody({QStringLiteral("2"), QStringLiteral("PATCH"),
                                   QStringLiteral("/users/%1").arg(Johanna)},
                                  QJsonObject {{QStringLiteral("accountEnabled"), false}})});
    ASSERT_EQ(batch.reply.status, 200) << batch.reply.body.toStdString();
    EXPECT_EQ(batch.status(QStringLiteral("1")), 204);
    EXPECT_EQ(batch.status(QStringLiteral("2")), 400);
    EXPECT_EQ(batch.errorCode(QStringLiteral("2")), QStringLiteral("Request_BadRequest"));
    EXPECT_EQ(emulator.accountEnabled(Lee), std::optional<bool>(false));
    EXPECT_EQ(emulator.accountEnabled(Johanna), std::optional<bool>(true));
}

// The identity platform refuses a blocked user: refresh tokens and new sign-ins (AADSTS50057).
TEST_F(ContainmentTest, BlockUser_TheBlockedUserCanNoLongerGetTokens)
{
    const Reply signedIn = tokenReply(
            Lee, graphScopes({QStringLiteral("User.Read")}, QStringLiteral("offline_access")));
    ASSERT_EQ(signedIn.status, 200) << signedIn.body.toStdString();
    ASSERT_EQ(patchUser(adminToken, Lee, false).status, 204);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
    form.addQueryItem(QStringLiteral("refresh_token"),
                      signedIn.json().value(QStringLiteral("refresh_token")).toString());
    const Reply refreshed = client.postForm(tokenUrl(), form);
    EXPECT_EQ(refreshed.status, 400);
    EXPECT_EQ(refreshed.json().value(QStringLiteral("error_codes")).toArray(), QJsonArray {50057});
    emulator.setAutoApproveAs(Lee);
    const Reply code = requestDeviceCode(graphScope());
    emulator.setAutoApproveAs(QString());
    const Reply again = pollDeviceCode(code.json().value(QStringLiteral("device_code")).toString());
    EXPECT_NE(again.status, 200) << again.body.toStdString();
}
