// The Microsoft Graph / Entra rules the emulator enforces, one test per rule, each naming the
// Microsoft page it comes from: the refusal with its exact status, code and message, and the
// request the same rule accepts. A lenient emulator would hide client bugs; these keep it strict.
#include "ConformanceTestSupport.h"
#include "directory/RoleTemplates.h"
#include "emulator/OperatorRoles.h"

using namespace rc::emu;
using namespace rc::emu::test;

namespace {

const Headers Eventual {{"ConsistencyLevel", "eventual"}};
const QString Lee = QStringLiteral("lee.gu@contoso.onmicrosoft.com");
const QString Adele = QStringLiteral("adele.vance@contoso.onmicrosoft.com");
const QString Allan = QStringLiteral("allan.deyoung@contoso.onmicrosoft.com"); // Exchange Admin
const QString CastMessage = QStringLiteral(
        "OData cast 'microsoft.graph.directoryRole' is not supported because the required "
        "parameters might be missing. Try adding $count=true query parameter and "
        "ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for "
        "more information");
const QString ConsentText = QStringLiteral(
        "AADSTS65001: The user or administrator has not consented to use the application with ID "
        "'14d82eec-204b-4c2f-b7e8-296a70dab67e' named 'Microsoft Graph Command Line Tools'. Send "
        "an interactive authorization request for this user and resource.");

void expectConsentRequired(const Reply &reply)
{
    EXPECT_EQ(reply.status, 400) << reply.body.toStdString();
    const QJsonObject body = reply.json();
    EXPECT_EQ(body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    EXPECT_EQ(body.value(QStringLiteral("suberror")).toString(),
              QStringLiteral("consent_required"));
    EXPECT_EQ(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray {65001});
    EXPECT_EQ(body.value(QStringLiteral("error_description"))
                      .toString()
                      .section(QLatin1Char('\r'), 0, 0),
              ConsentText);
}

QString grantedScope(const Reply &reply)
{
    return reply.json().value(QStringLiteral("scope")).toString();
}

} // namespace

// "Combine multiple HTTP requests using JSON batching" (learn.microsoft.com/graph/json-batching):
// a write item needs a body and a Content-Type header; otherwise the whole batch is refused.
TEST_F(ConformanceTest, BatchWriteItemWithoutBodyOrContentType_FailsTheWholeBatch)
{
    const BatchRequest bare {QStringLiteral("w"), QStringLiteral("POST"),
                             QStringLiteral("/users/%1/revokeSignInSessions").arg(Adele)};
    BatchRequest noHeaders = bare;
    noHeaders.body = QJsonObject();
    BatchRequest noBody = withBody(bare);
    noBody.body = QJsonValue(QJsonValue::Undefined);
    BatchRequest lowerCase = bare;
    lowerCase.body = QJsonObject();
    lowerCase.headers.insert(QStringLiteral("content-type"), QStringLiteral("application/json"));
    const QDateTime before = validFrom(Adele);
    for (const BatchRequest &item : {bare, noHeaders, noBody, lowerCase}) {
        const BatchReply batch = sendBatch({lookupItem(QStringLiteral("r"), Lee), item});
        expectGraphError(batch.reply, 400, "BadRequest",
                         QStringLiteral("Write request id : w does not contain Content-Type "
                                        "header or body."));
        EXPECT_FALSE(batch.reply.json().contains(QStringLiteral("responses")));
    }
    EXPECT_TRUE(emulator.batchItems().isEmpty());
    EXPECT_EQ(validFrom(Adele), before);

    const BatchReply accepted = sendBatch({lookupItem(QStringLiteral("r"), Lee), withBody(bare)});
    ASSERT_EQ(accepted.reply.status, 200) << accepted.reply.body.toStdString();
    EXPECT_EQ(accepted.status(QStringLiteral("w")), 200);
    EXPECT_NE(validFrom(Adele), before);
}

// JSON batching, "Batch size limitations": at most 20 requests in one batch.
TEST_F(ConformanceTest, BatchOfTwentyOneRequests_400)
{
    QList<BatchRequest> requests;
    for (int i = 0; i < 21; ++i)
        requests.append(lookupItem(QString::number(i), Lee));
    expectGraphError(sendBatch(requests).reply, 400, "BadRequest",
                     QStringLiteral("Number of requests inside batch exceeds the limit."));
    requests.removeLast();
    EXPECT_EQ(sendBatch(requests).reply.status, 200);
}

// "List a user's memberships (direct and transitive)" and "List a user's direct memberships":
// ConsistencyLevel: eventual and $count=true are required with an OData cast, also in a $batch
// item (its own headers); then @odata.count comes back.
TEST_F(ConformanceTest, DirectoryRoleCast_NeedsConsistencyLevelAndCount)
{
    const QByteArray allan = QUrl::toPercentEncoding(Allan);
    for (const QByteArray &path : QByteArrayList {
                 QByteArray("/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole"),
                 "/v1.0/users/" + allan + "/memberOf/microsoft.graph.directoryRole",
                 "/v1.0/users('" + allan + "')/transitiveMemberOf/microsoft.graph.directoryRole"}) {
        for (const auto &[query, headers] : {std::pair {QByteArray(), Headers {}},
                                             std::pair {QByteArray("?$count=true"), Headers {}},
                                             std::pair {QByteArray(), Eventual}})
            expectGraphError(client.get(graph(path + query), bearer(adminToken, headers)), 400,
                             "Request_UnsupportedQuery", CastMessage);
        const Reply ok = client.get(graph(path + "?$count=true"), bearer(adminToken, Eventual));
        ASSERT_EQ(ok.status, 200) << path.toStdString() << ok.body.toStdString();
        EXPECT_EQ(ok.json().value(QStringLiteral("@odata.count")).toInt(), 1);
    }

    const QString url = QStringLiteral("/users/%1/transitiveMemberOf/"
                                       "microsoft.graph.directoryRole?$count=true")
                                .arg(Allan);
    BatchRequest withHeader {QStringLiteral("with"), QStringLiteral("GET"), url};
    withHeader.headers.insert(QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual"));
    const BatchReply batch
            = sendBatch({{QStringLiteral("without"), QStringLiteral("GET"), url}, withHeader});
    ASSERT_EQ(batch.reply.status, 200);
    EXPECT_EQ(batch.status(QStringLiteral("without")), 400);
    EXPECT_EQ(batch.errorCode(QStringLiteral("without")),
              QStringLiteral("Request_UnsupportedQuery"));
    EXPECT_EQ(batch.status(QStringLiteral("with")), 200);
    const QJsonObject roles = batch.body(QStringLiteral("with"));
    EXPECT_EQ(roles.value(QStringLiteral("@odata.count")).toInt(), 1);
    EXPECT_EQ(roles[QLatin1String("value")][0][QLatin1String("displayName")].toString(),
              QStringLiteral("Exchange Administrator"));
}

// "Advanced query capabilities on Microsoft Entra ID objects", Error handling: without
// ConsistencyLevel, ?$count=true on /users is silently ignored (no @odata.count, no error).
TEST_F(ConformanceTest, CountWithoutConsistencyLevel_IsIgnored)
{
    const Reply plain = client.get(graph("/v1.0/users?$top=1&$count=true"), bearer(adminToken));
    ASSERT_EQ(plain.status, 200);
    EXPECT_FALSE(plain.json().contains(QStringLiteral("@odata.count")));
    const Reply counted
            = client.get(graph("/v1.0/users?$top=1&$count=true"), bearer(adminToken, Eventual));
    EXPECT_EQ(counted.json().value(QStringLiteral("@odata.count")).toInt(),
              emulator.tenant().users().size());
}

// "Privileged roles and permissions in Microsoft Entra ID", Who can reset passwords (the roles
// that "can reset passwords and invalidate refresh tokens"): Helpdesk reaches users without an
// admin role, not an Exchange Administrator; nothing changes on a refusal, direct or in $batch.
TEST_F(ConformanceTest, Helpdesk_RevokesAMemberButNotAnAdmin)
{
    const QByteArray helpdesk = graphToken(contoso("helpdesk"));
    const QDateTime allanBefore = validFrom(Allan);
    expectGraphError(revokeAs(helpdesk, Allan), 403, "Authorization_RequestDenied", Denied);
    const BatchReply batch = sendBatch(batchBody({revokeItem(QStringLiteral("allan"), Allan),
                                                  revokeItem(QStringLiteral("adele"), Adele)}),
                                       helpdesk);
    EXPECT_EQ(batch.status(QStringLiteral("allan")), 403);
    EXPECT_EQ(batch.errorCode(QStringLiteral("allan")),
              QStringLiteral("Authorization_RequestDenied"));
    EXPECT_EQ(validFrom(Allan), allanBefore);
    EXPECT_EQ(emulator.revocationCount(Allan), 0);

    EXPECT_EQ(batch.status(QStringLiteral("adele")), 200);
    EXPECT_EQ(revokeAs(helpdesk, Lee).status, 200);
    EXPECT_EQ(emulator.revocationCount(Lee), 1);
}

// The same table: a user holding any other role needs a Privileged Authentication or Global
// Administrator; an Authentication Administrator does not reach them.
TEST_F(ConformanceTest, PrivilegedAuthenticationAdministrator_RevokesAnAdmin)
{
    expectGraphError(revokeAs(graphToken(contoso("authadmin")), Allan), 403,
                     "Authorization_RequestDenied", Denied);
    expectGraphError(revokeAs(graphToken(contoso("useradmin")), Allan), 403,
                     "Authorization_RequestDenied", Denied);
    const QDateTime before = validFrom(Allan);
    EXPECT_EQ(revokeAs(graphToken(contoso("privauth")), Allan).status, 200);
    EXPECT_NE(validFrom(Allan), before);
    EXPECT_EQ(revokeAs(adminToken, Allan).status, 200);
    EXPECT_EQ(revokeAs(graphToken(contoso("authadmin")), Adele).status, 200);
}

// The same table's rows for low-privilege roles: Helpdesk reaches Directory Readers, Password
// Administrators and other Helpdesk Administrators; Authentication Administrator reaches another
// Authentication Administrator, Helpdesk does not; User Administrator reaches a User
// Administrator.
TEST_F(ConformanceTest, RevokeMatrix_FollowsTheTargetsRoles)
{
    const auto userWith = [this](const char *localPart, const char *role) {
        DemoUser user;
        user.userPrincipalName = contoso(localPart);
        user.displayName = QString::fromUtf8(localPart);
        user.roleTemplateIds = {QLatin1String(role)};
        return emulator.tenant().addUser(user).userPrincipalName;
    };
    const QString reader = userWith("reader", rc::RoleTemplates::DirectoryReaders);
    const QString password = userWith("pwadmin", rc::RoleTemplates::PasswordAdministrator);
    const QString helpdesk2 = userWith("helpdesk2", rc::RoleTemplates::HelpdeskAdministrator);
    const QString auth2 = userWith("auth2", rc::RoleTemplates::AuthenticationAdministrator);
    const QString user2 = userWith("user2", rc::RoleTemplates::UserAdministrator);
    const QByteArray helpdesk = graphToken(contoso("helpdesk"));
    EXPECT_EQ(revokeAs(helpdesk, reader).status, 200);
    EXPECT_EQ(revokeAs(helpdesk, password).status, 200);
    EXPECT_EQ(revokeAs(helpdesk, helpdesk2).status, 200);
    expectGraphError(revokeAs(helpdesk, auth2), 403, "Authorization_RequestDenied", Denied);
    expectGraphError(revokeAs(helpdesk, user2), 403, "Authorization_RequestDenied", Denied);
    EXPECT_EQ(revokeAs(graphToken(contoso("authadmin")), auth2).status, 200);
    EXPECT_EQ(revokeAs(graphToken(contoso("useradmin")), user2).status, 200);
    // Anyone may revoke their own sessions.
    EXPECT_EQ(revokeAs(graphToken(contoso("lee.gu")), Lee).status, 200);
}

// "user: revokeSignInSessions", Permissions: delegated User.RevokeSessions.All (or
// User.ReadWrite.All, Directory.ReadWrite.All); without it 403 and nothing changes.
TEST_F(ConformanceTest, RevokeWithoutUserRevokeSessionsAll_403)
{
    const QByteArray readOnly = tokenWith(contoso("admin"), {QStringLiteral("User.Read.All")});
    const QDateTime before = validFrom(Adele);
    expectGraphError(revokeAs(readOnly, Adele), 403, "Authorization_RequestDenied", Denied);
    EXPECT_EQ(validFrom(Adele), before);
    EXPECT_EQ(emulator.revocationCount(Adele), 0);
    EXPECT_EQ(revokeAs(tokenWith(contoso("admin"), {QStringLiteral("User.RevokeSessions.All")}),
                       Adele)
                      .status,
              200);
}

// The same page, Application: User.RevokeSessions.All is what an app-only token needs; no role
// applies to an app.
TEST_F(ConformanceTest, AppOnlyRevoke_NeedsTheApplicationPermission)
{
    emulator.setApplicationPermissions(QLatin1String(AppId), {QStringLiteral("User.Read.All")});
    expectGraphError(revokeAs(appOnlyToken(), Allan), 403, "Authorization_RequestDenied", Denied);
    emulator.setApplicationPermissions(
            QLatin1String(AppId),
            {QStringLiteral("User.Read.All"), QStringLiteral("User.RevokeSessions.All")});
    EXPECT_EQ(revokeAs(appOnlyToken(), Allan).status, 200);
}

// "Get user", "List users", "List a user's memberships": User.Read reads the signed-in user
// only; others need User.Read.All (User.ReadBasic.All: the basic profile, other properties null).
TEST_F(ConformanceTest, Reads_FollowEachCallsPermissionsTable)
{
    const QByteArray userRead = tokenWith(Lee, {QStringLiteral("User.Read")});
    EXPECT_EQ(client.get(graph("/v1.0/me"), bearer(userRead)).status, 200);
    EXPECT_EQ(client.get(graph("/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole"
                               "?$count=true"),
                         bearer(userRead, Eventual))
                      .status,
              200);
    const QByteArray adele = "/v1.0/users/" + QUrl::toPercentEncoding(Adele);
    for (const QByteArray &path :
         QByteArrayList {adele, QByteArray("/v1.0/users?$top=5"),
                         adele + "/transitiveMemberOf/microsoft.graph.directoryRole?$count=true"})
        expectGraphError(client.get(graph(path), bearer(userRead, Eventual)), 403,
                         "Authorization_RequestDenied", Denied);

    emulator.setConsentedPermissions(
            QLatin1String(DemoTenant::DefaultClientId),
            {QStringLiteral("User.Read"), QStringLiteral("User.ReadBasic.All")});
    const QByteArray basic = tokenWith(Lee, {QStringLiteral("User.ReadBasic.All")});
    const Reply profile = client.get(graph(adele + "?$select=displayName,jobTitle"), bearer(basic));
    ASSERT_EQ(profile.status, 200) << profile.body.toStdString();
    EXPECT_EQ(profile.json().value(QStringLiteral("displayName")).toString(),
              QStringLiteral("Adele Vance"));
    EXPECT_TRUE(profile.json().value(QStringLiteral("jobTitle")).isNull());
    EXPECT_EQ(client.get(graph("/v1.0/users?$top=5"), bearer(basic)).status, 200);
}

// "user resource type", signInActivity: needs AuditLog.Read.All on top of the read (and an Entra
// ID P1/P2 licence).
TEST_F(ConformanceTest, SignInActivity_NeedsAuditLogReadAll)
{
    const QByteArray path
            = "/v1.0/users/" + QUrl::toPercentEncoding(Adele) + "?$select=id,signInActivity";
    expectGraphError(
            client.get(graph(path),
                       bearer(tokenWith(contoso("admin"), {QStringLiteral("User.Read.All")}))),
            403, "Authorization_RequestDenied", Denied);
    const QByteArray both
            = tokenWith(contoso("admin"),
                        {QStringLiteral("User.Read.All"), QStringLiteral("AuditLog.Read.All")});
    EXPECT_EQ(client.get(graph(path), bearer(both)).status, 200);
    emulator.setPremiumLicense(false);
    expectGraphError(client.get(graph(path), bearer(both)), 403,
                     "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                     QStringLiteral("Neither tenant is B2C or tenant doesn't have premium "
                                    "license"));
}

// "Permissions and consent overview" / AADSTS65001: a permission the tenant has not consented to
// for the app is refused at the token endpoint (device code, refresh token), unless a Global
// Administrator, who may consent for the tenant, signs in.
TEST_F(ConformanceTest, UnconsentedPermission_Is65001)
{
    const QStringList wanted {QStringLiteral("User.RevokeSessions.All"),
                              QStringLiteral("Directory.ReadWrite.All")};
    expectConsentRequired(tokenReply(contoso("helpdesk"), graphScopes(wanted)));
    const Reply global = tokenReply(contoso("admin"), graphScopes(wanted));
    ASSERT_EQ(global.status, 200) << global.body.toStdString();
    EXPECT_EQ(grantedScope(global),
              QStringLiteral("User.RevokeSessions.All Directory.ReadWrite.All"));

    // What the client asks for: the consented names, then AuditLog.Read.All by refresh token.
    const Reply signIn = tokenReply(contoso("helpdesk"),
                                    graphScopes({QStringLiteral("User.RevokeSessions.All"),
                                                 QStringLiteral("User.Read.All")},
                                                QStringLiteral("offline_access openid profile")));
    ASSERT_EQ(signIn.status, 200) << signIn.body.toStdString();
    EXPECT_EQ(grantedScope(signIn),
              QStringLiteral("User.RevokeSessions.All User.Read.All openid profile"));
    const auto refresh = [&](const QStringList &permissions) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
        form.addQueryItem(QStringLiteral("refresh_token"),
                          signIn.json().value(QStringLiteral("refresh_token")).toString());
        form.addQueryItem(QStringLiteral("scope"), graphScopes(permissions));
        return client.postForm(tokenUrl(), form);
    };
    const Reply audit = refresh({QStringLiteral("AuditLog.Read.All")});
    ASSERT_EQ(audit.status, 200) << audit.body.toStdString();
    EXPECT_EQ(grantedScope(audit), QStringLiteral("AuditLog.Read.All"));
    expectConsentRequired(refresh({QStringLiteral("Directory.Read.All")}));
}

