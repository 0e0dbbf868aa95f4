// The divider between the search and the selected user, moved from the keyboard (WCAG 2.1.1):
// F8 focuses it, visibly (2.4.7, 3:1 in every scheme), the arrows, Home and End move it, Esc gives
// the focus back where it was; and it is not a Tab stop.
#include "FocusLook.h"
#include "Keystrokes.h"
#include "WindowFixture.h"
#include "ui/KeyboardSplitter.h"
#include "ui/ObjectNames.h"

#include <QLineEdit>
#include <QSplitter>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;
using Scheme = rc::ui::ColorScheme::Scheme;

namespace {

class SplitterKeyboard : public WindowTest
{
protected:
    QSplitter *splitter() const { return m_window->findChild<QSplitter *>(); }
    int searchWidth() const { return splitter()->sizes().value(0); }
};

} // namespace

TEST_F(SplitterKeyboard, F8ArrowsHomeEnd_MoveTheDivider_EscGivesTheFocusBack)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    const Keystrokes keys(m_window.get());
    auto *search = m_driver->find<QLineEdit>(names::SearchEdit);
    search->setFocus();
    ASSERT_EQ(keys.focused(), search);
    QSplitterHandle *divider = splitter()->handle(1);

    keys.press(Qt::Key_F8);
    ASSERT_EQ(keys.focused(), divider);
    const int start = searchWidth();
    const int step = qMax(8, splitter()->width() / 20);

    keys.press(Qt::Key_Home);
    const int narrowest = searchWidth();
    EXPECT_LT(narrowest, start);
    EXPECT_GE(narrowest, splitter()->widget(0)->minimumSizeHint().width()) << "search's minimum";
    keys.press(Qt::Key_Left);
    EXPECT_EQ(searchWidth(), narrowest) << "no further than the minimum";
    keys.press(Qt::Key_Right);
    EXPECT_EQ(searchWidth(), narrowest + step);
    keys.press(Qt::Key_Down); // across a side-by-side split, Up and Down do nothing
    EXPECT_EQ(searchWidth(), narrowest + step);

    keys.press(Qt::Key_End);
    const int widest = searchWidth();
    EXPECT_GT(widest, narrowest + step);
    EXPECT_GE(splitter()->sizes().value(1), splitter()->widget(1)->minimumSizeHint().width())
            << "the card keeps its minimum";
    keys.press(Qt::Key_Left);
    EXPECT_EQ(searchWidth(), widest - step);

    keys.press(Qt::Key_Escape);
    EXPECT_EQ(keys.focused(), search) << "the focus goes back where F8 found it";
}

TEST_F(SplitterKeyboard, FocusedDivider_IsVisibleInEveryScheme_AndNoTabStop)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    QSplitterHandle *divider = splitter()->handle(1);
    EXPECT_FALSE(divider->focusPolicy() & Qt::TabFocus);
    for (Scheme scheme : {Scheme::Light, Scheme::Dark, Scheme::HighContrast}) {
        SCOPED_TRACE(int(scheme));
        ASSERT_TRUE(applyScheme(scheme, m_window.get()));
        divider->setFocus(Qt::ShortcutFocusReason);
        ASSERT_TRUE(waitFor([&] { return divider->hasFocus(); }));
        const FocusLook look = focusLookOf(divider);
        EXPECT_TRUE(look.differs);
        EXPECT_GE(look.contrast, 3.0);
    }
    ui::ColorScheme::apply(Scheme::System);
}
