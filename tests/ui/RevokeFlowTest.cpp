// The whole story in the window: search, pick, preview (nothing sent), revoke, confirm, and the
// banner's exact words, for each SharePoint State and both Entra outcomes.
#include "revocation/RevokeFlow.h"
#include "Keystrokes.h"
#include "WindowFixture.h"
#include "directory/RoleTemplates.h"
#include "emulator/DemoTenant.h"
#include "revocation/StatusMessage.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rc::test;
using rc::Channel;
using rc::formatUtc;
namespace emu = rc::emu;
namespace names = rc::ui::names;

namespace {

class RevokeFlow : public WindowTest
{
protected:
    // Preview first: the What-if banner and no revoking request; then the real thing, confirmed.
    void previewThenRevoke(const QString &user, Channel channel)
    {
        m_driver->setChannel(channel);
        m_driver->setPreview(true);
        EXPECT_EQ(m_driver->revokeButton()->text(), QStringLiteral("Preview sign-out"));
        EXPECT_TRUE(m_driver->revokeButton()->accessibleName().contains(QLatin1String("Preview")));
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForBanner());
        EXPECT_EQ(m_driver->bannerText(),
                  QStringLiteral("What if: Performing the operation \"Revoke-SPOUserSession\" on "
                                 "target \"%1\".")
                          .arg(user));
        EXPECT_EQ(revokingRequests(), 0) << "a preview sent a revoking request";
        EXPECT_EQ(m_driver->dialog(names::ConfirmRevokeDialog), nullptr);

        m_driver->setPreview(false);
        EXPECT_EQ(m_driver->revokeButton()->text(), QStringLiteral("Revoke sessions\u2026"));
        EXPECT_TRUE(m_driver->revokeButton()->accessibleName().contains(QLatin1String("Revoke")));
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForConfirmDialog());
        EXPECT_EQ(revokingRequests(), 0) << "sent before the person confirmed";
        m_driver->confirm();
        ASSERT_TRUE(m_driver->waitForBanner());
        EXPECT_EQ(revokingRequests(), 1);
    }
};

struct StateCase
{
    const char *localPart;
    const char *query;
    int state;
    const char *message; // %1: the UPN
};

void PrintTo(const StateCase &c, std::ostream *os)
{
    *os << c.localPart << " (State " << c.state << ")";
}

class SharePointStates : public RevokeFlow, public ::testing::WithParamInterface<StateCase>
{
};

} // namespace

TEST_P(SharePointStates, PreviewSendsNothing_ConfirmedRevokeSendsOneAndBannerSaysTheCmdletsWords)
{
    const StateCase c = GetParam();
    const QString user = upn(c.localPart);
    ASSERT_EQ(m_emulator->tenant().find(user)->spoState, c.state);
    openSignedIn();
    findAndPick(QString::fromUtf8(c.query), user);
    previewThenRevoke(user, Channel::SharePoint);
    EXPECT_EQ(sharePointRevokes(), 1);
    EXPECT_EQ(graphRevokes(), 0);
    EXPECT_EQ(m_driver->bannerText(),
              QString::fromUtf8(c.message).replace(QStringLiteral("%1"), user));
    EXPECT_TRUE(m_driver->find<QLabel>(names::BannerMeta)
                        ->text()
                        .contains(QLatin1String("Correlation id: ")));
}

INSTANTIATE_TEST_SUITE_P(
        RevokeFlow, SharePointStates,
        ::testing::Values(
                StateCase {"adele.vance", "adele", 4,
                           "We successfully signed out %1 from all devices."},
                StateCase {"alex.wilber", "alex", 3,
                           "It can take up to an hour to sign out %1 from all devices."},
                StateCase {"diego.siciliani", "diego", 2,
                           "Sorry, something went wrong and we couldn't sign out %1 from any "
                           "device."},
                StateCase {"isaiah.langer", "isaiah", 1,
                           "We couldn't find the %1. Check for typos and try again."},
                StateCase {"grady.archie", "grady", 0,
                           "The cmdlet will be available in the future, but it isn't ready for "
                           "use in your organization yet."}),
        [](const ::testing::TestParamInfo<StateCase> &test) {
            return "State" + std::to_string(test.param.state);
        });