// "Scopes and permissions in the Microsoft identity platform", The .default scope: the token
// carries exactly what the tenant consented to for the app, so /.default on a shared public
// client may not be able to revoke; with nothing consented, 65001.
TEST_F(ConformanceTest, DotDefault_YieldsTheConsentedSet)
{
    EXPECT_EQ(grantedScope(tokenReply(Lee, graphScope())),
              QStringLiteral("User.Read User.Read.All User.RevokeSessions.All AuditLog.Read.All "
                             "User.EnableDisableAccount.All Directory.AccessAsUser.All "
                             "Device.Read.All"));
    const QString publicClient = QLatin1String(DemoTenant::DefaultClientId);
    emulator.setConsentedPermissions(
            publicClient, {QStringLiteral("User.Read"), QStringLiteral("User.Read.All")});
    const Reply narrow = tokenReply(contoso("admin"), graphScope());
    EXPECT_EQ(grantedScope(narrow), QStringLiteral("User.Read User.Read.All"));
    const QByteArray token
            = narrow.json().value(QStringLiteral("access_token")).toString().toLatin1();
    expectGraphError(revokeAs(token, Adele), 403, "Authorization_RequestDenied", Denied);
    emulator.setConsentedPermissions(publicClient, {});
    expectConsentRequired(tokenReply(contoso("admin"), graphScope()));
    // The SharePoint admin resource keeps its /.default grant.
    EXPECT_EQ(tokenReply(contoso("admin"), spoScope()).status, 200);
}

