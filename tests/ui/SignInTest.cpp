// Signing in from the window: the device-code dialog shows the code, copies it, opens the browser,
// closes by itself once the sign-in completes, and cancels cleanly. The pane then names the
// account and warns when its roles cannot revoke.
#include "WindowFixture.h"
#include "cli/DemoLaunch.h"
#include "ui/ObjectNames.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace rc::test;
namespace emu = rc::emu;
namespace names = rc::ui::names;

namespace {

class SignIn : public WindowTest
{
protected:
    // The code the dialog shows once the service issued one, or empty.
    QString shownCode() const
    {
        QDialog *dialog = m_driver->dialog(names::DeviceCodeDialog);
        if (!dialog)
            return {};
        const QString code = dialog->findChild<QLabel *>(names::DeviceCodeLabel)->text();
        return code.contains(QRegularExpression(QStringLiteral("^[A-Z0-9-]{6,}$"))) ? code
                                                                                    : QString();
    }

    // Opens the window without demo auto-sign-in, codes stay pending, and clicks Sign in.
    void startManualSignIn()
    {
        m_emulator->setAutoApproveAs(QString());
        openWindow(false);
        m_driver->click(names::SignInButton);
        ASSERT_TRUE(waitFor([this] { return !shownCode().isEmpty(); }));
    }

    QStringList polledDeviceCodes() const
    {
        QStringList codes;
        for (const auto &r : requests(emu::Service::Identity, "POST", QStringLiteral("/token"))) {
            const QUrlQuery form(QString::fromUtf8(r.body));
            if (form.hasQueryItem(QStringLiteral("device_code")))
                codes << form.queryItemValue(QStringLiteral("device_code"));
        }
        return codes;
    }
};

class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

TEST_F(SignIn, DemoWindow_DeviceCodeDialogShowsTheCodeAndClosesItselfOnSignIn)
{
    // As in the demo itself: the admin approves a moment after the code is shown.
    m_emulator->setAutoApproveAs(upn("admin"), rc::cli::DemoApprovalMs);
    openWindow(true); // demo: the sign-in starts by itself, approved as admin@
    EXPECT_TRUE(m_window->windowTitle().contains(QLatin1String("Demo tenant")));
    // The platform appends the application's display name; the title must not name it again.
    EXPECT_FALSE(m_window->windowTitle().contains(QLatin1String("Revoke Console")))
            << m_window->windowTitle().toStdString();
    ASSERT_TRUE(waitFor([this] { return !shownCode().isEmpty(); })) << "no code shown";
    QElapsedTimer shown;
    shown.start();
    ASSERT_TRUE(m_driver->waitSignedIn());
    // Long enough to be read, though the client polls at once: not a flash.
    EXPECT_GE(shown.elapsed(), rc::cli::DemoApprovalMs - 100);
    EXPECT_EQ(m_driver->dialog(names::DeviceCodeDialog), nullptr);
    EXPECT_TRUE(m_driver->accountText().contains(upn("admin")));
    EXPECT_TRUE(m_driver->accountText().contains(QLatin1String("Global Administrator")));
    EXPECT_TRUE(m_driver->roleWarning().isEmpty());
    EXPECT_EQ(m_driver->focused(), m_driver->find<QLineEdit>(names::SearchEdit));
    EXPECT_FALSE(m_driver->find<QWidget>(names::TenantEdit)->isEnabled());
}

// WCAG 2.2.1: the dialog says until when the code works, warns a minute ahead with the focus on
// "New code", and one key press replaces the code; the new one then signs in.
TEST_F(SignIn, ExpiringCode_DialogWarnsAMinuteAhead_NewCodeFromTheKeyboardReplacesIt)
{
    m_emulator->setAutoApproveAs(QString());
    openWindow(false);
    // The code lives 15 minutes from when it was issued, on the window's clock (which also runs
    // in real time here): the text names that minute, or the next if one began meanwhile.
    const auto worksUntilAnyOf = [this](const QDateTime &from, const QDateTime &to) {
        QStringList texts;
        for (const QDateTime &issued : {from, to})
            texts << QStringLiteral("The code works until %1.")
                             .arg(QLocale().toString(issued.addSecs(15 * 60).toLocalTime().time(),
                                                     QLocale::ShortFormat));
        return texts;
    };
    QDateTime before = m_clock.utcNow();
    m_driver->click(names::SignInButton);
    ASSERT_TRUE(waitFor([this] { return !shownCode().isEmpty(); }));
    const QString firstCode = shownCode();
    QDialog *dialog = m_driver->dialog(names::DeviceCodeDialog);
    auto *expiry = dialog->findChild<QLabel *>(names::DeviceCodeExpiry);
    auto *renew = dialog->findChild<QPushButton *>(names::NewCodeButton);
    ASSERT_NE(expiry, nullptr);
    ASSERT_NE(renew, nullptr);
    EXPECT_TRUE(expiry->isVisible());
    EXPECT_TRUE(worksUntilAnyOf(before, m_clock.utcNow()).contains(expiry->text()))
            << expiry->text().toStdString();
    EXPECT_TRUE(renew->isEnabled()) << "a new code can be had at any time";

    m_clock.advance((15 * 60 - 60) * 1000);
    ASSERT_TRUE(waitFor([&] {
        return expiry->text().contains(QLatin1String("less than a minute"));
    })) << expiry->text().toStdString();
    EXPECT_EQ(expiry->text(),
              QStringLiteral("The code expires in less than a minute. Choose New code for "
                             "another one."));
    EXPECT_EQ(expiry->accessibleName(), expiry->text());
    EXPECT_EQ(m_driver->focused(), renew);

    before = m_clock.utcNow();
    QTest::keyClick(renew, Qt::Key_Space);
    ASSERT_TRUE(waitFor([&] { return !shownCode().isEmpty() && shownCode() != firstCode; }));
    EXPECT_TRUE(worksUntilAnyOf(before, m_clock.utcNow()).contains(expiry->text()))
            << "the new code's own time: " << expiry->text().toStdString();
    EXPECT_TRUE(dialog->findChild<QLabel *>(names::DeviceCodeStatus)
                        ->text()
                        .startsWith(QLatin1String("This is a new code")));

    ASSERT_TRUE(m_emulator->approveDeviceCode(shownCode(), upn("admin")));
    m_clock.advance(m_clock.msToNextTimer());
    ASSERT_TRUE(m_driver->waitSignedIn());
    EXPECT_EQ(m_driver->dialog(names::DeviceCodeDialog), nullptr);
}

TEST_F(SignIn, CopyCodeAndOpenBrowser_UseTheIssuedCodeAndPage)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    startManualSignIn();
    const QString code = shownCode();
    QGuiApplication::clipboard()->clear();
    m_driver->click(names::CopyCodeButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), code);
    m_driver->click(names::OpenBrowserButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    ASSERT_EQ(catcher.opened.size(), 1);
    EXPECT_EQ(catcher.opened.at(0).port(), m_emulator->identityUrl().port());
    m_driver->click(names::CancelSignInButton);
}

