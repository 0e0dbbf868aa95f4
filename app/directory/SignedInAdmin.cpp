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
    m_refreshing = false;
    m_roles = RoleSet::unknown(tr("they are being read"));
    m_call = m_graph.me(this, [this](Result<User> me) {
        if (!me) {
            m_roles = RoleSet::unknown(tr("your account could not be read"));
            settle();
            Q_EMIT failed(me.error());
            return;
        }
        m_account = me.value();
        readRoles();
    });
}

void SignedInAdmin::readRoles()
{
    m_call = m_graph.myDirectoryRoles(this, [this](Result<QList<DirectoryRole>> roles) {
        m_roles = RoleSet::fromResult(roles);
        m_readAt.start();
        m_loaded = true;
        m_refreshing = false;
        settle();
        Q_EMIT loaded();
    });
}

void SignedInAdmin::refreshIfOlderThan(int seconds)
{
    // A role activated in PIM since it was read would otherwise be missed until the next sign-in.
    if (!m_loaded || m_refreshing || !m_readAt.isValid() || m_readAt.elapsed() < seconds * 1000LL)
        return;
    m_refreshing = true;
    readRoles();
}

void SignedInAdmin::setAppOnly()
{
    m_call.cancel();
    m_account = {};
    m_loaded = false;
    m_refreshing = false;
    m_roles = RoleSet::unknown(tr("an app-only sign-in holds no directory roles"));
    settle();
}

void SignedInAdmin::whenReady(QObject *context, std::function<void()> then)
{
    if (isReady()) {
        then();
        return;
    }
    // settled() comes once per read; a single-shot connection would also fire for a read that
    // leaves a refresh under way, so wait for one after which the roles are ready.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SignedInAdmin::settled, context,
                          [this, connection, then = std::move(then)] {
                              if (!isReady())
                                  return;
                              disconnect(*connection);
                              then();
                          });
}

void SignedInAdmin::settle()
{
    m_settled = true;
    Q_EMIT settled();
}

} // namespace rc
