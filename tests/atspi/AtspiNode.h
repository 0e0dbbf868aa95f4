#pragma once
// One object of the accessibility tree, as a screen reader sees it over AT-SPI (libatspi): its
// role, name, states and children; it runs its actions and sets the text of an editable one.
// Every read asks the application afresh (desktop() turns libatspi's cache off), so a wait sees
// the window change. A null node is what a failed look-up returns.

#include <QString>
#include <QStringList>

#include <functional>

typedef struct _AtspiAccessible AtspiAccessible;

namespace rc::test {

class AtspiNode final
{
public:
    AtspiNode() = default;
    explicit AtspiNode(AtspiAccessible *object); // takes the reference it is given
    AtspiNode(const AtspiNode &other);
    AtspiNode &operator=(AtspiNode other);
    ~AtspiNode();

    explicit operator bool() const { return m_object != nullptr; }

    // The desktop: every application on the accessibility bus is one of its children.
    static AtspiNode desktop();

    QString name() const;
    QString description() const;
    int role() const; // an AtspiRole
    QString roleName() const;
    bool has(int state) const; // an AtspiStateType
    bool isShowing() const; // SHOWING and VISIBLE
    unsigned processId() const;

    QList<AtspiNode> children() const;
    // The first showing descendant (depth first, this node included) that matches.
    AtspiNode find(const std::function<bool(const AtspiNode &)> &matches) const;
    QList<AtspiNode> findAll(const std::function<bool(const AtspiNode &)> &matches) const;
    AtspiNode findByRole(int role, const QString &nameContains = {}) const;

    QStringList actionNames() const;
    // Runs the action with this name (case-insensitive); false when there is none or it failed.
    bool doAction(const QString &actionName) const;
    bool setText(const QString &text) const; // the EditableText interface

    // One line per showing node of the subtree (role, name, states), for failure messages.
    QString dump(int maxDepth = 12) const;

private:
    void dumpInto(QStringList &lines, int depth, int maxDepth) const;

    AtspiAccessible *m_object = nullptr;
};

} // namespace rc::test
