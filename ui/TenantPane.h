#pragma once
// The band at the top of the window: the tenant profile switcher with its Profiles menu, which
// tenant, which cloud (a preset or a custom endpoints file), which sign-in method (device code,
// browser, certificate), and Sign in / Sign out. Once signed in it names the account and its
// directory roles (an app-only sign-in has none), and warns up front when none of them may revoke
// sessions. It only collects the profile and renders the session; the window owns the connection,
// the settings writes and the sign-in.

#include "connection/TenantConnection.h"
#include "profile/Settings.h"

#include <QFrame>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rc::ui {

class ProfileMenu;

class TenantPane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantPane)
public:
    // customCloudLabel names a cloud that is not a preset (the demo's emulator, say).
    explicit TenantPane(const ConnectionSettings &initial, const QString &customCloudLabel = {},
                        QWidget *parent = nullptr);

    // The profiles the switcher offers (null, the default: no switcher, as in the demo). Must
    // outlive this.
    void setProfiles(Settings *settings);
    void refreshProfiles(); // the settings changed
    ProfileMenu *profileMenu() const { return m_profileMenu; }
    // Fills the fields from the profile and selects it in the switcher.
    void showProfile(const TenantProfile &profile);
    // The profile the fields describe (the stored one for this tenant, with the cloud and method
    // shown here), or a sentence on why they cannot be used.
    Result<TenantProfile> profile() const;
    void setConnection(TenantConnection *connection);
    void setSigningIn(bool signingIn); // a sign-in dialog is open
    void setSigningInSilently(bool signingIn); // the keychain is being tried

    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void profileChosen(const QString &id);
    void problem(const rc::ServiceError &error);

private:
    void render();
    void renderAccount();
    void showWarning(const QString &warning);
    void cloudChosen(int index);
    void pickEndpointsFile();
    void useCustomCloud(const CloudEndpoints &cloud, const QString &label);
    void selectProfile(const QString &id);
    void tenantEdited(const QString &text);

    QPointer<TenantConnection> m_connection;
    Settings *m_settings = nullptr;
    TenantProfile m_shown; // the profile the fields were last filled from
    QString m_clientId;
    std::optional<CloudEndpoints> m_customCloud;
    int m_cloudIndex = 0;
    bool m_signingIn = false;
    bool m_silent = false;
    QLabel *m_profileCaption;
    QComboBox *m_profile;
    ProfileMenu *m_profileMenu;
    QLineEdit *m_tenant;
    QComboBox *m_cloud;
    QComboBox *m_method;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QLabel *m_account;
    QLabel *m_warning;
};

} // namespace rc::ui
