// The emulated Microsoft Graph: token checks, user look-ups in every addressing form, search,
// filter, paging, /me and roles, revokeSignInSessions, $batch.
#include "BatchTestSupport.h"

#include <QJsonArray>

using namespace rc::emu;
using namespace rc::emu::test;

namespace {

const Headers Eventual {{"ConsistencyLevel", "eventual"}};

QStringList displayNames(const Reply &reply)
{
    QStringList names;
    const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    for (const QJsonValue &user : value)
        names.append(user.toObject().value(QStringLiteral("displayName")).toString());
    return names;
}

void expectGraphError(const Reply &reply, int status, const char *code)
{
    EXPECT_EQ(reply.status, status) << reply.body.toStdString();
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QLatin1String(code));
    const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
    EXPECT_EQ(inner.value(QStringLiteral("request-id")).toString().toLatin1(),
              reply.header("request-id"));
    EXPECT_EQ(inner.value(QStringLiteral("client-request-id")).toString().toLatin1(),
              reply.header("client-request-id"));
    EXPECT_EQ(inner.value(QStringLiteral("date")).toString().size(), 19);
}

} // namespace

class EmulatorGraph : public EmulatorTest
{
protected:
    void SetUp() override
    {
        EmulatorTest::SetUp();
        adminToken = graphToken(contoso("admin"));
    }
    Reply get(const QByteArray &path, const Headers &more = {})
    {
        return client.get(graph(path), bearer(adminToken, more));
    }

    QByteArray adminToken;
};

TEST_F(EmulatorGraph, Token_MissingWrongAudienceOrExpired_401)
{
    const Reply none = client.get(graph("/v1.0/me"));
    expectGraphError(none, 401, "InvalidAuthenticationToken");
    EXPECT_EQ(none.json()[QLatin1String("error")][QLatin1String("message")].toString(),
              QStringLiteral("Access token is empty."));
    EXPECT_TRUE(none.header("www-authenticate")
                        .contains("client_id=\"00000003-0000-0000-c000-000000000000\""));

    const Reply spo = client.get(graph("/v1.0/me"), bearer(spoToken(contoso("admin"))));
    expectGraphError(spo, 401, "InvalidAuthenticationToken");
    EXPECT_EQ(spo.json()[QLatin1String("error")][QLatin1String("message")].toString(),
              QStringLiteral("Access token validation failure. Invalid audience."));

    emulator.expireAccessTokens();
    const Reply expired = get("/v1.0/me");
    expectGraphError(expired, 401, "InvalidAuthenticationToken");
    EXPECT_EQ(expired.json()[QLatin1String("error")][QLatin1String("message")].toString(),
              QStringLiteral("Lifetime validation failed, the token is expired."));
}

TEST_F(EmulatorGraph, Answers_CarryGraphHeaders)
{
    const Reply me
            = get("/v1.0/me", {{"client-request-id", "6f0c1c9e-1111-2222-3333-444455556666"}});
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.header("client-request-id"), QByteArray("6f0c1c9e-1111-2222-3333-444455556666"));
    EXPECT_EQ(me.header("request-id").size(), 36);
    EXPECT_TRUE(me.header("date").endsWith(" GMT"));
    EXPECT_EQ(me.header("content-type"),
              QByteArray("application/json;odata.metadata=minimal;odata.streaming=true;"
                         "IEEE754Compatible=false;charset=utf-8"));
    EXPECT_EQ(me.json().value(QStringLiteral("userPrincipalName")).toString(), contoso("admin"));
}

