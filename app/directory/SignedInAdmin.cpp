#include "directory/SignedInAdmin.h"

namespace rc {

SignedInAdmin::SignedInAdmin(GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{ }

void SignedInAdmin::load()
{
    m_call.cancel();
    m_loaded = false;
    m_call = m_graph.me(this, [this](Result<User> me) {
        if (!me) {
            Q_EMIT failed(me.error());
            return;
        }
        m_account = me.value();
        m_call = m_graph.myDirectoryRoles(this, [this](Result<QList<DirectoryRole>> roles) {
            if (!roles) {
                Q_EMIT failed(roles.error());
                return;
            }
            m_roles = roles.value();
            m_loaded = true;
            Q_EMIT loaded();
        });
    });
}

QStringList SignedInAdmin::roleNames() const
{
    QStringList names;
    for (const DirectoryRole &role : m_roles)
        names << role.displayName;
    return names;
}

bool SignedInAdmin::hasRole(const char *templateId) const
{
    for (const DirectoryRole &role : m_roles) {
        if (role.roleTemplateId.compare(QLatin1String(templateId), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SignedInAdmin::canRevokeOnEntra() const
{
    return hasRole(RoleTemplates::GlobalAdministrator) || hasRole(RoleTemplates::UserAdministrator);
}

bool SignedInAdmin::canRevokeOnSharePoint() const
{
    return hasRole(RoleTemplates::GlobalAdministrator)
            || hasRole(RoleTemplates::SharePointAdministrator);
}

} // namespace rc
