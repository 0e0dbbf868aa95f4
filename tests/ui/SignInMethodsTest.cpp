// Browser and certificate sign-in from the window. Browser: the address the window hands to the
// desktop's browser is caught (QDesktopServices::setUrlHandler) and a test client plays the
// browser on the emulator's sign-in page; the dialog shows the address and closes once signed in.
// Certificate: the dialog takes the file and the passphrase, shows a wrong passphrase in place,
// signs in app-only (no roles are read, none awaited) and keeps the passphrase out of the settings.
#include "WindowFixture.h"
#include "emulator/FormFields.h"
#include "support/TestBrowser.h"
#include "support/TestCertificate.h"
#include "ui/ObjectNames.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

// Stands in for the desktop's browser: remembers every address the window asks it to open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    UrlCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open"); }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

// What a person does in the browser: sign in on the page, follow the redirect to the app.
// Returns the app's answer page.
emu::test::Reply signInInBrowser(const QUrl &authorizeUrl, const QString &login)
{
    TestBrowser browser;
    return browser.get(browser.submit(authorizeUrl, login, QStringLiteral("signin")));
}

class SignInMethods : public WindowTest
{
protected:
    QList<emu::FormFields> tokenRequests(const QString &grantType) const
    {
        QList<emu::FormFields> found;
        for (const auto &r : requests(emu::Service::Identity, "POST", QStringLiteral("/token"))) {
            const emu::FormFields form = emu::FormFields::parse(r.body);
            if (form.value(QStringLiteral("grant_type")) == grantType)
                found << form;
        }
        return found;
    }
    QString statusOf(QDialog *dialog, const QString &name) const
    {
        return dialog ? dialog->findChild<QLabel *>(name)->text() : QString();
    }
    void type(QDialog *dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
};

} // namespace

TEST_F(SignInMethods, Browser_SignsInThroughTheBrowserAndTheDialogClosesItself)
{
    UrlCatcher browser;
    openWithProfiles();
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    m_driver->setMethod(QStringLiteral("browser"));
    m_driver->click(names::SignInButton);

    QDialog *dialog = m_driver->waitForDialog(names::BrowserSignInDialog);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(browser.opened.size(), 1);
    const QUrl authorize = browser.opened.first();
    EXPECT_EQ(authorize.port(), m_emulator->identityUrl().port());
    EXPECT_TRUE(authorize.path().endsWith(QLatin1String("/oauth2/v2.0/authorize")));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(names::BrowserAddressEdit)->text(),
              authorize.toString(QUrl::FullyEncoded));
    EXPECT_TRUE(
            dialog->findChildren<QLabel *>().first()->text().startsWith(QLatin1String("Finish")));
    QGuiApplication::clipboard()->clear();
    m_driver->click(names::CopyAddressButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), authorize.toString(QUrl::FullyEncoded));

    const emu::test::Reply answer = signInInBrowser(authorize, upn("admin"));
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.body.contains("You are signed in to Revoke Console.")) << answer.body.data();
    ASSERT_TRUE(m_driver->waitSignedIn());
    EXPECT_EQ(m_driver->dialog(names::BrowserSignInDialog), nullptr);
    EXPECT_TRUE(m_driver->accountText().contains(upn("admin")));
    EXPECT_EQ(tokenRequests(QStringLiteral("authorization_code")).size(), 1);
    EXPECT_TRUE(tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"))
                        .isEmpty());

    const auto saved = profiles().profile(Domain);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->flow, SignInFlow::Browser);
    EXPECT_EQ(m_driver->currentProfile(), Domain);
}

TEST_F(SignInMethods, BrowserCancel_ClosesTheListenerAndNothingIsSignedIn)
{
    UrlCatcher browser;
    openWithProfiles();
    m_driver->setMethod(QStringLiteral("browser"));
    m_driver->click(names::SignInButton);
    ASSERT_NE(m_driver->waitForDialog(names::BrowserSignInDialog), nullptr);
    ASSERT_EQ(browser.opened.size(), 1);
    m_driver->click(names::CancelSignInButton);
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    EXPECT_EQ(m_driver->bannerCount(), 0) << "cancelling is not an error";

    // The browser comes back too late: the app's listener is gone, nobody is signed in.
    const emu::test::Reply late = signInInBrowser(browser.opened.first(), upn("admin"));
    EXPECT_NE(late.status, 200);
    EXPECT_FALSE(connection().session().isSignedIn());
    EXPECT_TRUE(tokenRequests(QStringLiteral("authorization_code")).isEmpty());
    EXPECT_TRUE(profiles().profiles().isEmpty()) << "no sign-in, no profile";
}