TEST_F(EmulatorGraph, GetUser_SelectAndDefaultProperties)
{
    const Reply selected
            = get("/v1.0/users/adele.vance@contoso.onmicrosoft.com?$select=id,displayName,"
                  "userType,accountEnabled,signInSessionsValidFromDateTime,createdDateTime");
    ASSERT_EQ(selected.status, 200) << selected.body.toStdString();
    const QJsonObject user = selected.json();
    EXPECT_EQ(user.keys().size(), 7);
    EXPECT_EQ(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Adele Vance"));
    EXPECT_EQ(user.value(QStringLiteral("userType")).toString(), QStringLiteral("Member"));
    EXPECT_TRUE(user.value(QStringLiteral("accountEnabled")).toBool());
    EXPECT_TRUE(user.value(QStringLiteral("signInSessionsValidFromDateTime"))
                        .toString()
                        .endsWith(QLatin1Char('Z')));
    EXPECT_TRUE(user.value(QStringLiteral("@odata.context"))
                        .toString()
                        .endsWith(QStringLiteral(
                                "/v1.0/$metadata#users(id,displayName,userType,accountEnabled,"
                                "signInSessionsValidFromDateTime,createdDateTime)/$entity")));

    const QString id = user.value(QStringLiteral("id")).toString();
    const QJsonObject byId = get("/v1.0/users/" + id.toLatin1()).json();
    EXPECT_EQ(byId.value(QStringLiteral("userPrincipalName")).toString(), contoso("adele.vance"));
    EXPECT_TRUE(byId.contains(QStringLiteral("businessPhones")));
    EXPECT_FALSE(byId.contains(QStringLiteral("signInSessionsValidFromDateTime")));
    EXPECT_FALSE(byId.contains(QStringLiteral("userType")));

    expectGraphError(get("/v1.0/users/adele.vance@contoso.onmicrosoft.com?$select=bogus"), 400,
                     "BadRequest");
    const Reply missing = get("/v1.0/users/nobody@contoso.onmicrosoft.com");
    expectGraphError(missing, 404, "Request_ResourceNotFound");
    EXPECT_EQ(
            missing.json()[QLatin1String("error")][QLatin1String("message")].toString(),
            QStringLiteral("Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its "
                           "queried reference-property objects are not present."));
}

TEST_F(EmulatorGraph, GetUser_QuotedFormApostropheDollarAndGuest)
{
    const Reply patti
            = get("/v1.0/users('o''brien%40contoso.onmicrosoft.com')?$select=displayName");
    ASSERT_EQ(patti.status, 200) << patti.body.toStdString();
    EXPECT_EQ(patti.json().value(QStringLiteral("displayName")).toString(),
              QStringLiteral("Patti O'Brien"));
    const Reply encoded
            = get("/v1.0/users('o%27%27brien%40contoso.onmicrosoft.com')?$select=displayName");
    EXPECT_EQ(encoded.status, 200) << encoded.body.toStdString();

    EXPECT_EQ(get("/v1.0/users('%24svc-backup%40contoso.onmicrosoft.com')").status, 200);
    expectGraphError(get("/v1.0/users/$svc-backup@contoso.onmicrosoft.com"), 400, "BadRequest");

    const Reply guest
            = get("/v1.0/users/"
                  "jane.doe_fabrikam.com%23EXT%23%40contoso.onmicrosoft.com?$select=userType,mail");
    ASSERT_EQ(guest.status, 200) << guest.body.toStdString();
    EXPECT_EQ(guest.json().value(QStringLiteral("userType")).toString(), QStringLiteral("Guest"));
    EXPECT_EQ(guest.json().value(QStringLiteral("mail")).toString(),
              QStringLiteral("jane.doe@fabrikam.com"));
    EXPECT_EQ(get("/v1.0/users('jane.doe_fabrikam.com%23EXT%23%40contoso.onmicrosoft.com')").status,
              200);
}

TEST_F(EmulatorGraph, Search_NeedsConsistencyLevelAndMatchesWordPrefixes)
{
    const QByteArray search
            = "/v1.0/users?$search=%22displayName:mi%22%20OR%20%22userPrincipalName:mi%22"
              "%20OR%20%22mail:mi%22&$select=displayName,userPrincipalName&$top=15&$count=true";
    expectGraphError(get(search), 400, "Request_UnsupportedQuery");
    const Reply found = get(search, Eventual);
    ASSERT_EQ(found.status, 200) << found.body.toStdString();
    EXPECT_EQ(displayNames(found),
              (QStringList {QStringLiteral("Jordan Miller"), QStringLiteral("Mikael Strand"),
                            QStringLiteral("Mirela Popescu"), QStringLiteral("Miriam Graham")}));
    EXPECT_EQ(found.json().value(QStringLiteral("@odata.count")).toInt(), 4);

    const Reply apostrophe = get("/v1.0/users?$search=%22displayName:o'b%22", Eventual);
    EXPECT_EQ(displayNames(apostrophe), QStringList {QStringLiteral("Patti O'Brien")});
    const Reply guest = get("/v1.0/users?$search=%22mail:fabrikam%22", Eventual);
    EXPECT_EQ(displayNames(guest), QStringList {QStringLiteral("Jane Doe")});
    const Reply escaped = get("/v1.0/users?$search=%22displayName:a%5C%22b%22", Eventual);
    EXPECT_EQ(escaped.status, 200);
    EXPECT_TRUE(displayNames(escaped).isEmpty());
    expectGraphError(get("/v1.0/users?$search=displayName:mi", Eventual), 400,
                     "Request_UnsupportedQuery");
    // Without ConsistencyLevel, Graph silently ignores ?$count=true ("Advanced query
    // capabilities on Microsoft Entra ID objects", Error handling).
    const Reply uncounted = get("/v1.0/users?$count=true&$top=1");
    EXPECT_EQ(uncounted.status, 200);
    EXPECT_FALSE(uncounted.json().contains(QStringLiteral("@odata.count")));
}

TEST_F(EmulatorGraph, Filter_StartsWithAndEscapedQuote)
{
    const Reply jo = get(
            "/v1.0/"
            "users?$filter=startswith(displayName,'Jo')%20or%20startswith(userPrincipalName,'jo')");
    ASSERT_EQ(jo.status, 200) << jo.body.toStdString();
    EXPECT_EQ(displayNames(jo),
              (QStringList {QStringLiteral("Johanna Lorenz"), QStringLiteral("Joni Sherman"),
                            QStringLiteral("Jordan Miller")}));
    const Reply quote = get("/v1.0/users?$filter=startswith(userPrincipalName,'o''b')");
    EXPECT_EQ(displayNames(quote), QStringList {QStringLiteral("Patti O'Brien")});
    const Reply guests = get("/v1.0/users?$filter=userType%20eq%20'Guest'");
    EXPECT_EQ(displayNames(guests), QStringList {QStringLiteral("Jane Doe")});
    expectGraphError(get("/v1.0/users?$filter=startswith(displayName,'Jo"), 400, "BadRequest");
    expectGraphError(get("/v1.0/users?$filter=startswith(city,'x')"), 400,
                     "Request_UnsupportedQuery");
    expectGraphError(get("/v1.0/users?$top=1000"), 400, "Request_BadRequest");
}

TEST_F(EmulatorGraph, Paging_FollowsNextLinkKeepingParameters)
{
    QStringList all;
    QByteArray next = "/v1.0/users?$select=displayName&$top=10";
    int pages = 0;
    Reply page = get(next);
    while (true) {
        ASSERT_EQ(page.status, 200) << page.body.toStdString();
        all += displayNames(page);
        ++pages;
        const QString link = page.json().value(QStringLiteral("@odata.nextLink")).toString();
        if (link.isEmpty())
            break;
        EXPECT_TRUE(link.startsWith(
                emulator.cloudConfig().value(QStringLiteral("graph")).toString()
                + QStringLiteral("/v1.0/users?$select=displayName&$top=10&$skiptoken=")));
        page = client.get(QUrl::fromEncoded(link.toUtf8()), bearer(adminToken));
    }
    EXPECT_EQ(all.size(), emulator.tenant().users().size());
    EXPECT_EQ(pages, (all.size() + 9) / 10);
    EXPECT_EQ(all.removeDuplicates(), 0);
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    EXPECT_EQ(all, sorted);
}

TEST_F(EmulatorGraph, Me_AndDirectoryRoles)
{
    const Reply roles = get("/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?$select="
                            "displayName,roleTemplateId&$count=true",
                            Eventual);
    ASSERT_EQ(roles.status, 200) << roles.body.toStdString();
    const QJsonArray value = roles.json().value(QStringLiteral("value")).toArray();
    ASSERT_EQ(value.size(), 1);
    const QJsonObject role = value.at(0).toObject();
    EXPECT_EQ(role.value(QStringLiteral("@odata.type")).toString(),
              QStringLiteral("#microsoft.graph.directoryRole"));
    EXPECT_EQ(role.value(QStringLiteral("displayName")).toString(),
              QStringLiteral("Global Administrator"));
    EXPECT_EQ(role.value(QStringLiteral("roleTemplateId")).toString(),
              QStringLiteral("62e90394-69f5-4237-9190-012177145e10"));
    const QByteArray lee = graphToken(contoso("lee.gu"));
    const Reply none = client.get(
            graph("/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?$count=true"),
            bearer(lee, Eventual));
    EXPECT_EQ(none.json().value(QStringLiteral("value")).toArray().size(), 0);
    EXPECT_EQ(none.json().value(QStringLiteral("@odata.count")).toInt(-1), 0);
}

TEST_F(EmulatorGraph, Revoke_MovesValidFromExceptForGuestsAndFlaggedUsers)
{
    DemoUser *adele = emulator.tenant().find(contoso("adele.vance"));
    const QDateTime before = adele->signInSessionsValidFrom;
    const QDateTime start
            = QDateTime::fromSecsSinceEpoch(emulator.now().toSecsSinceEpoch(), Qt::UTC);
    const Reply revoked = client.send(
            "POST", graph("/v1.0/users/adele.vance@contoso.onmicrosoft.com/revokeSignInSessions"),
            bearer(adminToken));
    ASSERT_EQ(revoked.status, 200) << revoked.body.toStdString();
    EXPECT_TRUE(revoked.json().value(QStringLiteral("value")).toBool());
    EXPECT_TRUE(revoked.json()
                        .value(QStringLiteral("@odata.context"))
                        .toString()
                        .endsWith(QStringLiteral("/v1.0/$metadata#Edm.Boolean")));
    EXPECT_GT(adele->signInSessionsValidFrom, before);
    EXPECT_GE(adele->signInSessionsValidFrom, start);
    const Reply reread
            = get("/v1.0/users/"
                  "adele.vance@contoso.onmicrosoft.com?$select=signInSessionsValidFromDateTime");
    EXPECT_EQ(reread.json().value(QStringLiteral("signInSessionsValidFromDateTime")).toString(),
              adele->signInSessionsValidFrom.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));

    const DemoUser *jane = emulator.tenant().find(
            QStringLiteral("jane.doe_fabrikam.com#EXT#@contoso.onmicrosoft.com"));
    const QDateTime janeBefore = jane->signInSessionsValidFrom;
    EXPECT_EQ(client.send("POST",
                          graph("/v1.0/"
                                "users('jane.doe_fabrikam.com%23EXT%23%40contoso.onmicrosoft.com')/"
                                "revokeSignInSessions"),
                          bearer(adminToken))
                      .status,
              200);
    EXPECT_EQ(jane->signInSessionsValidFrom, janeBefore);

    const DemoUser *nestor = emulator.tenant().find(contoso("nestor.wilke"));
    const QDateTime nestorBefore = nestor->signInSessionsValidFrom;
    EXPECT_EQ(client.send("POST",
                          graph("/v1.0/users/nestor.wilke@contoso.onmicrosoft.com/"
                                "revokeSignInSessions"),
                          bearer(adminToken))
                      .status,
              200);
    EXPECT_EQ(nestor->signInSessionsValidFrom, nestorBefore);
    expectGraphError(
            client.send("POST",
                        graph("/v1.0/users/nobody@contoso.onmicrosoft.com/revokeSignInSessions"),
                        bearer(adminToken)),
            404, "Request_ResourceNotFound");
}

