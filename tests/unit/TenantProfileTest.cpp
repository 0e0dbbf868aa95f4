// Tenant profiles: what is kept in the settings file, what an export carries (never a secret),
// and how a hand-edited file is refused.
#include "profile/Settings.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

TenantProfile contoso()
{
    auto p = TenantProfile::forTenant(QStringLiteral("Contoso.onmicrosoft.com"));
    EXPECT_TRUE(p.ok());
    return p.value();
}

} // namespace

TEST(TenantProfile, FirstUseIsNamedAfterTheTenantWithTheDefaultApp)
{
    const TenantProfile p = contoso();
    EXPECT_EQ(p.id, QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_EQ(p.name, QStringLiteral("contoso.onmicrosoft.com")); // as Tenant::parse keeps it
    EXPECT_EQ(p.cloud, QStringLiteral("global"));
    EXPECT_EQ(p.clientId, QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    EXPECT_EQ(p.flow, SignInFlow::DeviceCode);
    EXPECT_FALSE(TenantProfile::forTenant(QStringLiteral("not a tenant/..")).ok());
    EXPECT_FALSE(
            TenantProfile::forTenant(QStringLiteral("contoso.com"), QStringLiteral("nope")).ok());
}

TEST(TenantProfile, FlowNamesRoundTrip)
{
    for (auto flow : {SignInFlow::DeviceCode, SignInFlow::Browser, SignInFlow::Certificate})
        EXPECT_EQ(parseFlow(flowName(flow)), flow);
    EXPECT_EQ(parseFlow(QStringLiteral("Browser")), SignInFlow::Browser);
    EXPECT_FALSE(parseFlow(QStringLiteral("password")).has_value());
}

TEST(TenantProfile, ExportImportKeepsEverythingButTheLastAccount)
{
    QTemporaryDir dir;
    TenantProfile p = contoso();
    p.name = QStringLiteral("Contoso (prod)");
    const auto cloud = CloudEndpoints::create(QStringLiteral("http://127.0.0.1:1"),
                                              QStringLiteral("http://127.0.0.1:2"),
                                              QStringLiteral("http://127.0.0.1:3"));
    ASSERT_TRUE(cloud.ok());
    p.setEndpoints(cloud.value());
    p.flow = SignInFlow::Certificate;
    p.certificatePath = QStringLiteral("/etc/revoke/app.pfx");
    p.lastAccount = QStringLiteral("admin@contoso.onmicrosoft.com");
    const QString file = dir.filePath(QStringLiteral("p.json"));
    ASSERT_TRUE(p.exportFile(file).ok());

    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_FALSE(text.contains("admin@contoso")); // who signed in stays on this computer
    const auto back = TenantProfile::importFile(file);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value().name, p.name);
    EXPECT_EQ(back.value().tenant, p.tenant);
    EXPECT_EQ(back.value().cloud, QStringLiteral("custom"));
    EXPECT_EQ(back.value().endpoints().value().graph(), QUrl(QStringLiteral("http://127.0.0.1:2")));
    EXPECT_EQ(back.value().flow, SignInFlow::Certificate);
    EXPECT_EQ(back.value().certificatePath, p.certificatePath);
    EXPECT_TRUE(back.value().lastAccount.isEmpty());
}

// Found by fuzz_profile_import: a name cut at 100 characters inside a run of blanks (or a
// surrogate pair) read back different from its own export.
TEST(TenantProfile, ALongNameIsCutWhereItReadsBackTheSame)
{
    const auto import = [](const QString &name) {
        QJsonObject o = contoso().toJson();
        o.insert(QStringLiteral("name"), name);
        return TenantProfile::fromJson(o);
    };
    const QString blanks
            = QStringLiteral("Contoso ap") + QString(120, QChar(u'\f')) + QStringLiteral("p");
    const QString emoji
            = QString(99, QLatin1Char('x')) + QString::fromUtf8("\xF0\x9F\x94\x91 tail");
    for (const QString &raw : {blanks, emoji}) {
        const auto first = import(raw);
        ASSERT_TRUE(first.ok());
        const QString name = first.value().name;
        EXPECT_LE(name.size(), 100);
        EXPECT_EQ(name, name.trimmed());
        EXPECT_FALSE(name.back().isHighSurrogate());
        const auto again = TenantProfile::fromJson(
                QJsonDocument::fromJson(QJsonDocument(first.value().toJson()).toJson()).object());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again.value().name, name);
    }
}

