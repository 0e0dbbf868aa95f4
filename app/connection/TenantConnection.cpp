#include "connection/TenantConnection.h"

#include "audit/AuditTrail.h"
#include "auth/TokenCache.h"
#include "directory/UserSearch.h"
#include "revocation/RevokeFlow.h"

namespace rc {

TenantConnection::TenantConnection(const ConnectionSettings &settings, SecretStore *keychain,
                                   QObject *parent)
    : QObject(parent)
    , m_clock(settings.clock ? *settings.clock : Clock::system())
    , m_session(m_http, settings.cloud, settings.tenant, settings.clientId, m_clock)
    , m_caller(m_http, m_session, m_clock)
    , m_graph(m_caller, settings.cloud.graph())
    , m_spo(m_caller, settings.cloud.sharePointAdmin(settings.tenant))
    , m_revoker(m_graph, m_spo)
    , m_containment(m_caller, settings.cloud.graph())
    , m_admin(m_graph)
    , m_tenantId(settings.tenant.id())
    , m_tokenCache(std::make_unique<TokenCache>(
              keychain, settings.profileId.isEmpty() ? settings.tenant.id() : settings.profileId,
              settings.cloud.authority(), settings.clientId))
{
    m_session.setTokenCache(m_tokenCache.get());
    // An app-only sign-in has no /me: there is no admin account whose roles could be read.
    connect(&m_session, &SignInSession::signedIn, this, [this] {
        if (m_session.isAppOnly())
            m_admin.setAppOnly();
        else
            m_admin.load();
    });
    m_revoker.setOperator([this] {
        return OperatorGrant {m_admin.roles(), m_session.grantedPermissions(Resource::Graph),
                              m_session.isAppOnly(), m_admin.account().id};
    });
    m_caller.setWaitObserver(
            [this](int seconds, const ServiceError &cause) { Q_EMIT retrying(seconds, cause); });
    connect(&m_session, &SignInSession::signedIn, this, [this](const QString &account) {
        if (m_audit)
            m_audit->setOperator(account);
    });
}

TenantConnection::~TenantConnection() = default;

void TenantConnection::setKeychain(SecretStore *keychain)
{
    m_tokenCache->setStore(keychain);
}

UserSearch &TenantConnection::search()
{
    if (!m_search)
        m_search = std::make_unique<UserSearch>(m_graph);
    return *m_search;
}

RevokeFlow &TenantConnection::flow()
{
    if (!m_flow) {
        m_flow = std::make_unique<RevokeFlow>(m_revoker, m_graph);
        m_flow->setOperator(&m_admin);
        m_flow->setSignInLogGrant(
                [this] { return m_session.grantedPermissions(Resource::GraphSignInLog); });
        m_flow->setAuditTrail(m_audit.get());
    }
    return *m_flow;
}

std::unique_ptr<AuditTrail> TenantConnection::separateAuditTrail() const
{
    return AuditTrail::over(m_audit ? &m_audit->log() : nullptr, m_tenantId, m_session.account(),
                            {}, m_clock);
}

void TenantConnection::setAuditLog(AuditLog *log)
{
    if (m_flow)
        m_flow->setAuditTrail(nullptr);
    m_audit = AuditTrail::over(log, m_tenantId, m_session.account(), {}, m_clock);
    if (m_flow)
        m_flow->setAuditTrail(m_audit.get());
}

} // namespace rc