TEST_F(EmulatorGraph, Revoke_NeedsARoleThatMayRevoke)
{
    const QByteArray path = "/v1.0/users/adele.vance@contoso.onmicrosoft.com/revokeSignInSessions";
    const Reply lee = client.send("POST", graph(path), bearer(graphToken(contoso("lee.gu"))));
    expectGraphError(lee, 403, "Authorization_RequestDenied");
    EXPECT_EQ(lee.json()[QLatin1String("error")][QLatin1String("message")].toString(),
              QStringLiteral("Insufficient privileges to complete the operation."));
    // A SharePoint Administrator holds no invalidateAllRefreshTokens.
    expectGraphError(client.send("POST", graph(path), bearer(graphToken(contoso("spadmin")))), 403,
                     "Authorization_RequestDenied");
    EXPECT_EQ(client.send("POST", graph(path), bearer(graphToken(contoso("helpdesk")))).status,
              200);
    EXPECT_EQ(client.send("POST", graph(path), bearer(graphToken(contoso("useradmin")))).status,
              200);
}

TEST_F(EmulatorGraph, Batch_DispatchesEachRequest)
{
    const QByteArray body = R"({"requests":[
        {"id":"1","method":"POST","url":"/users/alex.wilber@contoso.onmicrosoft.com/revokeSignInSessions",
         "body":{},"headers":{"Content-Type":"application/json"}},
        {"id":"2","method":"GET","url":"/users/nobody@contoso.onmicrosoft.com"},
        {"id":"3","method":"GET","url":"/me?$select=displayName"}]})";
    // Responses come back in any order (the emulator shuffles them): matched by id.
    const BatchReply batch = readBatch(
            client.send("POST", graph("/v1.0/$batch"),
                        bearer(adminToken, {{"Content-Type", "application/json"}}), body));
    ASSERT_EQ(batch.reply.status, 200) << batch.reply.body.toStdString();
    ASSERT_EQ(batch.byId.size(), 3);
    const QString revoked = QStringLiteral("1");
    const QString missing = QStringLiteral("2");
    EXPECT_EQ(batch.status(revoked), 200);
    EXPECT_TRUE(batch.body(revoked)[QLatin1String("value")].toBool());
    EXPECT_EQ(batch.status(missing), 404);
    EXPECT_EQ(batch.errorCode(missing), QStringLiteral("Request_ResourceNotFound"));
    EXPECT_EQ(batch.body(QStringLiteral("3"))[QLatin1String("displayName")].toString(),
              QStringLiteral("MOD Administrator"));

    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(QJsonObject {{QStringLiteral("id"), QString::number(i)},
                                 {QStringLiteral("method"), QStringLiteral("GET")},
                                 {QStringLiteral("url"), QStringLiteral("/me")}});
    const QByteArray tooMany
            = QJsonDocument(QJsonObject {{QStringLiteral("requests"), many}}).toJson();
    expectGraphError(client.send("POST", graph("/v1.0/$batch"), bearer(adminToken), tooMany), 400,
                     "BadRequest");
}

TEST_F(EmulatorGraph, UnknownRoute_GraphErrorShape)
{
    expectGraphError(get("/v1.0/groupies"), 400, "BadRequest");
    expectGraphError(get("/v2.0/users"), 400, "BadRequest");
}
