// What the fuzz targets (tests/fuzz) found, fed to the same parsers as the same bytes; each input
// is also kept in its target's corpus (tests/fuzz/corpus/<target>/crash-*).
#include "cli/ConnectionOptions.h"
#include "cloud/CloudEndpoints.h"
#include "directory/GraphQuery.h"
#include "profile/TenantProfile.h"
#include "support/QtPrinters.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rc;

namespace {

const QString Guid = QStringLiteral("72f988bf-86f0-41af-91ab-4d7cd011db47");

} // namespace

// tenant/crash-guid-then-a-byte: QUuid::fromString reads a GUID at the start of its text and
// ignores the rest, so anything after one reached the token endpoint's URL path.
TEST(FuzzFindings, ATenantIsAGuidOnlyWhenItIsNothingElse)
{
    const QByteArray found("72f988bf-86f0-41af-91ab-4d7cd011db47\xce");
    EXPECT_FALSE(Tenant::parse(QString::fromUtf8(found)).ok());
    EXPECT_FALSE(Tenant::parse(Guid + QStringLiteral("/../../common")).ok());
    EXPECT_FALSE(Tenant::parse(Guid + QStringLiteral("x")).ok());
    ASSERT_TRUE(Tenant::parse(Guid).ok());
    EXPECT_TRUE(Tenant::parse(Guid).value().isGuid());
}

// The same reading of client ids: an imported profile and --client-id.
TEST(FuzzFindings, AClientIdIsAGuidOnlyWhenItIsNothingElse)
{
    EXPECT_FALSE(TenantProfile::forTenant(QStringLiteral("contoso.onmicrosoft.com"),
                                          Guid + QStringLiteral("&scope=x"))
                         .ok());
    EXPECT_TRUE(TenantProfile::forTenant(QStringLiteral("contoso.onmicrosoft.com"), Guid).ok());
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    cli::CliOptions options;
    options.tenant = QStringLiteral("contoso.onmicrosoft.com");
    options.clientId = Guid + QStringLiteral("&scope=x");
    EXPECT_FALSE(cli::resolveProfile(options, settings).ok());
    options.clientId = Guid;
    EXPECT_TRUE(cli::resolveProfile(options, settings).ok());
    EXPECT_FALSE(graph::isObjectId(Guid + QStringLiteral("@contoso.com")));
    EXPECT_TRUE(graph::isObjectId(Guid));
}

// profile_import/crash-config-of-a-preset-cloud.json: a cloudConfig next to a preset cloud (here
// the "cloud" key is misspelt, so the cloud is global) was kept, unused and never exported, so the
// export of an import differed from it.
TEST(FuzzFindings, AProfileKeepsACloudConfigOnlyForACustomCloud)
{
    const QByteArray found
            = R"({"revokeConsoleProfile":1,"name":"Demo tenant",)"
              R"("tenant":"contoso.onmicrosoft.com","cl,ud":"custom",)"
              R"("cloudConfig":{"authority":"http://127.0.0.1:40001",)"
              R"("graph":"http://127.0.0.1:40002",)"
              R"("sharepointAdmin":"http://127.0.0.1:40003"},)"
              R"("clientId":"14d82eec-202b-4c2f-b7e8-296a70dab67e","signIn":"browser"})";
    const auto imported = TenantProfile::fromJson(QJsonDocument::fromJson(found).object());
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported.value().cloud, QStringLiteral("global"));
    EXPECT_TRUE(imported.value().customCloud.isEmpty());
    const auto again = TenantProfile::fromJson(imported.value().toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().customCloud, imported.value().customCloud);
}
