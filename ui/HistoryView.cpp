#include "ui/HistoryView.h"

#include "audit/AuditExport.h"
#include "core/PrivateFile.h"
#include "ui/CsvExportDialog.h"
#include "ui/HistoryModel.h"
#include "ui/ObjectNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace rc::ui {

HistoryView::HistoryView(const AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new HistoryModel(log, this))
{
    setObjectName(names::HistoryView);
    setWindowTitle(tr("History"));
    buildLayout();
    refresh();
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 160, fm.height() * 30);
}

void HistoryView::buildLayout()
{
    m_filter = named(new QLineEdit(this), names::HistoryFilterEdit, tr("Filter history"));
    m_filter->setPlaceholderText(
            tr("Filter by user, device, operator, message, reason or correlation id"));
    m_filter->setClearButtonEnabled(true);
    m_outcome = named(new QComboBox(this), names::HistoryOutcomeCombo, tr("Outcome"));
    m_sinceCheck = named(new QCheckBox(tr("&Since"), this), names::HistorySinceCheck,
                         tr("Only show entries since a date"));
    m_since = named(new QDateEdit(QDate::currentDate().addDays(-7), this), names::HistorySinceDate,
                    tr("Since date"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(m_sinceCheck);
    filters->addWidget(m_since);

    m_table = named(new QTableView(this), names::HistoryTable, tr("History entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false); // the log answers newest first; that order is kept
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status = named(new QLabel(this), names::HistoryStatus, tr("History status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = named(new QPushButton(tr("&Refresh"), this), names::HistoryRefreshButton,
                      tr("Refresh history"));
    // Named by its visible text (WCAG 2.5.3); the description says what it exports.
    m_export = new QPushButton(tr("&Export CSV\u2026"), this);
    m_export->setObjectName(names::HistoryExportButton);
    m_export->setAccessibleDescription(tr("Export every entry the filters match to CSV"));
    auto *close = named(new QPushButton(tr("Close"), this), names::HistoryCloseButton,
                        tr("Close history"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_export);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryView::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    connect(m_sinceCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        reload();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryView::reload);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryView::refresh);
    connect(m_export, &QPushButton::clicked, this, &HistoryView::chooseExportFile);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
}

void HistoryView::refresh()
{
    refreshOutcomes();
    reload();
}

void HistoryView::refreshOutcomes()
{
    const QString current = m_outcome->currentData().toString();
    std::set<QString> outcomes;
    if (m_log) {
        const auto all = m_log->outcomes(); // every outcome, not only those of the rows shown
        if (all) {
            for (const QString &outcome : all.value())
                outcomes.insert(outcome);
        }
    }
    if (!current.isEmpty())
        outcomes.insert(current); // a filter the person chose stays available
    const QSignalBlocker blocker(m_outcome);
    m_outcome->clear();
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const QString &outcome : outcomes)
        m_outcome->addItem(outcome, outcome);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(current)));
}

void HistoryView::reload()
{
    AuditQuery query;
    query.text = m_filter->text().trimmed();
    query.outcome = m_outcome->currentData().toString();
    if (m_sinceCheck->isChecked())
        query.since = QDateTime(m_since->date(), QTime(0, 0)).toUTC(); // local midnight
    const auto loaded = m_model->reload(query);
    if (!loaded) {
        showStatus(loaded.error().message, true);
    } else if (m_model->matching() > m_model->rowCount()) {
        showStatus(tr("Showing the newest %1 of %2 entries; the export holds all of them.")
                           .arg(locale().toString(m_model->rowCount()),
                                locale().toString(m_model->matching())),
                   false);
        m_table->resizeColumnsToContents();
    } else {
        showStatus(tr("%n entries, newest first", nullptr, m_model->rowCount()), false);
        m_table->resizeColumnsToContents();
    }
    m_export->setEnabled(loaded.ok() && m_model->rowCount() > 0);
}

void HistoryView::chooseExportFile()
{
    openCsvExportDialog(this, tr("Export history"), names::HistoryExportDialog,
                        QStringLiteral("revoke-history-%1.csv")
                                .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))),
                        [this](const QString &path) { exportTo(path); });
}

Result<Done> HistoryView::exportTo(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [this, &shown](const QString &why) -> Result<Done> {
        const QString message = tr("Could not write %1: %2").arg(shown, why);
        showStatus(message, true);
        return ServiceError::make(ServiceError::Kind::InvalidInput, message);
    };
    if (!m_log)
        return fail(tr("the audit log could not be opened."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // A copy of the audit log: as private as the log itself.
    if (const auto made = makePrivate(file); !made)
        return fail(made.error().message);
    // Every row the filters match, read from the log: the table may show only the newest.
    const Result<qint64> rows = exportAuditCsv(*m_log, m_model->query(), file, shown);
    if (!rows) {
        file.cancelWriting();
        showStatus(rows.error().message, true);
        return rows.error();
    }
    if (!file.commit())
        return fail(file.errorString());
    showStatus(tr("Exported %n entries to %1", nullptr, int(rows.value())).arg(shown), false);
    return Done {};
}

void HistoryView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setAccessibleDescription(text);
}

} // namespace rc::ui
