#include "revocation/TenantConnection.h"

namespace rc {

TenantConnection::TenantConnection(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(m_http, settings.cloud, settings.tenant, settings.clientId)
    , m_caller(m_http, m_session)
    , m_graph(m_caller, settings.cloud.graph())
    , m_spo(m_caller, settings.cloud.sharePointAdmin(settings.tenant))
    , m_revoker(m_graph, m_spo)
    , m_admin(m_graph)
    , m_search(m_graph)
    , m_flow(m_revoker)
{
    connect(&m_session, &SignInSession::signedIn, &m_admin, &SignedInAdmin::load);
}

} // namespace rc
