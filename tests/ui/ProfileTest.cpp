// Tenant profiles in the window: the switcher lists the settings' profiles and switching opens that
// tenant's connection and tries its keychain sign-in without a dialog; a tenant signed in to
// becomes a profile; export and import round-trip through the Profiles menu without a secret in
// the file; removing a profile signs it out. No keychain here (null): the window still works.
#include "WindowFixture.h"
#include "emulator/DemoTenant.h"
#include "emulator/FormFields.h"
#include "ui/ObjectNames.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class WindowProfiles : public WindowTest
{
protected:
    QString tenantId() const { return m_emulator->tenant().tenantId(); }

    // Every refresh token the window sent to the identity platform (each one it was issued is
    // redeemed at least once for SharePoint below).
    QList<QByteArray> sentRefreshTokens() const
    {
        QList<QByteArray> tokens;
        for (const auto &r : requests(emu::Service::Identity, "POST", QStringLiteral("/token"))) {
            const QString token
                    = emu::FormFields::parse(r.body).value(QStringLiteral("refresh_token"));
            if (!token.isEmpty())
                tokens << token.toUtf8();
        }
        return tokens;
    }
    // Makes the session redeem its refresh token (for SharePoint), so the emulator records it.
    void redeemRefreshToken()
    {
        bool done = false;
        QObject context;
        connection().session().accessToken(Resource::SharePoint, &context,
                                           [&done](Result<TokenPtr>) { done = true; });
        ASSERT_TRUE(waitFor([&] { return done; }));
    }
    void signInWithDeviceCode()
    {
        m_emulator->setAutoApproveAs(upn("admin"));
        m_driver->click(names::SignInButton);
        ASSERT_TRUE(m_driver->waitSignedIn());
    }
};

} // namespace

TEST_F(WindowProfiles, SwitcherListsTheProfiles_SwitchingOpensThatTenantWithoutADialog)
{
    saveProfile(Domain, QStringLiteral("Contoso"), SignInFlow::DeviceCode, true);
    saveProfile(tenantId(), QStringLiteral("Contoso by ID"), SignInFlow::Browser);
    openWithProfiles();

    EXPECT_EQ(m_driver->profileNames(),
              (QStringList {QStringLiteral("Contoso"), QStringLiteral("Contoso by ID")}));
    EXPECT_EQ(m_driver->currentProfile(), QStringLiteral("Contoso"));
    ASSERT_TRUE(m_driver->waitReadyToSignIn()) << "no keychain: the pane waits for Sign in";
    EXPECT_EQ(connection().session().tenant().id(), Domain);
    EXPECT_EQ(m_driver->bannerCount(), 0) << "nothing to report when there is no saved sign-in";

    ASSERT_TRUE(m_driver->chooseProfile(QStringLiteral("Contoso by ID")));
    EXPECT_EQ(connection().session().tenant().id(), tenantId());
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    EXPECT_EQ(m_driver->find<QLineEdit>(names::TenantEdit)->text(), tenantId());
    EXPECT_EQ(m_driver->find<QComboBox>(names::SignInMethodCombo)->currentData().toString(),
              QStringLiteral("browser"));
    EXPECT_EQ(profiles().currentProfileId(), tenantId());
    // A silent attempt with nothing saved asks the identity platform nothing.
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Identity).isEmpty());

    // The switched-to profile signs in with its own method... and stays a profile of its own.
    m_driver->setMethod(QStringLiteral("device-code"));
    signInWithDeviceCode();
    EXPECT_EQ(connection().session().tenant().id(), tenantId());
    EXPECT_EQ(m_driver->currentProfile(), QStringLiteral("Contoso by ID"));
    EXPECT_EQ(profiles().profile(tenantId())->lastAccount, upn("admin"));

    // Back to the first: a new connection, signed out, the account of the other one not shown.
    ASSERT_TRUE(m_driver->chooseProfile(QStringLiteral("Contoso")));
    EXPECT_EQ(connection().session().tenant().id(), Domain);
    EXPECT_FALSE(connection().session().isSignedIn());
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    EXPECT_FALSE(m_driver->find<QWidget>(names::AccountLabel)->isVisible());
    EXPECT_FALSE(m_driver->find<QWidget>(names::SearchEdit)->isEnabled());
}

