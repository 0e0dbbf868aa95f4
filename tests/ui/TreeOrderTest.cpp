// The accessibility tree in reading order (WCAG 1.3.2): a screen reader reading the tree in order
// hears each caption of the card before its value ("Job title", then "Retail Manager"), and the
// search column (the field, then the results) before the card and the revoke panel, as they are
// read on screen. The tree is read through QAccessibleInterface children, depth first.
#include "WindowFixture.h"
#include "ui/ObjectNames.h"
#include "ui/UserCard.h"

#include <QAccessible>
#include <QFormLayout>
#include <QLabel>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {

// Every object of the tree under `root`, depth first, in the order its interfaces give children.
void walk(QAccessibleInterface *node, QList<QObject *> &order)
{
    if (!node)
        return;
    if (QObject *object = node->object())
        order << object;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), order);
}

QList<QObject *> treeOrder(QWidget *root)
{
    QList<QObject *> order;
    walk(QAccessible::queryAccessibleInterface(root), order);
    return order;
}

class TreeOrder : public WindowTest
{
};

} // namespace

TEST_F(TreeOrder, EveryCaptionOfTheCardComesBeforeItsValue)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    auto *card = m_driver->find<rc::ui::UserCard>(names::UserCard);
    ASSERT_NE(card, nullptr);
    const QList<QObject *> order = treeOrder(m_window.get());

    // The card's rows: each caption is a label whose buddy is the value.
    int rows = 0;
    for (QLabel *caption : card->findChildren<QLabel *>()) {
        QWidget *value = caption->buddy();
        if (!value)
            continue;
        ++rows;
        const auto captionAt = order.indexOf(caption);
        const auto valueAt = order.indexOf(value);
        ASSERT_GE(captionAt, 0) << caption->text().toStdString() << " is not in the tree";
        ASSERT_GE(valueAt, 0) << caption->text().toStdString() << "'s value is not in the tree";
        // Right before it: nothing is read between a caption and its value.
        EXPECT_EQ(captionAt + 1, valueAt)
                << "\"" << caption->text().toStdString() << "\" and its value \""
                << qobject_cast<QLabel *>(value)->text().toStdString()
                << "\" are not read in this order, one after the other";
    }
    EXPECT_EQ(rows, 9) << "every row of the card: mail to directory roles";
}

TEST_F(TreeOrder, TheSearchColumnComesBeforeTheCardAndTheRevokePanel)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    const QList<QObject *> order = treeOrder(m_window.get());
    auto at = [&](const QString &name) {
        return order.indexOf(m_driver->find<QWidget>(name));
    };
    const auto search = at(names::SearchEdit);
    const auto results = at(names::ResultsList);
    const auto card = at(names::UserCard);
    const auto revoke = at(names::RevokePanel);
    for (const auto &[name, index] :
         {std::pair {names::SearchEdit, search}, std::pair {names::ResultsList, results},
          std::pair {names::UserCard, card}, std::pair {names::RevokePanel, revoke}})
        ASSERT_GE(index, 0) << name.toStdString() << " is not in the tree";
    EXPECT_LT(search, results);
    EXPECT_LT(results, card) << "the card is read before the search results";
    EXPECT_LT(card, revoke);
    // The Tab order is the reading order too (KeyboardWalkTest walks it in full).
    EXPECT_LT(at(names::TenantEdit), search);
}
