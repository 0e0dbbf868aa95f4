#pragma once
// The Revoke Console window: tenant pane on top, the outcome banner under it, then search and
// results on the left and the picked user's card with the revoke panel on the right. It owns the
// TenantConnection for the tenant in the pane and makes a new one when the person signs in to
// another tenant or cloud. Widgets bind to the connection's presenters; no protocol logic here.

#include "revocation/TenantConnection.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QSplitter;

namespace rc {
class AuditLog;
}

namespace rc::ui {

class DeviceCodeDialog;
class HistoryView;
class RevokePanel;
class StatusBanner;
class TenantPane;
class UserCard;
class UserSearchBox;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Opens on these settings. demo: the title bar says "Demo tenant" and sign-in starts by itself.
    MainWindow(const ConnectionSettings &settings, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void buildLayout();
    void chainTabOrder();
    void useConnection(const ConnectionSettings &settings);
    void bindConnection();
    void signIn();
    void signOut();
    void renderSignedIn();
    void showOutcome(const RevocationOutcome &outcome);
    void useEntraInstead();
    void pick(const User &user);
    void addHistoryAction();
    void showHistory();

    ConnectionSettings m_settings;
    const bool m_demo;
    TenantConnection *m_connection = nullptr;
    TenantPane *m_tenantPane = nullptr;
    StatusBanner *m_banner = nullptr;
    UserSearchBox *m_search = nullptr;
    UserCard *m_card = nullptr;
    RevokePanel *m_revokePanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<DeviceCodeDialog> m_signInDialog;
    QPointer<HistoryView> m_historyView;
    QString m_reason; // typed when the current user's revocation was confirmed
    std::unique_ptr<AuditLog> m_auditLog; // every preview and revocation of this window
};

} // namespace rc::ui