// "Access token claims reference": the token is a JWT whose claims say who, for which resource
// and with which permissions (scp delegated, roles app-only).
TEST_F(ConformanceTest, AccessToken_IsJwtShapedWithScpOrRoles)
{
    const QJsonObject header = jwtPart(adminToken, 0);
    EXPECT_EQ(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    EXPECT_EQ(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    EXPECT_EQ(header.value(QStringLiteral("kid")).toString(), QStringLiteral("emulator-unsigned"));
    const QJsonObject claims = jwtPart(adminToken, 1);
    EXPECT_EQ(claims.value(QStringLiteral("aud")).toString(),
              emulator.cloudConfig().value(QStringLiteral("graph")).toString());
    EXPECT_EQ(claims.value(QStringLiteral("tid")).toString(), emulator.tenant().tenantId());
    EXPECT_EQ(claims.value(QStringLiteral("oid")).toString(),
              emulator.tenant().find(contoso("admin"))->id);
    EXPECT_EQ(claims.value(QStringLiteral("upn")).toString(), contoso("admin"));
    EXPECT_EQ(claims.value(QStringLiteral("appid")).toString(),
              QLatin1String(DemoTenant::DefaultClientId));
    EXPECT_TRUE(claims.value(QStringLiteral("iss")).toString().startsWith(QStringLiteral("http")));
    const qint64 issued = claims.value(QStringLiteral("iat")).toInteger();
    EXPECT_EQ(claims.value(QStringLiteral("nbf")).toInteger(), issued);
    EXPECT_EQ(claims.value(QStringLiteral("exp")).toInteger(), issued + 3599);
    EXPECT_EQ(claims.value(QStringLiteral("scp")).toString(),
              QStringLiteral("User.Read User.Read.All User.RevokeSessions.All AuditLog.Read.All "
                             "User.EnableDisableAccount.All Directory.AccessAsUser.All "
                             "Device.Read.All"));
    EXPECT_FALSE(claims.contains(QStringLiteral("roles")));

    const QJsonObject app = jwtPart(appOnlyToken(), 1);
    EXPECT_EQ(
            app.value(QStringLiteral("roles")).toArray(),
            (QJsonArray {QStringLiteral("User.Read.All"), QStringLiteral("User.RevokeSessions.All"),
                         QStringLiteral("User.EnableDisableAccount.All"),
                         QStringLiteral("Device.ReadWrite.All"),
                         QStringLiteral("AuditLog.Read.All")}));
    EXPECT_FALSE(app.contains(QStringLiteral("scp")));
    EXPECT_FALSE(app.contains(QStringLiteral("upn")));
    EXPECT_EQ(app.value(QStringLiteral("appid")).toString(), QLatin1String(AppId));
}
