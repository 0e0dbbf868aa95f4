#pragma once
// The main window's way into "Sign out many people": the action (Ctrl+Shift+B) and the status bar
// button, enabled only while signed in, and the one BulkWindow they open. The window is bound to
// the main window's current TenantConnection: a new connection or a sign-out closes it (deleting
// it cancels a run under way; its journal lets the same list resume).

#include "connection/TenantConnection.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QPushButton;

namespace rc {
class AuditLog;
}

namespace rc::ui {

class BulkWindow;

class BulkLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkLauncher)
public:
    // Adds the action to `window` and the button to its status bar.
    explicit BulkLauncher(QMainWindow *window);
    ~BulkLauncher() override;

    // The window's audit log, for the bulk windows opened from now on (null: it could not be
    // opened); it must outlive this.
    void setAuditLog(AuditLog *log) { m_log = log; }

    // The connection the next bulk window binds to; the open one, bound to the last, closes.
    void setConnection(TenantConnection *connection, const ConnectionSettings &settings);
    void setSignedIn(bool signedIn); // signed out: disabled, and the open window closes
    QAction *action() const { return m_action; } // for the app menu
    void show();
    void close(); // deletes the window
    // Closing the main window: true when no bulk run is sending. Otherwise the bulk window asks
    // whether to stop its run and this returns false; after "Stop and close", once the run has
    // ended, `closeAgain` runs.
    bool mayCloseMainWindow(std::function<void()> closeAgain);

private:
    QMainWindow *m_mainWindow;
    AuditLog *m_log = nullptr;
    TenantConnection *m_connection = nullptr;
    ConnectionSettings m_settings;
    QAction *m_action;
    QPushButton *m_button;
    QPointer<BulkWindow> m_window; // bound to m_connection: goes before it does
};

} // namespace rc::ui
