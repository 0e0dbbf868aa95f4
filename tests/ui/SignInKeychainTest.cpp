// The window's sign-ins kept in the real OS keychain (the Secret Service), under a service name of
// this test's own: the next window signs in silently, with no dialog; a revoked sign-in leaves the
// pane ready with the reason in the banner; signing out deletes the keychain's item. Where this
// machine has no usable keychain (no session bus, a locked collection), the same stories assert
// the other half of the promise: the clear keychain warning, once, and an interactive sign-in that
// works for the run but is not silently repeated.
#include "WindowFixture.h"
#include "auth/SecretStore.h"
#include "auth/TokenCache.h"
#include "emulator/DemoTenant.h"
#include "emulator/FormFields.h"
#include "keychain/KeychainTestSupport.h"
#include "profile/ProfileSignIn.h"
#include "support/TestCertificate.h"
#include "ui/ObjectNames.h"
#include "ui/ProfileList.h"
#include "ui/StatusBanner.h"

#include <QDialog>
#include <QLineEdit>
#include <QTest>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

const QString RunOnly = QStringLiteral(
        " You stay signed in for this run only: nothing is written to disk instead.");

class SignInKeychain : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        // A read and a write tell whether this machine's keychain takes secrets, and if not, why.
        const QString probe = uniqueName("probe-");
        const auto read = readSecret(m_keychain, probe, &m_context);
        ASSERT_EQ(read->calls, 1) << "the keychain never answered";
        if (read->failed()) {
            m_problem = read->error();
        } else {
            const auto written = writeSecret(m_keychain, probe, uniqueSecret(), &m_context);
            ASSERT_EQ(written->calls, 1) << "the keychain never answered";
            if (written->failed())
                m_problem = written->error();
            else
                removeSecret(m_keychain, probe, &m_context);
        }
        if (m_problem)
            GTEST_LOG_(INFO) << "no usable keychain here: " << m_problem->message.toStdString();
    }
    void TearDown() override
    {
        WindowTest::TearDown();
        if (!m_problem) {
            for (const QString &key : std::as_const(m_keys))
                removeSecret(m_keychain, key, &m_context);
        }
    }

    bool hasKeychain() const { return !m_problem.has_value(); }

    void openWindow()
    {
        openWithProfiles(&m_keychain);
        m_keys << connection().tokenCache().refreshTokenKey()
               << connection().tokenCache().passphraseKey();
    }
    // Once the window's writes and removals reached the keychain.
    void waitUntilStored()
    {
        bool idle = false;
        connection().tokenCache().whenIdle(&m_context, [&idle] { idle = true; });
        ASSERT_TRUE(waitFor([&] { return idle; }));
    }
    std::optional<QByteArray> storedRefreshToken()
    {
        const auto read
                = readSecret(m_keychain, connection().tokenCache().refreshTokenKey(), &m_context);
        EXPECT_TRUE(read->ok()) << read->why();
        if (!read->ok() || !read->result->value())
            return std::nullopt;
        return read->result->value()->view();
    }
    int grants(const QString &type) const
    {
        int n = 0;
        for (const auto &r : requests(emu::Service::Identity, "POST", QStringLiteral("/token")))
            n += emu::FormFields::parse(r.body).value(QStringLiteral("grant_type")) == type;
        return n;
    }
    void expectKeychainWarning()
    {
        ASSERT_TRUE(m_driver->waitForBanner());
        auto *banner = m_driver->find<ui::StatusBanner>(names::StatusBanner);
        EXPECT_EQ(banner->message().severity, StatusMessage::Severity::Warning);
        expectWarningShown();
    }
    // The reason (what is wrong with the keychain) and what it means for the person.
    void expectWarningShown()
    {
        const QString reason = m_problem->message.section(QStringLiteral(", so "), 0, 0);
        EXPECT_TRUE(m_driver->bannerText().startsWith(reason + QStringLiteral(", so ")))
                << m_driver->bannerText().toStdString();
        EXPECT_TRUE(m_driver->bannerText().endsWith(RunOnly))
                << m_driver->bannerText().toStdString();
    }
    void signInWithDeviceCode()
    {
        m_emulator->setAutoApproveAs(upn("admin"));
        m_driver->click(names::SignInButton);
        ASSERT_TRUE(m_driver->waitSignedIn());
        m_emulator->setAutoApproveAs(QString()); // from here on, a code would wait for ever
    }

    QObject m_context;
    SecretStore m_keychain {uniqueName("revoke-console-ui-test-")};
    std::optional<ServiceError> m_problem;
    QStringList m_keys; // removed at the end
};

} // namespace

