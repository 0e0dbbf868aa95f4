#pragma once
// The Revoke Console window: tenant pane on top, the outcome banner under it, then search and
// results on the left and the picked user's card with the revoke panel on the right. It owns the
// TenantConnection for the tenant in the pane and makes a new one when the person signs in to
// another tenant or cloud, or switches tenant profiles. With profiles (every window but the demo)
// sign-ins are kept in the OS keychain, so the current profile signs in silently on start; a
// tenant signed in to becomes a profile. Widgets bind to the connection's presenters; no protocol
// logic here.

#include "connection/TenantConnection.h"
#include "profile/Settings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace rc {
class AuditLog;
class SecretStore;
} // namespace rc

namespace rc::ui {

class AppMenu;
class BulkLauncher;
class ContainDialog;
class HistoryLauncher;
class KeyboardSplitter;
class ProfileList;
class RevokePanel;
class SettingsDialog;
class StatusBanner;
class TenantPane;
class UserCard;
class UserSearchBox;
class WindowSignIn;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Opens on these settings. demo: the title bar says "Demo tenant" and sign-in starts by itself.
    MainWindow(const ConnectionSettings &settings, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Every window but the demo: the tenant profiles to offer and the keychain that keeps their
    // sign-ins between runs (null: this run only). Both must outlive the window. The current
    // profile, if any, is opened and signed in silently.
    void useProfiles(Settings *settings, SecretStore *keychain);
    // The preferences (colour scheme, default channel, sign-in check) and where the Settings
    // dialog writes them; must outlive the window. Without them (the tests' windows), the
    // defaults apply and Settings is disabled. useProfiles() calls this too.
    void useSettings(Settings *settings);

protected:
    void closeEvent(QCloseEvent *event) override; // a bulk run under way asks first

private:
    void buildLayout();
    void openAuditLog(); // right after the first frame; a failure goes to the banner
    void chainTabOrder();
    void useConnection(const ConnectionSettings &settings);
    void bindConnection();
    void signIn();
    void signInSilently(const TenantProfile &profile);
    void signOut();
    void switchProfile(const QString &id);
    bool openProfile(const TenantProfile &profile);
    void rememberProfile(const QString &account);
    void removeProfile(const QString &id);
    void showKeychainProblem(const ServiceError &error);
    void renderSignedIn();
    // The picked user (MainWindowPickedUser.cpp).
    void pick(const User &user);
    void showOutcome(const RevocationOutcome &outcome);
    void useEntraInstead();
    void openContainDialog();
    void showReadBack(const User &after); // after a containment or its undo
    void openSettings();
    void openAbout();
    void applyPreferences(); // the colour scheme and the sign-in check, now
    void startOnDefaultChannel();
    void bindSignInCheck();

    ConnectionSettings m_settings;
    const bool m_demo;
    TenantConnection *m_connection = nullptr;
    TenantPane *m_tenantPane = nullptr;
    StatusBanner *m_banner = nullptr;
    UserSearchBox *m_search = nullptr;
    UserCard *m_card = nullptr;
    RevokePanel *m_revokePanel = nullptr;
    KeyboardSplitter *m_splitter = nullptr;
    std::unique_ptr<WindowSignIn> m_signIn; // the sign-in under way or done, on m_connection
    ProfileList *m_profiles; // none in the demo
    bool m_keychainWarned = false; // its trouble is told once per run
    HistoryLauncher *m_history = nullptr;
    BulkLauncher *m_bulk = nullptr; // its window is bound to m_connection: goes before it does
    AppMenu *m_appMenu = nullptr;
    Settings *m_preferences = nullptr; // null: the defaults
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ContainDialog> m_containDialog; // bound to m_connection: closed before it goes
    QString m_reason; // typed when the current user's revocation was confirmed
    std::unique_ptr<AuditLog> m_auditLog; // every preview and revocation of this window
};

} // namespace rc::ui