// WCAG 3.2.2: browsing the profiles from the keyboard does not switch tenants on every arrow
// press (Qt's closed combo box would choose, and report as activated, each entry passed over).
TEST_F(WindowProfiles, ArrowKeysOpenTheList_OnlyEnterSwitches)
{
    saveProfile(Domain, QStringLiteral("Contoso"), SignInFlow::DeviceCode, true);
    saveProfile(tenantId(), QStringLiteral("Contoso by ID"), SignInFlow::Browser);
    openWithProfiles();
    auto *combo = m_driver->find<QComboBox>(names::ProfileCombo);
    combo->setFocus();
    ASSERT_TRUE(waitFor([&] { return combo->hasFocus(); }));

    for (Qt::Key key : {Qt::Key_Down, Qt::Key_End, Qt::Key_PageDown}) {
        QTest::keyClick(combo, key);
        ASSERT_TRUE(waitFor([&] { return combo->view()->isVisible(); })) << key;
        EXPECT_EQ(combo->currentText(), QStringLiteral("Contoso")) << key;
        EXPECT_EQ(connection().session().tenant().id(), Domain) << key;
        // Looking through the list and leaving it with Esc changes nothing either.
        QTest::keyClick(combo->view(), Qt::Key_Down);
        QTest::keyClick(combo->view(), Qt::Key_Escape);
        ASSERT_TRUE(waitFor([&] { return !combo->view()->isVisible(); })) << key;
        EXPECT_EQ(combo->currentText(), QStringLiteral("Contoso")) << key;
        EXPECT_EQ(profiles().currentProfileId(), Domain) << key;
    }

    QTest::keyClick(combo, Qt::Key_Down);
    ASSERT_TRUE(waitFor([&] { return combo->view()->isVisible(); }));
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return connection().session().tenant().id() == tenantId(); }));
    EXPECT_EQ(combo->currentText(), QStringLiteral("Contoso by ID"));
    EXPECT_EQ(profiles().currentProfileId(), tenantId());
}

TEST_F(WindowProfiles, NewTenantSignedInWithDeviceCode_IsSavedAsTheCurrentProfile)
{
    openWithProfiles();
    EXPECT_TRUE(m_driver->profileNames().isEmpty());
    EXPECT_TRUE(m_driver->currentProfile().isEmpty());
    m_driver->setTenant(tenantId().toUpper());
    signInWithDeviceCode();
    ASSERT_FALSE(requests(emu::Service::Identity, "POST", QStringLiteral("devicecode")).isEmpty());

    const auto saved = profiles().profile(tenantId());
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->tenant, tenantId());
    EXPECT_EQ(saved->name, tenantId());
    EXPECT_EQ(saved->cloud, QStringLiteral("custom"));
    EXPECT_EQ(saved->endpoints().value().authority(), m_settings.cloud.authority());
    EXPECT_EQ(saved->clientId, QLatin1String(emu::DemoTenant::DefaultClientId));
    EXPECT_EQ(saved->flow, SignInFlow::DeviceCode);
    EXPECT_EQ(saved->lastAccount, upn("admin"));
    EXPECT_EQ(profiles().currentProfileId(), tenantId());
    EXPECT_EQ(m_driver->profileNames(), QStringList {tenantId()});
    EXPECT_EQ(m_driver->currentProfile(), tenantId());
}

