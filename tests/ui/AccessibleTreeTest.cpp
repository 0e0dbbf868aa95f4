// WCAG 1.3.1 and 4.1.2: the accessibility tree a screen reader walks names what it groups. Every
// object with children and a container role (pane, grouping, client, split pane, layered pane,
// status bar, scroll area, filler...) has a name, as has every grip and split-pane handle, and no
// object repeats the name of its nearest named ancestor, in the main window (signed in, a user
// picked) and in each dialog.
#include "DialogsFixture.h"

#include <QAccessible>
#include <QSplitterHandle>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class AccessibleTree : public DialogsTest
{
};

bool isContainer(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Pane:
    case QAccessible::Grouping:
    case QAccessible::Client:
    case QAccessible::Splitter:
    case QAccessible::LayeredPane:
    case QAccessible::StatusBar:
    case QAccessible::ToolBar:
    case QAccessible::PropertyPage:
    case QAccessible::Border:
    case QAccessible::Section:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *node)
{
    QObject *object = node->object();
    const QString what = object ? (object->objectName().isEmpty()
                                           ? QString::fromLatin1(object->metaObject()->className())
                                           : object->objectName())
                                : QStringLiteral("?");
    return QStringLiteral("%1 (role %2, \"%3\")")
            .arg(what)
            .arg(int(node->role()))
            .arg(node->text(QAccessible::Name));
}

// Every shown object under `node`, with the path that leads to it. `named` is the nearest
// ancestor's non-empty name: an unnamed container between two same-named ones hides nothing.
void walk(QAccessibleInterface *node, const QString &path, const QString &named,
          QStringList &problems, int depth = 0)
{
    if (!node || depth > 40)
        return;
    const QString name = node->text(QAccessible::Name).trimmed();
    const QString here = path + QStringLiteral(" / ") + describe(node);
    const int children = node->childCount();
    if (children > 0 && isContainer(node->role()) && name.isEmpty())
        problems << QStringLiteral("unnamed container: %1").arg(here);
    // A grip or a split pane's handle is a control of its own: it needs a name too.
    const bool handle = node->role() == QAccessible::Grip
            || qobject_cast<QSplitterHandle *>(node->object()) != nullptr;
    if (handle && name.isEmpty())
        problems << QStringLiteral("unnamed grip or handle: %1").arg(here);
    if (!name.isEmpty() && name == named)
        problems << QStringLiteral("same name as its parent: %1").arg(here);
    for (int i = 0; i < children; ++i) {
        QAccessibleInterface *child = node->child(i);
        if (child && !child->state().invisible)
            walk(child, here, name.isEmpty() ? named : name, problems, depth + 1);
    }
}

void expectNamedTree(QWidget *top)
{
    ASSERT_NE(top, nullptr);
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(top), QString(), QString(), problems);
    EXPECT_TRUE(problems.isEmpty()) << top->objectName().toStdString() << ":\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_F(AccessibleTree, TheMainWindow)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    expectNamedTree(m_window.get());
}

TEST_F(AccessibleTree, TheSignInDialogs)
{
    {
        SCOPED_TRACE("device code");
        QDialog *dialog = openDeviceCodeDialog();
        expectNamedTree(dialog);
        if (dialog)
            dialog->reject();
    }
    closeWindow();
    {
        SCOPED_TRACE("browser");
        QDialog *dialog = openBrowserDialog();
        expectNamedTree(dialog);
        if (dialog)
            dialog->reject();
    }
    closeWindow();
    SCOPED_TRACE("certificate");
    expectNamedTree(openCertificateDialog());
}

TEST_F(AccessibleTree, TheBulkWindowOnEveryPageAndItsConfirmation)
{
    const QStringList people = addPeople(3);
    openSignedIn();
    rc::ui::BulkWindow *bulk = m_driver->openBulk();
    ASSERT_NE(bulk, nullptr);
    {
        SCOPED_TRACE("list");
        expectNamedTree(bulk);
    }
    m_driver->pasteList(people.join(QLatin1Char('\n')));
    ASSERT_TRUE(m_driver->reviewBulkList());
    {
        SCOPED_TRACE("review");
        expectNamedTree(bulk);
    }
    ASSERT_TRUE(m_driver->requestBulkRun());
    {
        SCOPED_TRACE("confirmation");
        expectNamedTree(m_driver->bulkConfirmDialog());
    }
    m_emulator->setWriteQuota(1, 1); // slow enough to look at the run under way
    m_driver->confirmBulk();
    ASSERT_TRUE(m_driver->waitForBulkRunning());
    {
        SCOPED_TRACE("running");
        expectNamedTree(bulk);
    }
    m_driver->cancelBulk();
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    SCOPED_TRACE("ended");
    expectNamedTree(bulk);
}

TEST_F(AccessibleTree, HistoryAndTheAdministratorConfirmation)
{
    {
        SCOPED_TRACE("history");
        expectNamedTree(openHistoryWithAnEntry());
    }
    closeWindow();
    SCOPED_TRACE("administrator confirmation");
    expectNamedTree(openAdminConfirmation());
}

TEST_F(AccessibleTree, TheContainmentDialogBeforeAndAfterARun)
{
    QDialog *dialog = openContainDialog(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(dialog, nullptr);
    {
        SCOPED_TRACE("before");
        expectNamedTree(dialog);
    }
    ASSERT_TRUE(runContainment(dialog));
    SCOPED_TRACE("after");
    expectNamedTree(dialog);
}