TEST_F(SignInKeychain, NextWindowSignsInSilently_OrWarnsOnceAndAsksAgain)
{
    saveProfile(Domain, QStringLiteral("Contoso"), SignInFlow::DeviceCode, true);
    openWindow();
    if (!hasKeychain())
        expectKeychainWarning();
    ASSERT_TRUE(m_driver->waitReadyToSignIn()) << "nothing saved yet: no dialog, just Sign in";
    EXPECT_EQ(m_driver->dialog(names::DeviceCodeDialog), nullptr);
    signInWithDeviceCode();
    waitUntilStored();
    const int bannersAfterSignIn = m_driver->bannerCount();
    if (hasKeychain()) {
        const auto stored = storedRefreshToken();
        ASSERT_TRUE(stored.has_value()) << "the refresh token is not in the keychain";
        EXPECT_FALSE(settingsFileContent().contains(*stored));
    }

    closeWindow();
    m_emulator->clearRequests();
    openWindow();
    if (hasKeychain()) {
        ASSERT_TRUE(m_driver->waitSignedIn()) << "the second window did not sign in silently";
        EXPECT_TRUE(m_driver->accountText().contains(upn("admin")));
        EXPECT_EQ(grants(QStringLiteral("refresh_token")), 1);
        EXPECT_EQ(grants(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")), 0);
        EXPECT_EQ(m_driver->bannerCount(), 0);

        m_driver->click(names::SignOutButton);
        ASSERT_TRUE(m_driver->waitReadyToSignIn());
        waitUntilStored();
        EXPECT_FALSE(storedRefreshToken().has_value()) << "signing out leaves the keychain item";
    } else {
        EXPECT_EQ(bannersAfterSignIn, 1) << "the keychain warning is shown once per run";
        expectKeychainWarning(); // a new run: told again
        ASSERT_TRUE(m_driver->waitReadyToSignIn());
        EXPECT_FALSE(connection().session().isSignedIn());
        EXPECT_EQ(grants(QStringLiteral("refresh_token")), 0);
    }
}

// `revoke-console --tenant contoso…` with no profile stored yet: the window's own connection is
// handed the keychain (it is built before the window has it), so its first sign-in is kept too.
TEST_F(SignInKeychain, FirstRunWithoutAProfile_KeepsItsSignInInTheKeychain)
{
    if (!hasKeychain())
        GTEST_SKIP() << "no usable keychain here";
    // The settings main() opens the window with: the named tenant's profile, not yet saved.
    auto profile = TenantProfile::forTenant(Domain);
    ASSERT_TRUE(profile.ok());
    profile.value().setEndpoints(m_settings.cloud);
    const auto settings = connectionSettingsFor(profile.value());
    ASSERT_TRUE(settings.ok());
    m_settings = settings.value();
    m_settings.clock = &m_clock;
    openWindow();
    const TenantConnection *first = &connection();
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    signInWithDeviceCode();
    ASSERT_EQ(&connection(), first) << "signed in on the window's own connection";
    waitUntilStored();
    EXPECT_TRUE(storedRefreshToken().has_value()) << "the first sign-in is not in the keychain";
}

TEST_F(SignInKeychain, RevokedSignIn_LeavesThePaneReadyWithTheReason)
{
    saveProfile(Domain, QStringLiteral("Contoso"), SignInFlow::DeviceCode, true);
    openWindow();
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    signInWithDeviceCode();
    waitUntilStored();
    closeWindow();
    m_emulator->revokeRefreshTokens();
    m_emulator->clearRequests();

    openWindow();
    ASSERT_TRUE(m_driver->waitForBanner());
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    EXPECT_EQ(m_driver->dialog(names::DeviceCodeDialog), nullptr) << "no dialog pops up unasked";
    EXPECT_FALSE(connection().session().isSignedIn());
    if (hasKeychain()) {
        EXPECT_EQ(m_driver->bannerText(),
                  QStringLiteral("Your saved sign-in has expired or was revoked. Sign in again."));
        EXPECT_EQ(grants(QStringLiteral("refresh_token")), 1);
        waitUntilStored();
        EXPECT_FALSE(storedRefreshToken().has_value()) << "a dead token is not kept";
    } else {
        expectWarningShown();
        EXPECT_EQ(grants(QStringLiteral("refresh_token")), 0);
    }
}

TEST_F(SignInKeychain, CertificatePassphrase_IsKeptForTheNextWindow)
{
    TestCertificate certificate;
    ASSERT_TRUE(m_emulator->tenant().registerCertificate(
            QLatin1String(emu::DemoTenant::DefaultClientId), certificate.certificatePem()));
    const QByteArray passphrase = uniqueSecret();
    TenantProfile profile
            = saveProfile(Domain, QStringLiteral("Contoso app"), SignInFlow::Certificate, true);
    profile.certificatePath = certificate.writeEncryptedPem(passphrase);
    profiles().saveProfile(profile);

    openWindow();
    ASSERT_TRUE(m_driver->waitReadyToSignIn()) << "no passphrase yet: the pane waits";
    m_driver->click(names::SignInButton);
    QDialog *dialog = m_driver->waitForDialog(names::CertificateDialog);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(names::CertificatePathEdit)->text(),
              profile.certificatePath);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(names::PassphraseEdit),
                     QString::fromUtf8(passphrase));
    m_driver->click(names::CertificateSignInButton);
    ASSERT_TRUE(m_driver->waitSignedIn());
    waitUntilStored();
    EXPECT_FALSE(settingsFileContent().contains(passphrase));

    closeWindow();
    m_emulator->clearRequests();
    openWindow();
    if (hasKeychain()) {
        ASSERT_TRUE(m_driver->waitSignedIn()) << "the passphrase was not taken from the keychain";
        EXPECT_TRUE(connection().session().isAppOnly());
        EXPECT_EQ(grants(QStringLiteral("client_credentials")), 1);
    } else {
        expectKeychainWarning();
        ASSERT_TRUE(m_driver->waitReadyToSignIn());
        EXPECT_FALSE(connection().session().isSignedIn());
        EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Identity).isEmpty());
    }
}

