#include "cloud/CloudEndpoints.h"
#include "support/QtPrinters.h"

#include <QTemporaryFile>
#include <gtest/gtest.h>

using namespace rc;

namespace {
Tenant tenant(const char *t)
{
    return Tenant::parse(QString::fromUtf8(t)).value();
}
} // namespace

TEST(CloudEndpoints, PresetsNameTheThreeServicesOfEachCloud)
{
    const auto global = CloudEndpoints::preset(QStringLiteral("global")).value();
    EXPECT_EQ(global.authority(), QUrl(QStringLiteral("https://login.microsoftonline.com")));
    EXPECT_EQ(global.sharePointAdmin(tenant("contoso.onmicrosoft.com")).value(),
              QUrl(QStringLiteral("https://contoso-admin.sharepoint.com")));
    const auto usgov = CloudEndpoints::preset(QStringLiteral("usgov")).value();
    EXPECT_EQ(usgov.graph(), QUrl(QStringLiteral("https://graph.microsoft.us")));
    EXPECT_EQ(usgov.sharePointAdmin(tenant("contoso.onmicrosoft.us")).value(),
              QUrl(QStringLiteral("https://contoso-admin.sharepoint.us")));
    const auto china = CloudEndpoints::preset(QStringLiteral("china")).value();
    EXPECT_EQ(china.authority(), QUrl(QStringLiteral("https://login.chinacloudapi.cn")));
    EXPECT_EQ(china.graph(), QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn")));
    EXPECT_FALSE(CloudEndpoints::preset(QStringLiteral("mars")).ok());
}

TEST(CloudEndpoints, ScopesAreDerivedFromTheBaseUrls)
{
    const auto global = CloudEndpoints::preset(QStringLiteral("global")).value();
    const Tenant contoso = tenant("contoso.onmicrosoft.com");
    EXPECT_EQ(global.defaultScope(Resource::Graph, contoso).value(),
              QStringLiteral("https://graph.microsoft.com/.default"));
    EXPECT_EQ(global.defaultScope(Resource::SharePoint, contoso).value(),
              QStringLiteral("https://contoso-admin.sharepoint.com/.default"));
    EXPECT_EQ(global.identityEndpoint(contoso, QStringLiteral("token")),
              QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/"
                                  "oauth2/v2.0/token")));
}

