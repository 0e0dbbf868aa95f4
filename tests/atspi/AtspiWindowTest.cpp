// The real window, driven only through the accessibility tree over AT-SPI, as a screen reader
// does: nothing here touches a widget. Each test starts revoke-console --demo (the built-in
// loopback tenant) afresh, finds controls by role and accessible name, acts through the
// EditableText and Action interfaces, and reads the outcome from the tree: the banner's text, a
// button's states. Each step waits with a deadline and, on failure, prints the part of the tree
// it looked in.
#include "ConsoleUnderTest.h"
#include "support/QtPrinters.h"

#include <atspi/atspi.h>
#include <gtest/gtest.h>

using namespace rc::test;

namespace {

const QString Domain = QStringLiteral("@contoso.onmicrosoft.com");
const QString AdeleUpn = QStringLiteral("adele.vance") + Domain;
const QString GuestUpn = QStringLiteral("jane.doe_fabrikam.com#EXT#") + Domain;
constexpr int StepMs = 10000;

class AtspiWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString problem = m_console.start();
        ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    }

    // What the window shows, to say where a step stopped.
    std::string tree() const { return m_console.frame().dump().toStdString(); }

    AtspiNode waitForNode(const AtspiNode &root,
                          const std::function<bool(const AtspiNode &)> &matches) const
    {
        AtspiNode found;
        waitUntil(
                [&] {
                    found = root.find(matches);
                    return bool(found);
                },
                StepMs);
        return found;
    }

    static std::function<bool(const AtspiNode &)> role(int role, const QString &nameContains)
    {
        return [role, nameContains](const AtspiNode &node) {
            return node.role() == role && node.name().contains(nameContains, Qt::CaseInsensitive);
        };
    }

    // Scenario (a): the search field by role and name, text set through EditableText, the
    // result row (named for the display name and the user name) selected through its action,
    // and the card then names the user.
    void searchAndPick(const QString &query, const QString &displayName, const QString &upn)
    {
        const AtspiNode frame = m_console.frame();
        // Qt gives a line edit the role "text" (AT-SPI's entry role is not used).
        const AtspiNode field = frame.findByRole(ATSPI_ROLE_TEXT, QStringLiteral("Search users"));
        ASSERT_TRUE(field) << "no text field named \"Search users\":\n" << tree();
        ASSERT_TRUE(field.has(ATSPI_STATE_EDITABLE)) << "the search field is not editable";
        ASSERT_TRUE(field.setText(query)) << "EditableText.SetTextContents failed";

        const AtspiNode list = waitForNode(frame, role(ATSPI_ROLE_LIST, "Search results"));
        ASSERT_TRUE(list) << "no \"Search results\" list after typing " << query.toStdString()
                          << ":\n"
                          << tree();
        const AtspiNode row = waitForNode(list, [&](const AtspiNode &node) {
            return node.role() == ATSPI_ROLE_LIST_ITEM
                    && node.name().contains(upn, Qt::CaseInsensitive);
        });
        ASSERT_TRUE(row) << "no result row naming " << upn.toStdString() << ":\n"
                         << list.dump().toStdString();
        EXPECT_TRUE(row.name().startsWith(displayName))
                << "the row's name should start with the display name: "
                << row.name().toStdString();
        // Qt's list rows offer one action, Toggle (select); selecting a row picks it.
        ASSERT_TRUE(row.doAction(QStringLiteral("Toggle")))
                << "the row has no Toggle action; it offers: "
                << row.actionNames().join(QLatin1Char(',')).toStdString();

        const AtspiNode card = waitForNode(frame, role(ATSPI_ROLE_LABEL, upn));
        ASSERT_TRUE(card) << "the card does not name " << upn.toStdString()
                          << " after the row was selected:\n"
                          << tree();
    }

    // The Revoke / Preview button of the revoke panel, named for what it will do to whom.
    AtspiNode revokeButton(const QString &displayName) const
    {
        return waitForNode(m_console.frame(), [&](const AtspiNode &node) {
            const QString name = node.name();
            return node.role() == ATSPI_ROLE_PUSH_BUTTON && name.contains(displayName)
                    && (name.startsWith(QLatin1String("Revoke sessions of"))
                        || name.startsWith(QLatin1String("Preview sign-out of")));
        });
    }

    // A label of the banner whose text starts so, once it is in the tree.
    AtspiNode waitForBanner(const QString &startsWith) const
    {
        return waitForNode(m_console.frame(), [&](const AtspiNode &node) {
            return node.role() == ATSPI_ROLE_LABEL && node.name().startsWith(startsWith);
        });
    }

    ConsoleUnderTest m_console;
};

} // namespace

TEST_F(AtspiWindow, SearchField_TextSetThroughEditableText_RowNamedForNameAndUpn_SelectingPicks)
{
    searchAndPick(QStringLiteral("adele"), QStringLiteral("Adele Vance"), AdeleUpn);
}

