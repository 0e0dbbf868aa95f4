// The emulated SharePoint admin endpoint: CSOM RevokeAllUserSessions for each State, the strict
// request checks that answer ErrorInfo, access control, token audience, and the REST form.
#include "EmulatorTestSupport.h"

#include <QJsonArray>

using namespace rc::emu;
using namespace rc::emu::test;

namespace {

QByteArray revokeXml(const QString &user,
                     const QByteArray &typeId = "{e45fd516-a408-4ca4-b6dc-268e2f1f0f83}")
{
    return R"(<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="Revoke Console" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions><ObjectPath Id="2" ObjectPathId="1"/><ObjectPath Id="4" ObjectPathId="3"/><Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties/></Query></Query></Actions><ObjectPaths><Constructor Id="1" TypeId=")"
            + typeId
            + R"("/><Method Id="3" ParentId="1" Name="RevokeAllUserSessions"><Parameters><Parameter Type="String">)"
            + user.toHtmlEscaped().toUtf8()
            + "</Parameter></Parameters></Method></ObjectPaths></Request>";
}

} // namespace

class EmulatorSharePoint : public EmulatorTest
{
protected:
    void SetUp() override
    {
        EmulatorTest::SetUp();
        adminToken = spoToken(contoso("admin"));
    }
    Reply processQuery(const QByteArray &xml, const QByteArray &token = {})
    {
        return client.send(
                "POST", sharePoint("/_vti_bin/client.svc/ProcessQuery"),
                bearer(token.isEmpty() ? adminToken : token, {{"Content-Type", "text/xml"}}), xml);
    }
    // The State of a successful answer, or -1 (and the ErrorInfo checked absent).
    static int stateOf(const Reply &reply)
    {
        const QJsonArray array = reply.array();
        if (reply.status != 200 || array.size() != 7
            || !array.at(0)[QLatin1String("ErrorInfo")].isNull())
            return -1;
        EXPECT_EQ(array.at(1).toInt(), 2);
        EXPECT_FALSE(array.at(2)[QLatin1String("IsNull")].toBool(true));
        EXPECT_EQ(array.at(3).toInt(), 4);
        EXPECT_EQ(array.at(5).toInt(), 5);
        EXPECT_EQ(array.at(6)[QLatin1String("_ObjectType_")].toString(),
                  QStringLiteral("Microsoft.Online.SharePoint.TenantManagement."
                                 "SPOUserSessionRevocationResult"));
        EXPECT_EQ(array.at(0)[QLatin1String("TraceCorrelationId")].toString().toLatin1(),
                  reply.header("sprequestguid"));
        EXPECT_EQ(reply.header("request-id"), reply.header("sprequestguid"));
        return array.at(6)[QLatin1String("State")].toInt(-1);
    }
    static QJsonObject errorInfo(const Reply &reply)
    {
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject header = reply.array().at(0).toObject();
        EXPECT_EQ(header.value(QStringLiteral("SchemaVersion")).toString(),
                  QStringLiteral("15.0.0.0"));
        EXPECT_EQ(header.value(QStringLiteral("TraceCorrelationId")).toString().toLatin1(),
                  reply.header("sprequestguid"));
        return header.value(QStringLiteral("ErrorInfo")).toObject();
    }

    QByteArray adminToken;
};

TEST_F(EmulatorSharePoint, EachSeededUserAnswersItsState)
{
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("grady.archie")))), 0);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("isaiah.langer")))), 1);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("nobody")))), 1);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("diego.siciliani")))), 2);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("alex.wilber")))), 3);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("adele.vance")))), 4);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("o'brien")))), 4);
}

TEST_F(EmulatorSharePoint, SuccessStatesRevokeEntraSessionsToo)
{
    const DemoUser *adele = emulator.tenant().find(contoso("adele.vance"));
    const DemoUser *diego = emulator.tenant().find(contoso("diego.siciliani"));
    const QDateTime adeleBefore = adele->signInSessionsValidFrom;
    const QDateTime diegoBefore = diego->signInSessionsValidFrom;
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("adele.vance")))), 4);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("diego.siciliani")))), 2);
    EXPECT_GT(adele->signInSessionsValidFrom, adeleBefore);
    EXPECT_EQ(diego->signInSessionsValidFrom, diegoBefore);
}

TEST_F(EmulatorSharePoint, TenantLevelDisabled_FeatureDisabledForEveryone)
{
    emulator.setSharePointRevocationDisabled(true);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("adele.vance")))), 0);
    EXPECT_EQ(stateOf(processQuery(revokeXml(contoso("nobody")))), 0);
}

TEST_F(EmulatorSharePoint, WrongTypeId_ErrorInfoNotState)
{
    const QJsonObject info = errorInfo(processQuery(
            revokeXml(contoso("adele.vance"), "{268004ae-ef6b-4e9b-8425-127220d84719}")));
    EXPECT_EQ(info.value(QStringLiteral("ErrorTypeName")).toString(),
              QStringLiteral("Microsoft.SharePoint.Client.InvalidClientQueryException"));
    EXPECT_TRUE(info.value(QStringLiteral("ErrorMessage"))
                        .toString()
                        .contains(QStringLiteral("268004ae")));
    // The GUID compares case-insensitively, with or without braces.
    EXPECT_EQ(stateOf(processQuery(
                      revokeXml(contoso("adele.vance"), "{E45FD516-A408-4CA4-B6DC-268E2F1F0F83}"))),
              4);
}