TEST_F(SignIn, SignInPageThatIsNotHttps_DialogSaysWhyAndOpensNothing)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    m_emulator->setDeviceCodeVerificationUri(QStringLiteral("http://evil.example/devicelogin"));
    m_emulator->setAutoApproveAs(QString());
    openWindow(false);
    m_driver->click(names::SignInButton);
    QLabel *status = nullptr;
    ASSERT_TRUE(waitFor([&] {
        QDialog *dialog = m_driver->dialog(names::DeviceCodeDialog);
        status = dialog ? dialog->findChild<QLabel *>(names::DeviceCodeStatus) : nullptr;
        return status && !status->text().isEmpty();
    }));
    EXPECT_TRUE(status->text().startsWith(QLatin1String(
            "The sign-in service named a sign-in page that is not a secure (https) address, so it "
            "was not opened: http://evil.example/devicelogin.")))
            << status->text().toStdString();
    EXPECT_TRUE(shownCode().isEmpty()) << "no code to enter on that page";
    EXPECT_FALSE(m_driver->find<QPushButton>(names::OpenBrowserButton)->isEnabled());
    m_driver->click(names::OpenBrowserButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    EXPECT_TRUE(catcher.opened.isEmpty());
    EXPECT_TRUE(polledDeviceCodes().isEmpty());
    EXPECT_FALSE(connection().session().isSignedIn());
    m_driver->click(names::CancelSignInButton);
}

