#pragma once
// The band at the top of the window: which tenant, which cloud (a preset or a custom endpoints
// file), which sign-in method, and Sign in / Sign out. Once signed in it names the account and its
// directory roles, and warns up front when none of them may revoke sessions. It only collects
// settings and renders the session; the window owns the connection and runs the sign-in.

#include "revocation/TenantConnection.h"

#include <QFrame>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rc::ui {

class TenantPane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantPane)
public:
    // customCloudLabel names a cloud that is not a preset (the demo's emulator, say).
    explicit TenantPane(const ConnectionSettings &initial, const QString &customCloudLabel = {},
                        QWidget *parent = nullptr);

    // The settings the person chose, or a sentence on why they cannot be used.
    Result<ConnectionSettings> settings() const;
    void setConnection(TenantConnection *connection);
    void setSigningIn(bool signingIn);

    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void problem(const rc::ServiceError &error);

private:
    void render();
    void renderAccount();
    void cloudChosen(int index);
    void pickEndpointsFile();
    void useCustomCloud(const CloudEndpoints &cloud, const QString &label);

    QPointer<TenantConnection> m_connection;
    QString m_clientId;
    std::optional<CloudEndpoints> m_customCloud;
    int m_cloudIndex = 0;
    bool m_signingIn = false;
    bool m_rolesUnreadable = false; // the banner says why
    QLineEdit *m_tenant;
    QComboBox *m_cloud;
    QComboBox *m_method;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QLabel *m_account;
    QLabel *m_warning;
};

} // namespace rc::ui
