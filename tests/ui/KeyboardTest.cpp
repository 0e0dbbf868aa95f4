// The whole flow with the keyboard alone: Ctrl+F, type, Down, Enter, Tab to the button, Space,
// and the confirmation dialog answered from the keyboard.
#include "WindowFixture.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {
class Keyboard : public WindowTest
{
};
} // namespace

TEST_F(Keyboard, CtrlF_Type_Down_Enter_Tab_Space_ConfirmFromTheKeyboard_Revokes)
{
    const QString user = upn("adele.vance");
    openSignedIn();
    // Start somewhere else, as a person coming back to the window would.
    m_driver->find<QWidget>(names::SignOutButton)->setFocus();

    m_driver->key(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(m_driver->focused(), m_driver->find<QLineEdit>(names::SearchEdit));
    m_driver->search(QStringLiteral("adele"));
    ASSERT_TRUE(m_driver->waitForResults());
    m_driver->key(Qt::Key_Down);
    m_driver->key(Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return m_driver->cardShows(user); }));

    ASSERT_TRUE(m_driver->tabTo(names::RevokeButton, 6)) << "the button is not in the tab chain";
    m_driver->key(Qt::Key_Space);
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    QDialog *dialog = m_driver->dialog(names::ConfirmRevokeDialog);
    EXPECT_EQ(m_driver->focused(), dialog->findChild<QLineEdit *>(names::ReasonEdit));
    m_driver->type(QStringLiteral("INC-7"));
    ASSERT_TRUE(m_driver->tabTo(names::ConfirmRevokeButton, 3));
    EXPECT_EQ(revokingRequests(), 0);
    m_driver->key(Qt::Key_Space);

    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_EQ(graphRevokes(), 1);
    EXPECT_EQ(
            m_driver->bannerText(),
            QStringLiteral("It can take up to an hour to sign out %1 from all devices.").arg(user));
    EXPECT_TRUE(m_driver->bannerDetails().contains(QLatin1String("INC-7")));
}

TEST_F(Keyboard, UpAndDownMoveThroughResults_EnterPicksTheHighlightedOne)
{
    openSignedIn();
    m_driver->search(QStringLiteral("patti"));
    ASSERT_TRUE(m_driver->waitForResults());
    const QStringList upns = m_driver->resultUpns();
    ASSERT_GE(upns.size(), 2);
    m_driver->key(Qt::Key_Down);
    m_driver->key(Qt::Key_Down);
    m_driver->key(Qt::Key_Up);
    m_driver->key(Qt::Key_Down);
    m_driver->key(Qt::Key_Enter);
    EXPECT_TRUE(waitFor([&] { return m_driver->cardShows(upns.at(1)); }));
    // The field keeps the keyboard, so the next search is one keystroke away.
    EXPECT_EQ(m_driver->focused(), m_driver->find<QLineEdit>(names::SearchEdit));
}

TEST_F(Keyboard, PreviewToggleAndChannel_ReachableAndNamedForScreenReaders)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    EXPECT_TRUE(m_driver->find<QLineEdit>(names::SearchEdit)
                        ->accessibleName()
                        .contains(QLatin1String("Search")));
    ASSERT_TRUE(m_driver->tabTo(names::PreviewToggle, 8));
    EXPECT_TRUE(spokenName(m_driver->focused()).contains(QLatin1String("Preview")));
    m_driver->key(Qt::Key_Space);
    EXPECT_EQ(m_driver->revokeButton()->text(), QStringLiteral("Preview sign-out"));
    EXPECT_TRUE(m_driver->revokeButton()->accessibleName().contains(QLatin1String("Preview")));
    m_driver->key(Qt::Key_Tab);
    m_driver->key(Qt::Key_Return);
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().startsWith(QLatin1String("What if:")));
    EXPECT_EQ(revokingRequests(), 0);
}
