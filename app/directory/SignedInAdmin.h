#pragma once
// Who is signed in and which directory roles they hold, read once after a delegated sign-in, so
// the tenant pane, the card, the CLI and the bulk review can say before sending when the account
// cannot revoke someone (RevokePermission) rather than after a 403. When the roles cannot be read
// (no permission, an app-only sign-in) they are unknown, never "none".

#include "directory/DirectoryRole.h"
#include "directory/GraphClient.h"

#include <QElapsedTimer>
#include <QObject>

namespace rc {

class SignedInAdmin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInAdmin)
public:
    explicit SignedInAdmin(GraphClient &graph, QObject *parent = nullptr);

    void load();
    // Reads the roles again when the last read is older than this (a role activated in PIM
    // since); settled() follows. The old roles stand meanwhile, but isReady() is false.
    void refreshIfOlderThan(int seconds);
    // An app-only sign-in: no account, no roles; settles at once.
    void setAppOnly();
    bool isLoaded() const { return m_loaded; } // the account was read
    bool isSettled() const { return m_settled; } // loaded or failed: roles() is final
    bool isReady() const { return m_settled && !m_refreshing; } // and no refresh under way
    User account() const { return m_account; }
    RoleSet roles() const { return m_roles; }
    // Runs `then` once the roles are ready: at once if they are, else when a read settles
    // (never if `context` is gone by then).
    void whenReady(QObject *context, std::function<void()> then);
    QStringList roleNames() const { return m_roles.names(); }

Q_SIGNALS:
    void loaded(); // the account, and the roles or why they are unknown
    void failed(const rc::ServiceError &error); // the account could not be read
    void settled(); // after either

private:
    void readRoles();
    void settle();

    GraphClient &m_graph;
    User m_account;
    RoleSet m_roles;
    bool m_loaded = false;
    bool m_settled = false;
    bool m_refreshing = false;
    QElapsedTimer m_readAt;
    Call m_call;
};

} // namespace rc
