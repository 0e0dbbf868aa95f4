#pragma once
// Everything needed to act on one tenant, wired once: the HTTP client, the sign-in session, the
// Graph and SharePoint clients, the Revoker, and the presenters the window binds to (who is signed
// in, user search, the revoke flow). The CLI and the window each own one; tearing it down cancels
// whatever is in flight. After a sign-in the admin's roles are loaded by themselves.

#include "auth/SignInSession.h"
#include "directory/GraphClient.h"
#include "directory/SignedInAdmin.h"
#include "directory/UserSearch.h"
#include "net/ServiceCaller.h"
#include "revocation/RevokeFlow.h"
#include "revocation/Revoker.h"
#include "revocation/SpoTenantClient.h"

#include <QObject>

#include <memory>

namespace rc {

struct ConnectionSettings
{
    CloudEndpoints cloud;
    Tenant tenant;
    QString clientId;
    QString profileId; // names the keychain items; empty: the tenant's id
    // What sign-in, retries and audit rows are timed on; null: the system's. Tests hand one they
    // can advance. Must outlive the connection.
    Clock *clock = nullptr;
};

class AuditLog;
class AuditTrail;
class SecretStore;
class TokenCache;

class TenantConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantConnection)
public:
    // keychain: where refresh tokens and passphrases are kept between runs (must outlive this);
    // null: this run's memory only.
    explicit TenantConnection(const ConnectionSettings &settings, SecretStore *keychain = nullptr,
                              QObject *parent = nullptr);
    ~TenantConnection() override;

    // Where the revoke flow records what it does, as the signed-in admin. Must outlive this.
    void setAuditLog(AuditLog *log);

    HttpClient &http() { return m_http; }
    SignInSession &session() { return m_session; }
    ServiceCaller &caller() { return m_caller; }
    GraphClient &graph() { return m_graph; }
    SpoTenantClient &sharePoint() { return m_spo; }
    Revoker &revoker() { return m_revoker; }
    SignedInAdmin &admin() { return m_admin; }
    UserSearch &search() { return m_search; }
    RevokeFlow &flow() { return m_flow; }
    TokenCache &tokenCache() { return *m_tokenCache; }

Q_SIGNALS:
    // A request was throttled (429) or the service was unavailable; it is retried in `seconds`.
    void retrying(int seconds, const rc::ServiceError &cause);

private:
    Clock &m_clock;
    HttpClient m_http;
    SignInSession m_session;
    ServiceCaller m_caller;
    GraphClient m_graph;
    SpoTenantClient m_spo;
    Revoker m_revoker;
    SignedInAdmin m_admin;
    UserSearch m_search;
    RevokeFlow m_flow;
    QString m_tenantId;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<TokenCache> m_tokenCache;
};

} // namespace rc
