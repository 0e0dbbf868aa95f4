#pragma once
// The main window's way into History: the action (Ctrl+H) and the status bar button, disabled
// with a reason when the audit log could not be opened, and the one HistoryView they open.

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QPushButton;

namespace rc {
class AuditLog;
}

namespace rc::ui {

class HistoryView;

class HistoryLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryLauncher)
public:
    // Adds the action to `window` and the button to its status bar, enabled until
    // setAuditLog() says the log could not be opened.
    explicit HistoryLauncher(QMainWindow *window);

    // log: null when it could not be opened; it must outlive this.
    void setAuditLog(AuditLog *log);

    QAction *action() const { return m_action; } // for the app menu
    void show();
    void refreshIfShown(); // a new row is in the log

private:
    QMainWindow *m_mainWindow;
    QAction *m_action;
    QPushButton *m_button;
    AuditLog *m_log = nullptr;
    QPointer<HistoryView> m_view;
};

} // namespace rc::ui