TEST_F(SignIn, Cancel_StopsPollingAndASecondSignInWorks)
{
    startManualSignIn();
    const QString firstCode = shownCode();
    m_driver->click(names::CancelSignInButton);
    EXPECT_EQ(m_driver->dialog(names::DeviceCodeDialog), nullptr);
    EXPECT_FALSE(connection().session().isSignedIn());
    auto *signIn = m_driver->find<QPushButton>(names::SignInButton);
    EXPECT_TRUE(signIn->isVisible() && signIn->isEnabled());
    EXPECT_EQ(m_driver->bannerCount(), 0) << "cancelling is not an error";
    const int pollsBefore = int(polledDeviceCodes().size());
    // Even approved now, the cancelled code must not sign anyone in.
    m_emulator->approveDeviceCode(firstCode, upn("admin"));

    m_emulator->setAutoApproveAs(upn("admin"));
    m_driver->click(names::SignInButton);
    ASSERT_TRUE(m_driver->waitSignedIn());
    // Every poll since the cancel was for the new code: the old flow is gone for good.
    const QStringList since = polledDeviceCodes().mid(pollsBefore);
    ASSERT_FALSE(since.isEmpty());
    EXPECT_EQ(since.count(since.first()), since.size());
}

// The tenant pane says up front what the signed-in roles allow (RevokePermission): nothing for a
// Global Administrator, "members only" for a Helpdesk Administrator, the missing channel for a
// SharePoint Administrator, and "none of your roles" for someone with no role.
TEST_F(SignIn, TenantPane_WarnsWhatEachRoleMayRevoke)
{
    openSignedIn(upn("helpdesk"));
    EXPECT_TRUE(m_driver->accountText().contains(QLatin1String("Helpdesk Administrator")));
    const QString helpdesk = m_driver->roleWarning();
    EXPECT_TRUE(helpdesk.startsWith(QLatin1String(
            "Your roles may sign out users without an administrator role, but not most "
            "administrators: the card says who can sign out each one (a Privileged "
            "Authentication Administrator or Global Administrator can sign out anyone).")))
            << helpdesk.toStdString();
    EXPECT_TRUE(helpdesk.contains(QLatin1String("The SharePoint channel needs a SharePoint "
                                                "Administrator or Global Administrator.")));
    closeWindow();

    openSignedIn(upn("spadmin"));
    EXPECT_TRUE(m_driver->roleWarning().startsWith(
            QLatin1String("Your roles may revoke on SharePoint only; the Entra ID channel needs "
                          "a Helpdesk Administrator")))
            << m_driver->roleWarning().toStdString();
    closeWindow();

    openSignedIn(upn("lee.gu"));
    EXPECT_TRUE(m_driver->roleWarning().startsWith(
            QLatin1String("None of your directory roles may revoke")))
            << m_driver->roleWarning().toStdString();
}

TEST_F(SignIn, SignOut_ClearsTheUserAndAsksToSignInAgain)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    m_driver->click(names::SignOutButton);
    EXPECT_FALSE(connection().session().isSignedIn());
    EXPECT_TRUE(m_driver->cardText(names::CardUpn).isEmpty());
    EXPECT_FALSE(m_driver->find<QWidget>(names::SearchEdit)->isEnabled());
    EXPECT_FALSE(m_driver->revokeButton()->isEnabled());
    EXPECT_TRUE(m_driver->find<QWidget>(names::SignInButton)->isVisible());
    EXPECT_TRUE(m_driver->find<QWidget>(names::TenantEdit)->isEnabled());
}

TEST_F(SignIn, UnusableTenant_IsExplainedInTheBannerWithoutARequest)
{
    m_emulator->setAutoApproveAs(QString());
    openWindow(false);
    auto *tenant = m_driver->find<QLineEdit>(names::TenantEdit);
    tenant->clear();
    tenant->setFocus();
    m_driver->type(QStringLiteral("not a tenant/.."));
    m_driver->click(names::SignInButton);
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_FALSE(m_driver->bannerText().isEmpty());
    EXPECT_EQ(m_driver->dialog(names::DeviceCodeDialog), nullptr);
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Identity).isEmpty());
}

#include "SignInTest.moc"
