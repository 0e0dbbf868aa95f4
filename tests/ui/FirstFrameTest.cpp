// What the window leaves until after its first frame (ui/AfterFirstPaint) still happens, and still
// tells: an audit log that cannot be opened reaches the banner and History says why it is
// unavailable; the search field gets its named clear button.
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "support/WaitFor.h"
#include "ui/ObjectNames.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class FirstFrame : public WindowTest
{
};

// The test-mode audit log lives under $HOME: a home of its own, restored however the test ends.
class ScratchHome final
{
public:
    ScratchHome()
        : m_saved(qgetenv("HOME"))
    {
        qputenv("HOME", QFile::encodeName(m_dir.path()));
    }
    ~ScratchHome() { qputenv("HOME", m_saved); }
    ScratchHome(const ScratchHome &) = delete;
    ScratchHome &operator=(const ScratchHome &) = delete;

    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_saved;
};

} // namespace

TEST_F(FirstFrame, AnAuditLogThatCannotBeOpenedStillReachesTheBanner)
{
    ScratchHome home;
    ASSERT_TRUE(home.isValid());
    // A folder where the database file should be: SQLite cannot open it.
    ASSERT_TRUE(QDir().mkpath(rc::AuditLog::defaultPath()));

    openWindow(false);
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_TRUE(m_driver->bannerText().startsWith(QLatin1String("The audit log ")))
            << m_driver->bannerText().toStdString();
    EXPECT_TRUE(m_driver->bannerText().contains(QLatin1String("cannot be written")))
            << m_driver->bannerText().toStdString();
    auto *history = m_driver->find<QPushButton>(names::HistoryButton);
    EXPECT_FALSE(history->isEnabled());
    EXPECT_TRUE(history->toolTip().contains(QLatin1String("audit log could not be opened")))
            << history->toolTip().toStdString();
    closeWindow(); // before the home it was given goes
}

TEST_F(FirstFrame, TheSearchFieldGetsANamedClearButton)
{
    openWindow(false);
    auto *edit = m_driver->find<QLineEdit>(names::SearchEdit);
    ASSERT_TRUE(waitFor([&] { return edit->isClearButtonEnabled(); }, 5000));
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>();
    ASSERT_FALSE(buttons.isEmpty());
    for (QToolButton *clear : buttons)
        EXPECT_EQ(clear->accessibleName(), QStringLiteral("Clear search"));
}

// The revoke panel and "Respond to a compromised account" act on the picked user: the empty
// window does not show them (nor lay out or paint them in its first frame); picking shows both.
TEST_F(FirstFrame, TheRevokeActionsAppearOnlyOnceAUserIsPicked)
{
    openSignedIn();
    auto *panel = m_driver->find<QWidget>(names::RevokePanel);
    auto *contain = m_driver->find<QPushButton>(names::ContainButton);
    ASSERT_NE(panel, nullptr);
    ASSERT_NE(contain, nullptr);
    EXPECT_FALSE(panel->isVisible());
    EXPECT_FALSE(contain->isVisible());

    m_driver->search(QStringLiteral("adele"));
    ASSERT_TRUE(m_driver->waitForResults());
    ASSERT_TRUE(m_driver->pick(upn("adele.vance")));
    EXPECT_TRUE(panel->isVisible());
    EXPECT_TRUE(contain->isVisible());
    EXPECT_TRUE(m_driver->find<QPushButton>(names::RevokeButton)->isEnabled());
}

// Signed out there is nothing to pick: the search box says to sign in and the card stays blank
// (its paragraph is not laid out for the first frame); signed in, the card says what to do.
TEST_F(FirstFrame, TheCardsHintWaitsForTheSignIn)
{
    openWindow(false);
    auto *hint = m_driver->find<QLabel>(names::CardHint);
    ASSERT_NE(hint, nullptr);
    EXPECT_FALSE(hint->isVisible());
    closeWindow();

    openSignedIn();
    hint = m_driver->find<QLabel>(names::CardHint);
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().startsWith(QLatin1String("Pick a user")))
            << hint->text().toStdString();
}
