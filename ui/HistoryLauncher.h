#pragma once
// The main window's way into History: the action (Ctrl+H) and the status bar button, disabled
// with a reason when the audit log could not be opened, and the one HistoryView they open.

#include <QObject>
#include <QPointer>

class QMainWindow;

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
    // Adds the action to `window` and the button to its status bar. log: null when it could not
    // be opened; it must outlive this.
    HistoryLauncher(AuditLog *log, QMainWindow *window);

    void show();
    void refreshIfShown(); // a new row is in the log

private:
    QMainWindow *m_mainWindow;
    AuditLog *m_log;
    QPointer<HistoryView> m_view;
};

} // namespace rc::ui