TEST(CloudEndpoints, SharePointNeedsTheInitialDomainWhenTheTemplateHasATenant)
{
    const auto global = CloudEndpoints::preset(QStringLiteral("global")).value();
    const auto fromGuid = global.sharePointAdmin(tenant("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    ASSERT_FALSE(fromGuid.ok());
    EXPECT_EQ(fromGuid.error().kind, ServiceError::Kind::Configuration);
    EXPECT_TRUE(fromGuid.error().message.contains(QStringLiteral("contoso.onmicrosoft.com")));
}

TEST(CloudEndpoints, ConfigFileWithLoopbackHttpIsAccepted)
{
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(
            R"({"authority":"http://127.0.0.1:4001/","graph":"http://localhost:4002","sharepointAdmin":"http://[::1]:4003"})");
    file.close();
    const auto cloud = CloudEndpoints::fromFile(file.fileName());
    ASSERT_TRUE(cloud.ok()) << cloud.error().message.toStdString();
    EXPECT_EQ(cloud.value().authority(), QUrl(QStringLiteral("http://127.0.0.1:4001")));
    EXPECT_EQ(
            cloud.value().defaultScope(Resource::Graph, tenant("contoso.onmicrosoft.com")).value(),
            QStringLiteral("http://localhost:4002/.default"));
}

// A file over the bound is refused as a whole, not cut at 64 KB and read as what remains.
TEST(CloudEndpoints, AConfigFileOverTheBoundIsRefusedNotCut)
{
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write(R"({"authority":"https://login.example.com","graph":"https://graph.example.com",)"
               R"("sharepointAdmin":"https://{tenant}-admin.example.com","padding":")");
    file.write(QByteArray(70 * 1024, 'x'));
    file.write(R"("})");
    file.close();
    const auto cloud = CloudEndpoints::fromFile(file.fileName());
    ASSERT_FALSE(cloud.ok());
    EXPECT_TRUE(cloud.error().message.contains(QStringLiteral("larger than 64 KB")))
            << cloud.error().message.toStdString();
}

TEST(CloudEndpoints, PlainHttpToARemoteHostIsRefusedWithAClearError)
{
    const auto cloud = CloudEndpoints::fromJson(
            R"({"authority":"http://login.example.com","graph":"https://graph.example.com","sharepointAdmin":"https://{tenant}-admin.example.com"})");
    ASSERT_FALSE(cloud.ok());
    EXPECT_EQ(cloud.error().kind, ServiceError::Kind::Configuration);
    EXPECT_TRUE(cloud.error().message.contains(QStringLiteral("https")));
    EXPECT_FALSE(checkTransportSecurity(QUrl(QStringLiteral("http://10.0.0.5/x"))).ok());
    EXPECT_TRUE(checkTransportSecurity(QUrl(QStringLiteral("http://127.0.0.2:9/x"))).ok());
}

TEST(CloudEndpoints, MissingOrMalformedConfigIsAnError)
{
    EXPECT_FALSE(CloudEndpoints::fromJson("not json").ok());
    EXPECT_FALSE(CloudEndpoints::fromJson(R"({"authority":"https://a.example"})").ok());
    EXPECT_FALSE(
            CloudEndpoints::fromJson(
                    R"({"authority":"nonsense","graph":"https://g","sharepointAdmin":"https://s"})")
                    .ok());
    EXPECT_FALSE(CloudEndpoints::fromFile(QStringLiteral("/nonexistent/cloud.json")).ok());
}

TEST(Tenant, AcceptsDomainsGuidsAndOrganizations)
{
    EXPECT_TRUE(Tenant::parse(QStringLiteral("Contoso.OnMicrosoft.com")).ok());
    EXPECT_EQ(
            Tenant::parse(QStringLiteral("Contoso.OnMicrosoft.com")).value().initialDomainPrefix(),
            QStringLiteral("contoso"));
    EXPECT_TRUE(
            Tenant::parse(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")).value().isGuid());
    EXPECT_TRUE(Tenant::parse(QStringLiteral("organizations")).ok());
    EXPECT_FALSE(Tenant::parse(QStringLiteral("contoso/../evil")).ok());
    EXPECT_FALSE(Tenant::parse(QStringLiteral("")).ok());
}

TEST(Tenant, InitialDomainPrefixOnlyForAnInitialDomain)
{
    const auto prefix = [](const char *tenant) {
        return Tenant::parse(QString::fromLatin1(tenant)).value().initialDomainPrefix();
    };
    EXPECT_EQ(prefix("fabrikam-01.onmicrosoft.us"), QStringLiteral("fabrikam-01"));
    EXPECT_EQ(prefix("contoso.partner.onmschina.cn"), QStringLiteral("contoso"));
    // A vanity domain, a subdomain of an initial domain, a GUID and "organizations" have none.
    EXPECT_EQ(prefix("contoso.com"), QString());
    EXPECT_EQ(prefix("eu.contoso.onmicrosoft.com"), QString());
    EXPECT_EQ(prefix("contoso.onmicrosoft.com.evil.example"), QString());
    EXPECT_EQ(prefix("72f988bf-86f1-41af-91ab-2d7cd011db47"), QString());
    EXPECT_EQ(prefix("organizations"), QString());
}

TEST(CloudEndpoints, TenantPlaceholderOnlyInTheSharePointAdminSite)
{
    EXPECT_FALSE(CloudEndpoints::create(QStringLiteral("https://{tenant}.login.example"),
                                        QStringLiteral("https://graph.example"),
                                        QStringLiteral("https://{tenant}-admin.example"))
                         .ok());
    EXPECT_TRUE(CloudEndpoints::create(QStringLiteral("https://login.example"),
                                       QStringLiteral("https://graph.example"),
                                       QStringLiteral("https://{tenant}-admin.example"))
                        .ok());
    EXPECT_FALSE(Tenant::parse(QStringLiteral("{72f988bf-86f1-41af-91ab-2d7cd011db47}")).ok());
}