TEST_F(WindowProfiles, ExportThenImport_RoundTripsTheProfileWithoutItsSignIn)
{
    const TenantProfile contoso
            = saveProfile(Domain, QStringLiteral("Contoso"), SignInFlow::DeviceCode, true);
    openWithProfiles();
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    signInWithDeviceCode();
    redeemRefreshToken();
    const QList<QByteArray> tokens = sentRefreshTokens();
    ASSERT_FALSE(tokens.isEmpty()) << "the refresh token to look for";

    const QString file = m_settingsDir.filePath(QStringLiteral("contoso-export.json"));
    m_driver->triggerAction(names::ExportProfileAction);
    ASSERT_TRUE(m_driver->answerFileDialog(names::ExportProfileDialog, file));
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().startsWith(QLatin1String("Exported the profile Contoso")))
            << m_driver->bannerText().toStdString();
    QFile exported(file);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QByteArray content = exported.readAll();
    for (const QByteArray &token : tokens)
        EXPECT_FALSE(content.contains(token)) << "a refresh token in the exported file";
    const QJsonObject json = QJsonDocument::fromJson(content).object();
    EXPECT_EQ(json.value(QLatin1String("tenant")).toString(), Domain);
    EXPECT_EQ(json.value(QLatin1String("name")).toString(), QStringLiteral("Contoso"));
    EXPECT_FALSE(json.contains(QLatin1String("lastAccount")));
    for (const QByteArray &token : tokens)
        EXPECT_FALSE(settingsFileContent().contains(token)) << "a refresh token in the settings";

    // Remove: the profile goes, and so does its sign-in.
    m_driver->triggerAction(names::RemoveProfileAction);
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_FALSE(profiles().profile(contoso.id).has_value());
    EXPECT_TRUE(m_driver->profileNames().isEmpty());
    EXPECT_FALSE(connection().session().isSignedIn());
    ASSERT_TRUE(m_driver->waitReadyToSignIn());

    m_driver->triggerAction(names::ImportProfileAction);
    ASSERT_TRUE(m_driver->answerFileDialog(names::ImportProfileDialog, file));
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().startsWith(QLatin1String("Imported the profile Contoso")))
            << m_driver->bannerText().toStdString();
    const auto imported = profiles().profile(contoso.id);
    ASSERT_TRUE(imported.has_value());
    EXPECT_EQ(imported->toJson(), contoso.toJson());
    EXPECT_EQ(m_driver->profileNames(), QStringList {QStringLiteral("Contoso")});
    EXPECT_FALSE(connection().session().isSignedIn()) << "importing signs nobody in";
}

TEST_F(WindowProfiles, ImportOfABrokenFile_IsExplainedInTheBanner)
{
    openWithProfiles();
    const QString file = m_settingsDir.filePath(QStringLiteral("broken.json"));
    QFile broken(file);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"revokeConsoleProfile": 1, "tenant": "contoso.onmicrosoft.com",
                    "cloud": "custom", "cloudConfig": {"authority": "http://login.example.com",
                    "graph": "https://graph.example.com", "sharepointAdmin": "https://a.b"},
                    "clientId": "14d82eec-204b-4c2f-b7e8-296a70dab67e", "signIn": "browser"})");
    broken.close();
    m_driver->triggerAction(names::ImportProfileAction);
    ASSERT_TRUE(m_driver->answerFileDialog(names::ImportProfileDialog, file));
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_FALSE(m_driver->bannerText().isEmpty());
    EXPECT_TRUE(profiles().profiles().isEmpty()) << "a plain-http cloud is refused";
    EXPECT_TRUE(m_driver->profileNames().isEmpty());
}

TEST_F(WindowProfiles, KeychainlessWindow_SignsInForThisRunAndSavesNoSecret)
{
    saveProfile(Domain, QStringLiteral("Contoso"), SignInFlow::DeviceCode, true);
    openWithProfiles(nullptr);
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    signInWithDeviceCode();
    EXPECT_TRUE(m_driver->accountText().contains(upn("admin")));
    EXPECT_EQ(m_driver->bannerCount(), 0) << "no keychain is no problem to report";
    redeemRefreshToken();
    const QList<QByteArray> tokens = sentRefreshTokens();
    ASSERT_FALSE(tokens.isEmpty());
    const QByteArray settings = settingsFileContent();
    EXPECT_TRUE(settings.contains("lastAccount"));
    for (const QByteArray &token : tokens)
        EXPECT_FALSE(settings.contains(token));

    // The next window has nothing to sign in with: it waits for Sign in, without a request.
    closeWindow();
    m_emulator->clearRequests();
    openWithProfiles(nullptr);
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    EXPECT_FALSE(connection().session().isSignedIn());
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Identity).isEmpty());
}

TEST_F(WindowProfiles, DemoWindow_HasNoProfileSwitcher)
{
    openWindow(true);
    EXPECT_FALSE(m_driver->find<QWidget>(names::ProfileCombo)->isVisible());
    EXPECT_FALSE(m_driver->find<QWidget>(names::ProfilesButton)->isVisible());
    ASSERT_TRUE(m_driver->waitSignedIn()); // by itself, as before
}