TEST(TenantProfile, ImportRefusesWhatIsNotAProfile)
{
    QTemporaryDir dir;
    const auto write = [&](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("f.json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    };
    const auto message = [](const Result<TenantProfile> &r) {
        return r.ok() ? QString() : r.error().message;
    };
    EXPECT_TRUE(message(TenantProfile::importFile(dir.filePath(QStringLiteral("missing.json"))))
                        .startsWith(QStringLiteral("Cannot read the profile")));
    EXPECT_TRUE(message(TenantProfile::importFile(write("{not json")))
                        .contains(QStringLiteral("is not JSON")));
    EXPECT_TRUE(message(TenantProfile::importFile(write("{\"tenant\":\"contoso.com\"}")))
                        .contains(QStringLiteral("not a Revoke Console profile")));
    // A custom cloud that sends tokens over plain http to a remote host is refused on import too.
    EXPECT_FALSE(TenantProfile::importFile(
                         write(R"({"revokeConsoleProfile":1,"tenant":"contoso.com","cloud":"custom",
                         "cloudConfig":{"authority":"http://evil.example","graph":"http://evil.example",
                         "sharepointAdmin":"http://evil.example"},"signIn":"browser"})"))
                         .ok());
    EXPECT_TRUE(
            message(TenantProfile::importFile(write(
                            R"({"revokeConsoleProfile":1,"tenant":"contoso.com","signIn":"certificate"})")))
                    .contains(QStringLiteral("must name its certificate")));
    EXPECT_TRUE(
            message(TenantProfile::importFile(write(
                            R"({"revokeConsoleProfile":1,"tenant":"contoso.com","signIn":"password"})")))
                    .contains(QStringLiteral("device-code, browser or certificate")));
}

TEST(Settings, ProfilesPersistSortedByNameAndTheCurrentOneIsRemembered)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(ini);
        TenantProfile a = contoso();
        a.name = QStringLiteral("zeta");
        a.lastAccount = QStringLiteral("admin@contoso.onmicrosoft.com");
        auto b = TenantProfile::forTenant(QStringLiteral("fabrikam.onmicrosoft.com"));
        ASSERT_TRUE(b.ok());
        b.value().flow = SignInFlow::Browser;
        settings.saveProfile(a);
        settings.saveProfile(b.value());
        settings.setCurrentProfileId(b.value().id);
        ASSERT_TRUE(settings.sync());
    }
    Settings settings(ini);
    const QList<TenantProfile> profiles = settings.profiles();
    ASSERT_EQ(profiles.size(), 2);
    EXPECT_EQ(profiles.at(0).tenant, QStringLiteral("fabrikam.onmicrosoft.com"));
    EXPECT_EQ(profiles.at(0).flow, SignInFlow::Browser);
    EXPECT_EQ(profiles.at(1).name, QStringLiteral("zeta"));
    EXPECT_EQ(profiles.at(1).lastAccount, QStringLiteral("admin@contoso.onmicrosoft.com"));
    EXPECT_EQ(settings.currentProfileId(), QStringLiteral("fabrikam.onmicrosoft.com"));

    settings.removeProfile(QStringLiteral("fabrikam.onmicrosoft.com"));
    EXPECT_EQ(settings.profiles().size(), 1);
    EXPECT_TRUE(settings.currentProfileId().isEmpty());
    EXPECT_FALSE(settings.profile(QStringLiteral("fabrikam.onmicrosoft.com")).has_value());
}

TEST(Settings, AHandEditedPlainHttpCloudIsIgnored)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    QFile f(ini);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[profiles]\nevil\\tenant=contoso.com\nevil\\cloud=custom\n"
            "evil\\authority=http://evil.example\nevil\\graph=http://evil.example\n"
            "evil\\sharepointAdmin=http://evil.example\nevil\\signIn=device-code\n");
    f.close();
    Settings settings(ini);
    EXPECT_TRUE(settings.profiles().isEmpty());
}
