// What the window leaves until after its first frame (ui/AfterFirstPaint) still happens, and still
// tells: an audit log that cannot be opened reaches the banner and History says why it is
// unavailable; the search field gets its named clear button. And the start-up benchmark's plain-Qt
// copy of the first frame (tests/bench/FirstFrameControls) shows what the window shows.
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "bench/FirstFrameControls.h"
#include "support/WaitFor.h"
#include "ui/ObjectNames.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
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

// The controls a window shows, by kind: what its first frame lays out and paints. A control's own
// parts (a combo's or a field's buttons, scroll bars, splitter handles) are not counted.
QMap<QString, int> shownControls(const QWidget &window)
{
    QMap<QString, int> kinds;
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisible() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QWidget *parent = w->parentWidget();
        if (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QComboBox *>(parent))
            continue;
        QString kind;
        if (qobject_cast<const QComboBox *>(w))
            kind = QStringLiteral("combo box");
        else if (qobject_cast<const QLineEdit *>(w))
            kind = QStringLiteral("field");
        else if (auto *button = qobject_cast<const QPushButton *>(w))
            kind = button->isEnabled() ? QStringLiteral("button") : QStringLiteral("button, off");
        else if (qobject_cast<const QToolButton *>(w))
            kind = QStringLiteral("menu button");
        else if (auto *label = qobject_cast<const QLabel *>(w))
            kind = label->text().isEmpty() ? QString() : QStringLiteral("text");
        else if (auto *frame = qobject_cast<const QFrame *>(w))
            kind = frame->frameShape() == QFrame::NoFrame
                    ? QString()
                    : QStringLiteral("frame %1").arg(int(frame->frameShape()));
        if (!kind.isEmpty())
            ++kinds[kind];
    }
    return kinds;
}

QString describe(const QMap<QString, int> &kinds)
{
    QStringList parts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}

} // namespace

// packaging/bench.sh startup compares the window with the same content in plain Qt: that copy has
// to show what a first run's window shows, control for control, or the comparison says nothing.
TEST_F(FirstFrame, TheBenchmarksPlainQtCopyShowsWhatTheWindowShows)
{
    openWithProfiles(); // as main() opens it: the profile row is shown, with no profile yet
    m_window->show();
    QMainWindow copy;
    rc::bench::addFirstFrameControls(copy);
    copy.show();

    const QMap<QString, int> window = shownControls(*m_window);
    EXPECT_EQ(describe(shownControls(copy)).toStdString(), describe(window).toStdString());
    // Not two empty windows agreeing: the tenant row, the search column, the card, the status bar.
    EXPECT_EQ(window.value(QStringLiteral("combo box")), 3) << describe(window).toStdString();
    EXPECT_EQ(window.value(QStringLiteral("field")), 2) << describe(window).toStdString();
}

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