TEST_F(EmulatorSharePoint, MalformedOrInconsistentRequests_ErrorInfo)
{
    const QByteArray good = revokeXml(contoso("adele.vance"));
    const QList<QByteArray> bad {
            good.left(good.size() - 20), // truncated XML
            QByteArray(good).replace("clientquery/2009", "clientquery/2010"), // wrong namespace
            QByteArray(good).replace("ObjectPathId=\"3\"/>", "ObjectPathId=\"9\"/>"), // dangling id
            QByteArray(good).replace(
                    "</Parameter></Parameters>",
                    "</Parameter><Parameter Type=\"String\">x</Parameter></Parameters>"),
            QByteArray(good).replace("Type=\"String\"", "Type=\"Int32\""),
            QByteArray(good).replace("RevokeAllUserSessions", "RevokeAllUserSession"),
            "not xml at all"};
    for (const QByteArray &xml : bad) {
        const Reply reply = processQuery(xml);
        const QJsonObject info = errorInfo(reply);
        EXPECT_FALSE(info.isEmpty()) << xml.toStdString();
        EXPECT_EQ(info.value(QStringLiteral("ErrorCode")).toInt(), -1);
        EXPECT_EQ(reply.array().size(), 1);
    }
}

TEST_F(EmulatorSharePoint, ElementOrderAndIdsAreFree)
{
    const QByteArray xml
            = R"(<Request xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><ObjectPaths><Method Id="70" ParentId="12" Name="RevokeAllUserSessions"><Parameters><Parameter Type="String">adele.vance@contoso.onmicrosoft.com</Parameter></Parameters></Method><Constructor Id="12" TypeId="{e45fd516-a408-4ca4-b6dc-268e2f1f0f83}"/></ObjectPaths><Actions><Query Id="99" ObjectPathId="70"/></Actions></Request>)";
    const Reply reply = processQuery(xml);
    const QJsonArray array = reply.array();
    ASSERT_EQ(array.size(), 3) << reply.body.toStdString();
    EXPECT_EQ(array.at(1).toInt(), 99);
    EXPECT_EQ(array.at(2)[QLatin1String("State")].toInt(), 4);
}

TEST_F(EmulatorSharePoint, NonAdminCaller_AccessDenied)
{
    const QJsonObject info = errorInfo(
            processQuery(revokeXml(contoso("adele.vance")), spoToken(contoso("lee.gu"))));
    EXPECT_EQ(info.value(QStringLiteral("ErrorTypeName")).toString(),
              QStringLiteral("System.UnauthorizedAccessException"));
    EXPECT_EQ(info.value(QStringLiteral("ErrorCode")).toInt(), -2147024891);
    EXPECT_EQ(info.value(QStringLiteral("ErrorMessage")).toString(),
              QStringLiteral("Access denied. You do not have permission to perform this action or "
                             "access this resource."));
    EXPECT_EQ(
            stateOf(processQuery(revokeXml(contoso("adele.vance")), spoToken(contoso("spadmin")))),
            4);
}

TEST_F(EmulatorSharePoint, EmptyUserName_ArgumentError)
{
    const QJsonObject info = errorInfo(processQuery(revokeXml(QString())));
    EXPECT_EQ(info.value(QStringLiteral("ErrorTypeName")).toString(),
              QStringLiteral("System.ArgumentException"));
}

TEST_F(EmulatorSharePoint, GraphTokenOrNone_401WithDiagnostics)
{
    const Reply graphAudience
            = processQuery(revokeXml(contoso("adele.vance")), graphToken(contoso("admin")));
    EXPECT_EQ(graphAudience.status, 401);
    EXPECT_TRUE(graphAudience.header("www-authenticate")
                        .startsWith(QByteArray(
                                "Bearer realm=\"" + emulator.tenant().tenantId().toLatin1()
                                + "\",client_id=\"00000003-0000-0ff1-ce00-000000000000\"")));
    EXPECT_TRUE(graphAudience.header("x-ms-diagnostics")
                        .startsWith("3000003;reason=\"Invalid audience Uri '"));
    EXPECT_FALSE(graphAudience.header("sprequestguid").isEmpty());
    EXPECT_EQ(client.send("POST", sharePoint("/_vti_bin/client.svc/ProcessQuery"), {},
                          revokeXml(contoso("adele.vance")))
                      .status,
              401);
    emulator.expireAccessTokens();
    const Reply expired = processQuery(revokeXml(contoso("adele.vance")));
    EXPECT_EQ(expired.status, 401);
    EXPECT_TRUE(expired.header("x-ms-diagnostics").contains("Token expired"));
}

TEST_F(EmulatorSharePoint, RestForm)
{
    const QUrl rest
            = sharePoint("/_api/Microsoft.Online.SharePoint.TenantManagement.Office365Tenant/"
                         "RevokeAllUserSessions");
    const Headers json {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    const Reply ok = client.send("POST", rest, bearer(adminToken, json),
                                 R"({"userName":"alex.wilber@contoso.onmicrosoft.com"})");
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_EQ(ok.json().value(QStringLiteral("State")).toInt(), 3);
    const Reply denied = client.send("POST", rest, bearer(spoToken(contoso("lee.gu")), json),
                                     R"({"userName":"x@contoso.onmicrosoft.com"})");
    EXPECT_EQ(denied.status, 403);
    EXPECT_EQ(denied.json()[QLatin1String("odata.error")][QLatin1String("code")].toString(),
              QStringLiteral("-2147024891, System.UnauthorizedAccessException"));
}