TEST_F(RevokeFlow, EntraVerified_BannerSaysVerifiedAndCardShowsBeforeAndAfter)
{
    const QString user = upn("adele.vance");
    openSignedIn();
    findAndPick(QStringLiteral("adele"), user);
    previewThenRevoke(user, Channel::Entra);
    EXPECT_EQ(graphRevokes(), 1);
    EXPECT_EQ(sharePointRevokes(), 0);
    EXPECT_EQ(
            m_driver->bannerText(),
            QStringLiteral("It can take up to an hour to sign out %1 from all devices.").arg(user));
    const QDateTime after = m_emulator->tenant().find(user)->signInSessionsValidFrom;
    EXPECT_TRUE(m_driver->bannerDetails().contains(
            QStringLiteral("Verified: sessions valid from %1.").arg(formatUtc(after))));
    EXPECT_TRUE(m_driver->bannerDetails().contains(QLatin1String("up to about an hour")));
    const QString sessions = m_driver->cardText(names::CardSessionsValidFrom);
    EXPECT_TRUE(sessions.contains(QChar(0x2192))) << sessions.toStdString();
    EXPECT_TRUE(sessions.contains(after.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

TEST_F(RevokeFlow, EntraNotConfirmed_BannerSaysTheSignOutDidNotTakeEffect)
{
    const QString user = upn("nestor.wilke");
    const QDateTime unchanged = m_emulator->tenant().find(user)->signInSessionsValidFrom;
    openSignedIn();
    findAndPick(QStringLiteral("nestor"), user);
    previewThenRevoke(user, Channel::Entra);
    EXPECT_EQ(graphRevokes(), 1);
    EXPECT_EQ(m_driver->bannerText(),
              QStringLiteral("Not confirmed: Microsoft 365 accepted the request to sign out %1, "
                             "but their sessions are still valid from %2, so the sign-out did "
                             "not take effect.")
                      .arg(user, formatUtc(unchanged)));
    EXPECT_TRUE(
            m_driver->cardText(names::CardSessionsValidFrom).contains(QLatin1String("unchanged")));
}

TEST_F(RevokeFlow, GuestUser_ButtonDisabledAndCardExplains)
{
    openSignedIn();
    findAndPick(GuestUpn, GuestUpn); // pasted whole: looked up directly
    EXPECT_FALSE(m_driver->revokeButton()->isEnabled());
    EXPECT_TRUE(m_driver->cardText(names::CardNotice)
                        .startsWith(QLatin1String("Will not be applicable for guest users.")));
    EXPECT_EQ(m_driver->revokeButton()->toolTip(),
              QStringLiteral("Will not be applicable for guest users."));
    m_driver->setPreview(true);
    EXPECT_FALSE(m_driver->revokeButton()->isEnabled());
    m_driver->revoke();
    EXPECT_EQ(m_driver->dialog(names::ConfirmRevokeDialog), nullptr);
    EXPECT_EQ(revokingRequests(), 0);
}

// A Helpdesk Administrator checks a user before signing them out: the card shows the target's
// roles; an administrator's Revoke button is off with who can, a member's is on and goes through.
TEST_F(RevokeFlow, HelpdeskAdmin_CardShowsRolesAndAnAdminCannotBeSent)
{
    m_emulator->tenant().find(upn("lee.gu"))->roleTemplateIds
            = {QString::fromLatin1(rc::RoleTemplates::ExchangeAdministrator)};
    openSignedIn(upn("helpdesk"));
    findAndPick(QStringLiteral("lee"), upn("lee.gu"));
    ASSERT_TRUE(waitFor([this] {
        return m_driver->cardText(names::CardRoles) == QStringLiteral("Exchange Administrator");
    })) << m_driver->cardText(names::CardRoles).toStdString();
    EXPECT_FALSE(m_driver->revokeButton()->isEnabled());
    const QString notice = m_driver->cardText(names::CardNotice);
    EXPECT_TRUE(notice.contains(QLatin1String(
            "a Privileged Authentication Administrator or Global Administrator can sign them out")))
            << notice.toStdString();
    EXPECT_EQ(m_driver->revokeButton()->toolTip(), notice);
    m_driver->revoke();
    EXPECT_EQ(m_driver->dialog(names::ConfirmRevokeDialog), nullptr);
    // Preview sends nothing, so it stays possible.
    m_driver->setPreview(true);
    EXPECT_TRUE(m_driver->revokeButton()->isEnabled());
    m_driver->setPreview(false);

    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_TRUE(waitFor(
            [this] { return m_driver->cardText(names::CardRoles) == QStringLiteral("None"); }));
    EXPECT_TRUE(m_driver->revokeButton()->isEnabled());
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    m_driver->confirm();
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().startsWith(QLatin1String("It can take up to an hour")))
            << m_driver->bannerText().toStdString();
    EXPECT_EQ(graphRevokes(), 1);
}

// A Global Administrator may sign out an administrator, and is warned first on the card.
TEST_F(RevokeFlow, AdminTarget_IsFlaggedOnTheCardForAGlobalAdmin)
{
    m_emulator->tenant().find(upn("lee.gu"))->roleTemplateIds
            = {QString::fromLatin1(rc::RoleTemplates::ExchangeAdministrator)};
    openSignedIn();
    findAndPick(QStringLiteral("lee"), upn("lee.gu"));
    ASSERT_TRUE(waitFor([this] {
        return m_driver->cardText(names::CardRoles) == QStringLiteral("Exchange Administrator");
    }));
    EXPECT_TRUE(m_driver->revokeButton()->isEnabled());
    EXPECT_TRUE(m_driver->cardText(names::CardNotice)
                        .contains(QLatin1String("holds an administrator role (Exchange "
                                                "Administrator)")));

    // Risk-scaled: Revoke in the confirmation stays off until their name is typed.
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    QDialog *dialog = m_driver->dialog(names::ConfirmRevokeDialog);
    auto *typed = dialog->findChild<QLineEdit *>(names::ConfirmTypedNameEdit);
    ASSERT_TRUE(typed);
    QPushButton *confirm = dialog->findChild<QPushButton *>(names::ConfirmRevokeButton);
    EXPECT_FALSE(confirm->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("lee"));
    EXPECT_FALSE(confirm->isEnabled()) << "part of the name is not the name";
    typed->clear();
    QTest::keyClicks(typed, upn("lee.gu").toUpper());
    EXPECT_TRUE(confirm->isEnabled());
    m_driver->confirm();
    ASSERT_TRUE(waitFor([this] { return graphRevokes() == 1; }));
}

// An ordinary member's confirmation asks for no typed name.
TEST_F(RevokeFlow, AMemberTarget_NeedsNoTypedName)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    QDialog *dialog = m_driver->dialog(names::ConfirmRevokeDialog);
    EXPECT_FALSE(dialog->findChild<QLineEdit *>(names::ConfirmTypedNameEdit));
    EXPECT_TRUE(dialog->findChild<QPushButton *>(names::ConfirmRevokeButton)->isEnabled());
    m_driver->cancelConfirm();
}

TEST_F(RevokeFlow, FeatureDisabled_UseEntraInsteadRevokesOnceWithoutAskingAgain)
{
    const QString user = upn("grady.archie"); // SharePoint answers State 0 for him
    openSignedIn();
    findAndPick(QStringLiteral("grady"), user);
    m_driver->setChannel(Channel::SharePoint);
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    m_driver->confirm(QStringLiteral("INC-1001"));
    ASSERT_TRUE(m_driver->waitForBanner());
    auto *useEntra = m_driver->find<QPushButton>(names::UseEntraButton);
    ASSERT_TRUE(useEntra->isVisible());

    m_driver->click(names::UseEntraButton);
    EXPECT_EQ(m_driver->dialog(names::ConfirmRevokeDialog), nullptr) << "asked a second time";
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_EQ(
            m_driver->bannerText(),
            QStringLiteral("It can take up to an hour to sign out %1 from all devices.").arg(user));
    EXPECT_TRUE(m_driver->bannerDetails().contains(QLatin1String("Verified: sessions valid from")));
    EXPECT_TRUE(m_driver->bannerDetails().contains(QLatin1String("INC-1001")));
    EXPECT_EQ(graphRevokes(), 1);
    EXPECT_EQ(sharePointRevokes(), 1);
    EXPECT_FALSE(useEntra->isVisible());
    EXPECT_TRUE(m_driver->find<QWidget>(names::EntraChannelRadio)->property("checked").toBool());
}

// The same from the keyboard alone (WCAG 2.1.1): Tab reaches "Use Entra ID instead" in the
// banner, Space sends the Entra revocation.
TEST_F(RevokeFlow, FeatureDisabled_UseEntraInsteadFromTheKeyboard)
{
    openSignedIn();
    findAndPick(QStringLiteral("grady"), upn("grady.archie"));
    m_driver->setChannel(Channel::SharePoint);
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    m_driver->confirm(QStringLiteral("INC-1002"));
    ASSERT_TRUE(m_driver->waitForBanner());
    auto *useEntra = m_driver->find<QPushButton>(names::UseEntraButton);
    ASSERT_TRUE(useEntra->isVisible());

    const Keystrokes keys(m_window.get());
    for (int tab = 0; tab < 30 && keys.focused() != useEntra; ++tab)
        keys.press(Qt::Key_Tab);
    ASSERT_EQ(keys.focused(), useEntra) << "not a Tab stop";
    keys.press(Qt::Key_Space);
    ASSERT_TRUE(waitFor([this] { return graphRevokes() == 1; }));
    EXPECT_TRUE(waitFor([this] {
        return m_driver->bannerDetails().contains(QLatin1String("Verified: sessions valid from"));
    })) << m_driver->bannerDetails().toStdString();
    EXPECT_EQ(sharePointRevokes(), 1);
}

TEST_F(RevokeFlow, InFlight_ButtonDisabledWithProgressAndCancelStopsWaiting)
{
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/revokeSignInSessions"),
                             emu::Fault::latency(5000));
    openSignedIn();
    findAndPick(QStringLiteral("megan"), upn("megan.bowen"));
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    m_driver->confirm();
    ASSERT_TRUE(waitFor([this] { return m_driver->isBusy(); }));
    EXPECT_FALSE(m_driver->revokeButton()->isEnabled());
    ASSERT_TRUE(waitFor([this] { return graphRevokes() == 1; }));

    m_driver->click(names::CancelRevokeButton);
    EXPECT_FALSE(m_driver->isBusy());
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().startsWith(QLatin1String("Stopped waiting")));
    EXPECT_TRUE(m_driver->revokeButton()->isEnabled());
}
