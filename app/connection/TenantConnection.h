#pragma once
// Everything needed to act on one tenant, wired once: the HTTP client, the sign-in session, the
// Graph and SharePoint clients, the Revoker, the containment calls and who is signed in (whose
// roles every verdict needs). The CLI and the window each own one; tearing it down cancels whatever
// is in flight. After a sign-in the admin's roles are loaded by themselves. The presenters only the
// window binds to (user search, the revoke flow) are built on first use, so the CLI never makes
// them.

#include "auth/SignInSession.h"
#include "containment/ContainmentClient.h"
#include "directory/GraphClient.h"
#include "directory/SignedInAdmin.h"
#include "net/ServiceCaller.h"
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
class RevokeFlow;
class SecretStore;
class TokenCache;
class UserSearch;

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

    // The keychain from now on, for a connection built before the window had it; before any
    // sign-in, so nothing stored so far is left behind in memory.
    void setKeychain(SecretStore *keychain);
    // Where the revoke flow records what it does, as the signed-in admin. Must outlive this.
    void setAuditLog(AuditLog *log);
    // A trail of its own over the same log, stamped the same way (tenant, signed-in operator,
    // clock), for an action whose reason is not the revoke flow's (a containment). Null when no
    // log is set: nothing may then be sent.
    std::unique_ptr<AuditTrail> separateAuditTrail() const;

    HttpClient &http() { return m_http; }
    SignInSession &session() { return m_session; }
    ServiceCaller &caller() { return m_caller; }
    GraphClient &graph() { return m_graph; }
    SpoTenantClient &sharePoint() { return m_spo; }
    Revoker &revoker() { return m_revoker; }
    ContainmentClient &containment() { return m_containment; }
    SignedInAdmin &admin() { return m_admin; }
    // The window's presenters, built on first use.
    UserSearch &search();
    RevokeFlow &flow();
    TokenCache &tokenCache() { return *m_tokenCache; }
    Clock &clock() { return m_clock; }

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
    ContainmentClient m_containment;
    SignedInAdmin m_admin;
    std::unique_ptr<UserSearch> m_search;
    std::unique_ptr<RevokeFlow> m_flow;
    QString m_tenantId;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<TokenCache> m_tokenCache;
};

} // namespace rc
