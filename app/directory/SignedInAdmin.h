#pragma once
// Who is signed in and which directory roles they hold, read once after sign-in, so the tenant
// pane can say up front when the account cannot revoke rather than after a 403.

#include "directory/GraphClient.h"
#include "directory/RoleTemplates.h"

#include <QObject>

namespace rc {

class SignedInAdmin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInAdmin)
public:
    explicit SignedInAdmin(GraphClient &graph, QObject *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    User account() const { return m_account; }
    QList<DirectoryRole> roles() const { return m_roles; }
    QStringList roleNames() const;

    // revokeSignInSessions: Global Administrator or User Administrator (protocol.md §2).
    bool canRevokeOnEntra() const;
    // Office365Tenant.RevokeAllUserSessions: Global or SharePoint Administrator.
    bool canRevokeOnSharePoint() const;

Q_SIGNALS:
    void loaded();
    void failed(const rc::ServiceError &error);

private:
    bool hasRole(const char *templateId) const;

    GraphClient &m_graph;
    User m_account;
    QList<DirectoryRole> m_roles;
    bool m_loaded = false;
    Call m_call;
};

} // namespace rc
