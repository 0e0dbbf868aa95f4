#include "AtspiNode.h"

#include <atspi/atspi.h>

namespace rc::test {

namespace {

// libatspi hands out strings the caller frees.
QString take(gchar *text)
{
    const QString value = QString::fromUtf8(text);
    g_free(text);
    return value;
}

// Errors read as "nothing there": the caller's wait or assertion says what was expected.
void drop(GError *error)
{
    if (error)
        g_error_free(error);
}

} // namespace

AtspiNode::AtspiNode(AtspiAccessible *object)
    : m_object(object)
{ }

AtspiNode::AtspiNode(const AtspiNode &other)
    : m_object(other.m_object ? ATSPI_ACCESSIBLE(g_object_ref(other.m_object)) : nullptr)
{ }

AtspiNode &AtspiNode::operator=(AtspiNode other)
{
    std::swap(m_object, other.m_object);
    return *this;
}

AtspiNode::~AtspiNode()
{
    if (m_object)
        g_object_unref(m_object);
}

AtspiNode AtspiNode::desktop()
{
    AtspiAccessible *desktop = atspi_get_desktop(0);
    // Read every property from the application itself: the window changes under the test.
    atspi_accessible_set_cache_mask(desktop, ATSPI_CACHE_NONE);
    return AtspiNode(desktop);
}

QString AtspiNode::name() const
{
    GError *error = nullptr;
    const QString value = m_object ? take(atspi_accessible_get_name(m_object, &error)) : QString();
    drop(error);
    return value;
}

QString AtspiNode::description() const
{
    GError *error = nullptr;
    const QString value
            = m_object ? take(atspi_accessible_get_description(m_object, &error)) : QString();
    drop(error);
    return value;
}

int AtspiNode::role() const
{
    GError *error = nullptr;
    const int value = m_object ? atspi_accessible_get_role(m_object, &error) : ATSPI_ROLE_INVALID;
    drop(error);
    return value;
}

QString AtspiNode::roleName() const
{
    GError *error = nullptr;
    const QString value
            = m_object ? take(atspi_accessible_get_role_name(m_object, &error)) : QString();
    drop(error);
    return value;
}

bool AtspiNode::has(int state) const
{
    if (!m_object)
        return false;
    AtspiStateSet *states = atspi_accessible_get_state_set(m_object);
    const bool value = states && atspi_state_set_contains(states, AtspiStateType(state));
    if (states)
        g_object_unref(states);
    return value;
}

bool AtspiNode::isShowing() const
{
    if (!m_object)
        return false;
    AtspiStateSet *states = atspi_accessible_get_state_set(m_object);
    const bool value = states && atspi_state_set_contains(states, ATSPI_STATE_SHOWING)
            && atspi_state_set_contains(states, ATSPI_STATE_VISIBLE);
    if (states)
        g_object_unref(states);
    return value;
}

unsigned AtspiNode::processId() const
{
    GError *error = nullptr;
    const unsigned pid = m_object ? atspi_accessible_get_process_id(m_object, &error) : 0;
    drop(error);
    return pid;
}

QList<AtspiNode> AtspiNode::children() const
{
    QList<AtspiNode> nodes;
    if (!m_object)
        return nodes;
    GError *error = nullptr;
    const int count = atspi_accessible_get_child_count(m_object, &error);
    drop(error);
    for (int i = 0; i < count; ++i) {
        error = nullptr;
        AtspiAccessible *child = atspi_accessible_get_child_at_index(m_object, i, &error);
        drop(error);
        if (child)
            nodes.append(AtspiNode(child));
    }
    return nodes;
}

QList<AtspiNode> AtspiNode::findAll(const std::function<bool(const AtspiNode &)> &matches) const
{
    QList<AtspiNode> found;
    // Hidden widgets are in the tree too (Qt lists every child widget); a person cannot reach
    // them, so neither does the search. The desktop and applications carry no SHOWING state.
    const int r = role();
    if (r != ATSPI_ROLE_DESKTOP_FRAME && r != ATSPI_ROLE_APPLICATION && !isShowing())
        return found;
    if (matches(*this))
        found.append(*this);
    for (const AtspiNode &child : children())
        found += child.findAll(matches);
    return found;
}

AtspiNode AtspiNode::find(const std::function<bool(const AtspiNode &)> &matches) const
{
    const QList<AtspiNode> found = findAll(matches);
    return found.isEmpty() ? AtspiNode() : found.first();
}

AtspiNode AtspiNode::findByRole(int role, const QString &nameContains) const
{
    return find([&](const AtspiNode &node) {
        return node.role() == role && node.name().contains(nameContains, Qt::CaseInsensitive);
    });
}

QStringList AtspiNode::actionNames() const
{
    QStringList names;
    AtspiAction *action = m_object ? atspi_accessible_get_action_iface(m_object) : nullptr;
    if (!action)
        return names;
    GError *error = nullptr;
    const int count = atspi_action_get_n_actions(action, &error);
    drop(error);
    for (int i = 0; i < count; ++i) {
        error = nullptr;
        names << take(atspi_action_get_action_name(action, i, &error));
        drop(error);
    }
    g_object_unref(action);
    return names;
}

bool AtspiNode::doAction(const QString &actionName) const
{
    const QStringList names = actionNames();
    int index = 0;
    while (index < names.size() && names.at(index).compare(actionName, Qt::CaseInsensitive) != 0)
        ++index;
    if (index == names.size())
        return false;
    AtspiAction *action = atspi_accessible_get_action_iface(m_object);
    GError *error = nullptr;
    const bool done = atspi_action_do_action(action, index, &error);
    drop(error);
    g_object_unref(action);
    return done;
}

bool AtspiNode::setText(const QString &text) const
{
    AtspiEditableText *editable
            = m_object ? atspi_accessible_get_editable_text_iface(m_object) : nullptr;
    if (!editable)
        return false;
    GError *error = nullptr;
    const bool done
            = atspi_editable_text_set_text_contents(editable, text.toUtf8().constData(), &error);
    drop(error);
    g_object_unref(editable);
    return done;
}

QString AtspiNode::dump(int maxDepth) const
{
    QStringList lines;
    dumpInto(lines, 0, maxDepth);
    return lines.join(QLatin1Char('\n'));
}

void AtspiNode::dumpInto(QStringList &lines, int depth, int maxDepth) const
{
    const int r = role();
    if (r != ATSPI_ROLE_DESKTOP_FRAME && r != ATSPI_ROLE_APPLICATION && !isShowing())
        return;
    QStringList flags;
    if (has(ATSPI_STATE_ENABLED))
        flags << QStringLiteral("enabled");
    if (has(ATSPI_STATE_FOCUSED))
        flags << QStringLiteral("focused");
    if (has(ATSPI_STATE_CHECKED))
        flags << QStringLiteral("checked");
    if (has(ATSPI_STATE_SELECTED))
        flags << QStringLiteral("selected");
    const QStringList actions = actionNames();
    lines << QStringLiteral("%1%2 \"%3\" [%4]%5")
                     .arg(QString(depth * 2, QLatin1Char(' ')), roleName(), name(),
                          flags.join(QLatin1Char(',')),
                          actions.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" actions: ") + actions.join(QLatin1Char(',')));
    if (depth >= maxDepth)
        return;
    for (const AtspiNode &child : children())
        child.dumpInto(lines, depth + 1, maxDepth);
}

} // namespace rc::test
