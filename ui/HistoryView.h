#pragma once
// The History window: every preview and revocation in the audit log, newest first, narrowed by
// text, outcome and a "since" date, and exported to CSV with the same filters. The table shows
// the newest AuditQuery::ShownRows and says so when more match; the export holds every matching
// row. It only reads the log; the main window owns it and may hand in null when the log could not
// be opened.

#include "core/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rc {
class AuditLog;
}

namespace rc::ui {

class HistoryModel;

class HistoryView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)
public:
    explicit HistoryView(const AuditLog *log, QWidget *parent = nullptr);

    // Reads the log again with the current filters, and the outcomes the combo offers.
    void refresh();
    // Writes every row the current filters match as CSV (RFC 4180, formulas neutralised) to
    // path, owner-only; says on the status line how it went.
    Result<Done> exportTo(const QString &path);
    const HistoryModel &model() const { return *m_model; }

private:
    void buildLayout();
    void reload();
    void refreshOutcomes();
    void chooseExportFile();
    void showStatus(const QString &text, bool error);

    const AuditLog *m_log = nullptr;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_outcome = nullptr;
    QCheckBox *m_sinceCheck = nullptr;
    QDateEdit *m_since = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace rc::ui