// WCAG 2.2.1: a minute before the app stops waiting for the browser the dialog says so, with the
// focus on "Keep waiting"; one key press waits the whole time again, as often as wanted, and the
// browser can still finish the sign-in afterwards.
TEST_F(SignInMethods, BrowserWaitEnding_DialogWarnsAMinuteAhead_KeepWaitingFromTheKeyboard)
{
    UrlCatcher browser;
    openWithProfiles();
    m_driver->setMethod(QStringLiteral("browser"));
    m_driver->click(names::SignInButton);
    QDialog *dialog = m_driver->waitForDialog(names::BrowserSignInDialog);
    ASSERT_NE(dialog, nullptr);
    auto *ending = dialog->findChild<QLabel *>(names::BrowserWaitEnding);
    auto *keep = dialog->findChild<QPushButton *>(names::KeepWaitingButton);
    ASSERT_NE(ending, nullptr);
    ASSERT_NE(keep, nullptr);
    EXPECT_FALSE(ending->isVisible());
    EXPECT_FALSE(keep->isVisible());

    // The wait is 5 minutes: the warning comes after 4.
    m_clock.advance(4 * 60 * 1000);
    for (int extension = 1; extension <= 3; ++extension) {
        SCOPED_TRACE(extension);
        ASSERT_TRUE(waitFor([&] { return ending->isVisible(); }));
        EXPECT_EQ(ending->text(),
                  QStringLiteral("Revoke Console stops waiting for the browser in less than a "
                                 "minute. Choose Keep waiting for more time."));
        EXPECT_EQ(m_driver->focused(), keep);
        QTest::keyClick(keep, Qt::Key_Space);
        ASSERT_TRUE(waitFor([&] { return !ending->isVisible(); }));
        EXPECT_FALSE(keep->isVisible());
        // Past where the wait would have ended without the key press: still waiting.
        m_clock.advance(90 * 1000);
        EXPECT_FALSE(waitFor([&] { return m_driver->bannerCount() > 0; }, 50));
        EXPECT_EQ(m_driver->dialog(names::BrowserSignInDialog), dialog);
        EXPECT_FALSE(ending->isVisible());
        // The next warning, 4 minutes after the key press.
        m_clock.advance(150 * 1000);
    }

    // The browser finishes after all: signed in, the dialog gone.
    const emu::test::Reply reply = signInInBrowser(browser.opened.first(), upn("admin"));
    EXPECT_EQ(reply.status, 200);
    ASSERT_TRUE(m_driver->waitSignedIn());
    EXPECT_EQ(m_driver->dialog(names::BrowserSignInDialog), nullptr);
}

TEST_F(SignInMethods, Certificate_WrongPassphraseInPlaceThenAppOnlyWithoutRoles)
{
    TestCertificate certificate;
    ASSERT_TRUE(m_emulator->tenant().registerCertificate(
            QLatin1String(emu::DemoTenant::DefaultClientId), certificate.certificatePem()));
    const QString passphrase = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString path = certificate.writeEncryptedPem(passphrase.toUtf8());

    openWithProfiles();
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    m_driver->setMethod(QStringLiteral("certificate"));
    m_driver->click(names::SignInButton);
    QDialog *dialog = m_driver->waitForDialog(names::CertificateDialog);
    ASSERT_NE(dialog, nullptr);
    auto *passphraseEdit = dialog->findChild<QLineEdit *>(names::PassphraseEdit);
    EXPECT_EQ(passphraseEdit->echoMode(), QLineEdit::Password);

    type(dialog, names::CertificatePathEdit, path);
    type(dialog, names::PassphraseEdit, QStringLiteral("not the passphrase"));
    m_driver->click(names::CertificateSignInButton);
    ASSERT_TRUE(waitFor([&] { return passphraseEdit->isEnabled(); }));
    EXPECT_FALSE(statusOf(dialog, names::CertificateStatus).isEmpty());
    EXPECT_NE(m_driver->dialog(names::CertificateDialog), nullptr) << "the failure shows in place";
    EXPECT_TRUE(passphraseEdit->text().isEmpty()) << "the field is wiped after each use";
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Identity).isEmpty());

    type(dialog, names::PassphraseEdit, passphrase);
    m_driver->click(names::CertificateSignInButton);
    ASSERT_TRUE(m_driver->waitSignedIn())
            << statusOf(m_driver->dialog(names::CertificateDialog), names::CertificateStatus)
                       .toStdString();
    EXPECT_TRUE(connection().session().isAppOnly());
    EXPECT_TRUE(m_driver->accountText().contains(connection().session().account()));
    EXPECT_TRUE(m_driver->accountText().contains(
            QString::fromLatin1(certificate.sha1().toHex().toUpper())));
    EXPECT_TRUE(m_driver->accountText().contains(QLatin1String("App-only")));
    EXPECT_TRUE(m_driver->roleWarning().isEmpty());
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Graph).isEmpty()) << "no /me for an app";
    EXPECT_EQ(tokenRequests(QStringLiteral("client_credentials")).size(), 1);
    EXPECT_TRUE(m_driver->find<QWidget>(names::SearchEdit)->isEnabled());

    const auto saved = profiles().profile(Domain);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->flow, SignInFlow::Certificate);
    EXPECT_EQ(saved->certificatePath, path);
    EXPECT_FALSE(settingsFileContent().contains(passphrase.toUtf8()));
}

TEST_F(SignInMethods, CertificateForEveryTenant_IsRefusedBeforeAnyDialog)
{
    openWithProfiles();
    m_driver->setTenant(QStringLiteral("organizations"));
    m_driver->setMethod(QStringLiteral("certificate"));
    m_driver->click(names::SignInButton);
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().contains(QLatin1String("needs the tenant")));
    EXPECT_EQ(m_driver->dialog(names::CertificateDialog), nullptr);
}

#include "SignInMethodsTest.moc"
