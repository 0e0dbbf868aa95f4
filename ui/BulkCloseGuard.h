#pragma once
// Keeps a bulk run from being abandoned silently: closing its window (or the main window) while
// the run is sending asks "Stop it and close?". Keep running (the default button, and Escape's
// answer) changes nothing; Stop and close cancels the run and closes the window once the run has
// ended (answers already on their way are still taken and recorded). The question's count of
// people done follows the run while it is up.

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QMessageBox;

namespace rc {
class BulkRun;
struct BulkProgress;
} // namespace rc

namespace rc::ui {

class BulkCloseGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCloseGuard)
public:
    explicit BulkCloseGuard(QDialog *window);

    void setRun(BulkRun *run); // the window's current run; null: none
    // True: nothing is being sent, the window may close now. Otherwise it asks (a second request
    // while the question is up, or while the run stops, asks nothing more) and returns false;
    // after "Stop and close" the window closes once the run has ended, then `afterStop` runs.
    bool mayClose(std::function<void()> afterStop = {});

    static QString question(int people, int done);

private:
    void ask();
    void answered(QMessageBox *box);
    void progressed(const BulkProgress &progress);
    void ended();

    QDialog *m_window;
    QPointer<BulkRun> m_run;
    QPointer<QMessageBox> m_question;
    std::function<void()> m_afterStop;
    bool m_stopping = false; // "Stop and close" was chosen; the run has not ended yet
    int m_people = 0;
    int m_done = 0;
};

} // namespace rc::ui
