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
    m_settled = false;
    m_roles = RoleSet::unknown(tr("not read yet"));
    m_call = m_graph.me(this, [this](Result<User> me) {
        if (!me) {
            m_roles = RoleSet::unknown(tr("your account could not be read"));
            settle();
            Q_EMIT failed(me.error());
            return;
        }
        m_account = me.value();
        m_call = m_graph.myDirectoryRoles(this, [this](Result<QList<DirectoryRole>> roles) {
            m_roles = roles
                    ? RoleSet::known(roles.value())
                    : RoleSet::unknown(tr("they could not be read: %1").arg(roles.error().message));
            m_loaded = true;
            settle();
            Q_EMIT loaded();
        });
    });
}

void SignedInAdmin::setAppOnly()
{
    m_call.cancel();
    m_account = {};
    m_loaded = false;
    m_roles = RoleSet::unknown(tr("an app-only sign-in holds no directory roles"));
    settle();
}

void SignedInAdmin::whenSettled(QObject *context, std::function<void()> then)
{
    if (m_settled) {
        then();
        return;
    }
    connect(this, &SignedInAdmin::settled, context, std::move(then), Qt::SingleShotConnection);
}

void SignedInAdmin::settle()
{
    m_settled = true;
    Q_EMIT settled();
}

} // namespace rc
