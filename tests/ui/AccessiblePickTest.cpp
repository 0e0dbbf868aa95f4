// A screen reader picks a search result by selecting its row through the accessibility API
// (AT-SPI's Toggle action on the row, which Qt turns into a selection): that picks the user, as a
// click does. Moving through the rows with Up and Down still only highlights them. atspi_tests
// do the same over the real accessibility bus; this is the offscreen check of the widget.
#include "WindowFixture.h"
#include "ui/ObjectNames.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QListView>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {
class AccessiblePick : public WindowTest
{
protected:
    // The row's accessible object, as the bridge hands it to assistive technology.
    QAccessibleInterface *row(int index) const
    {
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(
                m_driver->find<QListView>(names::ResultsList));
        return list ? list->child(index) : nullptr;
    }
};
} // namespace

TEST_F(AccessiblePick, TheRowsToggleAction_PicksTheUser)
{
    openSignedIn();
    m_driver->search(QStringLiteral("patti"));
    ASSERT_TRUE(m_driver->waitForResults());
    const QStringList upns = m_driver->resultUpns();
    ASSERT_GE(upns.size(), 2);

    QAccessibleInterface *second = row(1);
    ASSERT_TRUE(second && second->actionInterface());
    EXPECT_TRUE(second->text(QAccessible::Name).contains(upns.at(1)));
    ASSERT_TRUE(second->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::toggleAction()));
    second->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    EXPECT_TRUE(waitFor([&] { return m_driver->cardShows(upns.at(1)); }, 5000))
            << "selecting the row through its accessible action did not pick "
            << upns.at(1).toStdString();
}

TEST_F(AccessiblePick, UpAndDown_OnlyHighlight)
{
    openSignedIn();
    m_driver->search(QStringLiteral("patti"));
    ASSERT_TRUE(m_driver->waitForResults());
    const QStringList upns = m_driver->resultUpns();
    ASSERT_GE(upns.size(), 2);
    m_driver->key(Qt::Key_Down);
    m_driver->key(Qt::Key_Down);
    EXPECT_FALSE(waitFor([&] { return !m_driver->cardText(names::CardUpn).isEmpty(); }, 300))
            << "moving through the results picked "
            << m_driver->cardText(names::CardUpn).toStdString();
    m_driver->key(Qt::Key_Return);
    EXPECT_TRUE(waitFor([&] { return m_driver->cardShows(upns.at(1)); }));
}
