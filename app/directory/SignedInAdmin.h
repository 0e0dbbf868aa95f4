#pragma once
// Who is signed in and which directory roles they hold, read once after sign-in, so the tenant
// pane can say up front when the account cannot revoke rather than after a 403.

#include "directory/GraphClient.h"

#include <QObject>

namespace rc {

namespace RoleTemplates {
inline constexpr char GlobalAdministrator[] = "62e90394-69f5-4237-9190-012177145e10";
inline constexpr char SharePointAdministrator[] = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
inline constexpr char UserAdministrator[] = "fe930be7-5e62-47db-91af-98c3a49a38b1";
inline constexpr char HelpdeskAdministrator[] = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
} // namespace RoleTemplates

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