// Removing a profile that is not open deletes both its items from the keychain, answered to the
// list itself: nothing is made on the heap per removal whose life would hang on those answers,
// and a list deleted before the keychain answered gets no answer.
TEST_F(SignInKeychain, RemovingAProfileThatIsNotOpen_DeletesItsItemsAndLeavesNothingBehind)
{
    if (!hasKeychain())
        GTEST_SKIP() << "no usable keychain here";
    const TenantProfile profile = saveProfile(Domain, QStringLiteral("Contoso"));
    const TokenCache::ItemKeys keys = TokenCache::itemKeys(
            profile.id, profile.endpoints().value().authority(), profile.clientId);
    m_keys << keys.refreshToken << keys.passphrase;
    const auto stored = [this](const QString &key) {
        const auto read = readSecret(m_keychain, key, &m_context);
        return read->ok() && read->result->value().has_value();
    };
    for (const QString &key : {keys.refreshToken, keys.passphrase}) {
        ASSERT_TRUE(writeSecret(m_keychain, key, uniqueSecret(), &m_context)->ok());
        ASSERT_TRUE(stored(key));
    }

    ui::ProfileList list;
    list.use(&profiles(), &m_keychain);
    int problems = 0;
    QObject::connect(&list, &ui::ProfileList::problem, &m_context, [&] { ++problems; });
    list.remove(profile, false);
    EXPECT_TRUE(list.findChildren<TokenCache *>().isEmpty()) << "no cache left to own";
    EXPECT_FALSE(profiles().profile(profile.id).has_value());
    ASSERT_TRUE(waitFor([&] { return !stored(keys.refreshToken) && !stored(keys.passphrase); }));
    EXPECT_EQ(problems, 0);

    // Gone before the keychain answers: nothing arrives (ASan would see a late one).
    ASSERT_TRUE(writeSecret(m_keychain, keys.refreshToken, uniqueSecret(), &m_context)->ok());
    profiles().saveProfile(profile);
    {
        ui::ProfileList doomed;
        doomed.use(&profiles(), &m_keychain);
        QObject::connect(&doomed, &ui::ProfileList::problem, &m_context, [&] { ++problems; });
        doomed.remove(profile, false);
    }
    ASSERT_TRUE(waitFor([&] { return !stored(keys.refreshToken); }));
    EXPECT_EQ(problems, 0);
}
