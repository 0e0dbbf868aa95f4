#pragma once
// "Sign out many people": paste a list or open a CSV, review it (every row looked up, nothing
// sent: the counts per category and a table), confirm once, then watch the run (progress, rate,
// time left, each row's outcome) with Pause, Cancel and Export. Renders a BulkSession bound to
// the main window's TenantConnection and audit log: the session holds the stages, the run and
// its records (the crash-safety journal next to the audit log, so the same list started again
// resumes). Closing the window hides it (a review goes on); while a run is sending it first asks
// whether to stop the run (BulkCloseGuard). The main window deletes it before the connection it
// uses.

#include "bulk/BulkSession.h"
#include "connection/TenantConnection.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace rc {
class AuditLog;
} // namespace rc

namespace rc::ui {

class BulkCloseGuard;
class BulkCounts;
class BulkListPage;
class BulkProgressPanel;
class BulkTableModel;

class BulkWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkWindow)
public:
    // log: the window's audit log (null: it could not be opened, and nothing may be revoked).
    // connection and log must outlive this.
    BulkWindow(TenantConnection &connection, const ConnectionSettings &settings, AuditLog *log,
               QWidget *parent = nullptr);
    ~BulkWindow() override;

    using Stage = BulkSession::Stage;
    Stage stage() const { return m_session.stage(); }
    bool isRunning() const { return m_session.isRunning(); }
    BulkRun *run() const { return m_session.run(); } // the current list's run; null before a review
    const BulkTableModel &model() const { return *m_model; }

    // Writes the review (as a preview) or the run's results as CSV: one row per input row,
    // quoted and neutralised as the history export.
    Result<Done> exportTo(const QString &path);

    // True: no run is sending, the window may close. Otherwise it asks whether to stop the run
    // and returns false; after "Stop and close" it closes once the run has ended, then calls
    // `afterStop`.
    bool mayClose(std::function<void()> afterStop = {});
    void reject() override; // Close, Escape and the title bar's button: asks during a run

private:
    QWidget *buildReviewPage();
    QWidget *buildButtons();
    void chainTabOrder();
    void bindSession();
    void startReview(const QList<UpnRow> &rows, const QString &source);
    void reviewed(const BulkReview &review);
    void showReview(const BulkReview &review);
    void reviewFailed(const ServiceError &error);
    void requestRun();
    void startRun(const QString &reason);
    void resumed(int alreadyDone, int total);
    void finished(const BulkSummary &summary);
    void chooseExportFile();
    void render(Stage stage);
    void showStatus(const QString &text, bool problem = false);
    Channel channel() const;

    BulkSession m_session;
    BulkCloseGuard *m_closeGuard = nullptr;
    Clock &m_clock; // the connection's: paces the progress announcements

    QStackedWidget *m_pages = nullptr;
    BulkListPage *m_listPage = nullptr;
    QLabel *m_heading = nullptr;
    BulkCounts *m_counts = nullptr;
    BulkTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QRadioButton *m_entra = nullptr;
    QRadioButton *m_sharePoint = nullptr;
    BulkProgressPanel *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace rc::ui