TEST_F(AtspiWindow, PreviewToggleAndButtonActions_WhatIfBannerInTheTree)
{
    ASSERT_NO_FATAL_FAILURE(
            searchAndPick(QStringLiteral("adele"), QStringLiteral("Adele Vance"), AdeleUpn));
    const AtspiNode frame = m_console.frame();
    const AtspiNode toggle = frame.findByRole(ATSPI_ROLE_CHECK_BOX, QStringLiteral("Preview only"));
    ASSERT_TRUE(toggle) << "no \"Preview only\" check box:\n" << tree();
    ASSERT_FALSE(toggle.has(ATSPI_STATE_CHECKED));
    ASSERT_TRUE(toggle.doAction(QStringLiteral("Toggle")))
            << "actions: " << toggle.actionNames().join(QLatin1Char(',')).toStdString();
    ASSERT_TRUE(waitUntil([&] { return toggle.has(ATSPI_STATE_CHECKED); }, StepMs))
            << "the preview toggle did not become checked";

    const AtspiNode button
            = waitForNode(frame, role(ATSPI_ROLE_PUSH_BUTTON, "Preview sign-out of Adele Vance"));
    ASSERT_TRUE(button) << "the button is not named for the preview:\n" << tree();
    ASSERT_TRUE(button.doAction(QStringLiteral("Press")));

    // The emulator's -WhatIf answer: nothing was sent, and the banner says so.
    const AtspiNode banner = waitForBanner(QStringLiteral("What if: Performing the operation"));
    ASSERT_TRUE(banner) << "no \"What if\" banner:\n" << tree();
    EXPECT_TRUE(banner.name().contains(AdeleUpn, Qt::CaseInsensitive))
            << banner.name().toStdString();
    // The banner itself is an alert, named with its tone and message: what a screen reader speaks.
    const AtspiNode alert = frame.find([](const AtspiNode &node) {
        return node.role() == ATSPI_ROLE_ALERT
                && node.name().startsWith(QLatin1String("Information: What if"));
    });
    EXPECT_TRUE(alert) << "the banner is not an alert named for its message:\n" << tree();
    EXPECT_FALSE(m_console.dialog()) << "a preview asks no confirmation";
}

TEST_F(AtspiWindow, Revoke_ConfirmationDialogInTheTree_ConfirmPressed_SuccessBanner)
{
    ASSERT_NO_FATAL_FAILURE(
            searchAndPick(QStringLiteral("adele"), QStringLiteral("Adele Vance"), AdeleUpn));
    const AtspiNode button = revokeButton(QStringLiteral("Adele Vance"));
    ASSERT_TRUE(button) << "no Revoke button named for Adele Vance:\n" << tree();
    ASSERT_TRUE(button.name().startsWith(QLatin1String("Revoke sessions of")));
    ASSERT_TRUE(button.has(ATSPI_STATE_ENABLED));
    ASSERT_TRUE(button.doAction(QStringLiteral("Press")));

    AtspiNode dialog;
    ASSERT_TRUE(waitUntil(
            [&] {
                dialog = m_console.dialog(QStringLiteral("Adele Vance"));
                return bool(dialog);
            },
            StepMs))
            << "no confirmation dialog in the tree:\n"
            << m_console.application().dump().toStdString();
    EXPECT_TRUE(dialog.findByRole(ATSPI_ROLE_TEXT, QStringLiteral("Reason")))
            << "the reason field has no name:\n"
            << dialog.dump().toStdString();
    const AtspiNode confirm
            = dialog.findByRole(ATSPI_ROLE_PUSH_BUTTON, QStringLiteral("Revoke sessions of"));
    ASSERT_TRUE(confirm) << "no confirm button:\n" << dialog.dump().toStdString();
    ASSERT_TRUE(confirm.doAction(QStringLiteral("Press")));

    const AtspiNode banner = waitForBanner(QStringLiteral("It can take up to an hour to sign out"));
    ASSERT_TRUE(banner) << "no success banner:\n" << tree();
    EXPECT_TRUE(banner.name().contains(AdeleUpn, Qt::CaseInsensitive))
            << banner.name().toStdString();
    EXPECT_FALSE(m_console.dialog()) << "the dialog stayed open";
}

TEST_F(AtspiWindow, Guest_RevokeButtonNotEnabled_AndSaysWhy)
{
    ASSERT_NO_FATAL_FAILURE(
            searchAndPick(QStringLiteral("jane"), QStringLiteral("Jane"), GuestUpn));
    const AtspiNode button = revokeButton(QStringLiteral("Jane"));
    ASSERT_TRUE(button) << "no Revoke button named for the guest:\n" << tree();
    EXPECT_FALSE(button.has(ATSPI_STATE_ENABLED)) << "Revoke is enabled for a guest";
    EXPECT_FALSE(button.has(ATSPI_STATE_SENSITIVE)) << "Revoke is sensitive for a guest";
    EXPECT_FALSE(button.description().isEmpty()) << "the disabled button does not say why";
}
