#include "ui/BulkWindow.h"

#include "audit/AuditTrail.h"
#include "bulk/BulkJournal.h"
#include "ui/BulkCloseGuard.h"
#include "ui/BulkConfirmDialog.h"
#include "ui/BulkCounts.h"
#include "ui/BulkListPage.h"
#include "ui/BulkProgressPanel.h"
#include "ui/BulkTableModel.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QButtonGroup>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rc::ui {

BulkWindow::BulkWindow(TenantConnection &connection, const ConnectionSettings &settings,
                       AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_log(log)
    , m_closeGuard(new BulkCloseGuard(this))
{
    setObjectName(names::BulkWindow);
    setWindowTitle(tr("Sign out many people \u2014 %1").arg(settings.tenant.id()));
    auto journal = BulkJournal::open(BulkJournal::defaultPath());
    if (journal)
        m_journal = std::move(journal).value();
    else
        m_journalProblem = journal.error().message;

    m_listPage = new BulkListPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(buildReviewPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buildButtons());
    connect(m_listPage, &BulkListPage::listRead, this, &BulkWindow::startReview);
    chainTabOrder();
    setStage(Stage::List);

    // Roomy where there is room; the layout itself fits 800x600.
    const QFontMetrics fm = fontMetrics();
    QSize size(fm.averageCharWidth() * 130, fm.height() * 40);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

// The run goes first: its schedulers cancel what is in flight while the trail and journal exist.
BulkWindow::~BulkWindow()
{
    m_closeGuard->setRun(nullptr);
    m_run.reset();
}

bool BulkWindow::mayClose(std::function<void()> afterStop)
{
    return m_closeGuard->mayClose(std::move(afterStop));
}

void BulkWindow::reject()
{
    if (mayClose())
        QDialog::reject();
}

QWidget *BulkWindow::buildReviewPage()
{
    auto *page = new QWidget(this);
    m_heading = new QLabel(page);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_counts = new BulkCounts(page);

    m_model = new BulkTableModel(this);
    m_table = named(new QTableView(page), names::BulkTable, tr("People and their outcomes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: 10,000 rows are never measured.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics fm = fontMetrics();
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int ch = fm.averageCharWidth();
    m_table->setColumnWidth(BulkTableModel::LineColumn, 7 * ch);
    m_table->setColumnWidth(BulkTableModel::UserColumn, 38 * ch);
    m_table->setColumnWidth(BulkTableModel::NameColumn, 20 * ch);
    m_table->setColumnWidth(BulkTableModel::CategoryColumn, 13 * ch);

    m_entra = named(new QRadioButton(tr("&Entra ID: every Microsoft 365 app, verified"), page),
                    names::BulkEntraRadio, tr("Channel: Entra ID, every Microsoft 365 app"));
    m_sharePoint
            = named(new QRadioButton(tr("&SharePoint: the original Revoke-SPOUserSession"), page),
                    names::BulkSharePointRadio,
                    tr("Channel: SharePoint, the original Revoke-SPOUserSession"));
    auto *channels = new QButtonGroup(page);
    channels->addButton(m_entra);
    channels->addButton(m_sharePoint);
    (m_connection.flow().channel() == Channel::SharePoint ? m_sharePoint : m_entra)
            ->setChecked(true);
    connect(m_sharePoint, &QRadioButton::toggled, this, &BulkWindow::channelChosen);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_entra);
    channelRow->addWidget(m_sharePoint);
    channelRow->addStretch(1);

    m_progress = new BulkProgressPanel(page);
    m_status = named(new QLabel(page), names::BulkStatus, tr("Bulk sign-out status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(channelRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    return page;
}

QWidget *BulkWindow::buildButtons()
{
    auto *bar = new QWidget(this);
    m_back = named(new QPushButton(tr("&New list"), bar), names::BulkBackButton,
                   tr("Start over with another list"));
    m_export = named(new QPushButton(tr("E&xport CSV\u2026"), bar), names::BulkExportButton,
                     tr("Export the review or the results to CSV"));
    m_runButton = named(new QPushButton(bar), names::BulkRunButton, QString());
    m_close = named(new QPushButton(tr("Close"), bar), names::BulkCloseButton,
                    tr("Close: a run under way asks first"));
    for (QPushButton *button : {m_back, m_export, m_runButton, m_close})
        button->setAutoDefault(true);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_back);
    row->addWidget(m_export);
    row->addStretch(1);
    row->addWidget(m_runButton);
    row->addWidget(m_close);
    connect(m_back, &QPushButton::clicked, this, &BulkWindow::backToList);
    connect(m_export, &QPushButton::clicked, this, &BulkWindow::chooseExportFile);
    connect(m_runButton, &QPushButton::clicked, this, &BulkWindow::requestRun);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    return bar;
}

void BulkWindow::chainTabOrder()
{
    QList<QWidget *> chain = m_listPage->focusChain();
    chain << m_table << m_entra << m_sharePoint << m_progress->focusChain();
    chain << m_back << m_export << m_runButton << m_close;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void BulkWindow::startReview(const QList<UpnRow> &rows, const QString &source)
{
    if (isRunning())
        return;
    m_run.reset();
    m_rowsLeft = false;
    m_model->clear();
    m_counts->clear();
    const BulkServices services {m_connection.http(), m_connection.session(),
                                 m_settings.cloud.graph(),
                                 m_settings.cloud.sharePointAdmin(m_settings.tenant)};
    m_run = std::make_unique<BulkRun>(services);
    BulkRun *run = m_run.get();
    run->setChannel(channel());
    connect(run, &BulkRun::reviewReady, this, &BulkWindow::reviewed);
    connect(run, &BulkRun::reviewFailed, this, &BulkWindow::reviewFailed);
    connect(run, &BulkRun::progressed, m_progress, &BulkProgressPanel::showProgress);
    connect(run, &BulkRun::rowFinished, m_model, &BulkTableModel::setOutcome);
    connect(run, &BulkRun::resumed, this, &BulkWindow::resumed);
    connect(run, &BulkRun::finished, this, &BulkWindow::finished);
    m_closeGuard->setRun(run); // after finished(): the table is complete when it closes the window
    m_heading->setText(source.isEmpty() ? tr("Pasted list: %n rows", nullptr, int(rows.size()))
                                        : tr("%1: %n rows", nullptr, int(rows.size())).arg(source));
    setStage(Stage::Reviewing);
    m_progress->setRun(run);
    showStatus(tr("Looking every name up before anything is sent\u2026"));
    // Who may be sent is judged from the operator's roles: wait until they are read.
    m_connection.admin().whenReady(run, [this, run, rows] {
        run->setOperator(m_connection.revoker().operatorGrant());
        run->review(rows);
    });
}

void BulkWindow::reviewed(const BulkReview &review)
{
    showReview(review);
    m_table->setFocus();
}

void BulkWindow::channelChosen()
{
    // Who may be signed out depends on the channel: judge the review again for the new one.
    if (!m_run || m_stage != Stage::Reviewed)
        return;
    showReview(m_run->judgeFor(channel()));
}

void BulkWindow::showReview(const BulkReview &review)
{
    m_model->setReview(review);
    m_counts->setReview(review);
    setStage(Stage::Reviewed);
    const int people = review.revocableCount();
    if (people == 0)
        showStatus(tr("Nobody on this list can be signed out. Nothing was sent."));
    else
        showStatus(tr("Review only: nothing was sent. %n people can be signed out; check the "
                      "flagged rows, then sign them out.",
                      nullptr, people));
}

void BulkWindow::reviewFailed(const ServiceError &error)
{
    setStage(Stage::List);
    m_listPage->showError(error.message);
}

void BulkWindow::requestRun()
{
    if (!m_run || !whyNotRun().isEmpty())
        return;
    auto *dialog = new BulkConfirmDialog(m_run->currentReview(), channel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startRun(dialog->reason()); });
    dialog->open();
}

void BulkWindow::startRun(const QString &reason)
{
    if (!m_run || isRunning())
        return;
    m_audit = AuditTrail::over(m_log, m_settings.tenant.id(), m_connection.session().account(),
                               reason);
    m_run->setChannel(channel());
    m_run->setTenant(m_settings.tenant.id());
    m_run->setAuditTrail(m_audit.get()); // none: the run refuses, and says why
    m_run->setJournal(m_journal.get());
    m_rowsLeft = false;
    m_resumed = false;
    setStage(Stage::Running);
    m_progress->setRun(m_run.get());
    showStatus(reason.isEmpty() ? tr("Signing out\u2026")
                                : tr("Signing out\u2026 Reason: %1").arg(reason));
    m_run->start();
    // The rows that end at the review (guests, not found...) are recorded as the run starts.
    if (isRunning())
        m_model->setSkippedOutcomes(m_run->currentReview(), channel());
}

void BulkWindow::resumed(int alreadyDone, int total)
{
    // Those rows were answered by an earlier run of this list: show them at once.
    m_resumed = true;
    m_model->setResults(m_run->results(), true);
    showStatus(tr("Resuming: %1 of %2 already done. Only the rest is sent; anyone whose "
                  "request was on the way when the earlier run stopped is sent again (signing "
                  "out twice does no harm).")
                       .arg(alreadyDone)
                       .arg(total));
}

void BulkWindow::finished(const BulkSummary &summary)
{
    m_rowsLeft = summary.gaveUp || summary.cancelled || summary.notSent > 0;
    // A run that answered everyone has shown every row already (rowFinished); one that stopped
    // early has rows nobody answered, and a resumed one rows answered before: only then is the
    // whole table rebuilt from the results.
    if (summary.preview || m_rowsLeft || m_resumed)
        m_model->setResults(m_run->results());
    else
        m_model->flush();
    if (summary.preview)
        return; // an export of the review: the stage does not change
    setStage(Stage::Ended);
    m_progress->showEnded();
    QString text = summary.text();
    if (m_rowsLeft && m_journal)
        text += QLatin1Char(' ')
                + tr("Sign out the rest to send only what is left; the same list reviewed again "
                     "resumes too.");
    showStatus(text, summary.gaveUp.has_value() || summary.failed > 0);
}

void BulkWindow::backToList()
{
    if (isRunning())
        return;
    if (m_run && m_stage == Stage::Reviewing)
        m_run->cancel(); // the lookups stop; nothing was sent
    setStage(Stage::List);
}

void BulkWindow::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString kind
            = m_stage == Stage::Ended ? QStringLiteral("results") : QStringLiteral("review");
    const QString suggested = QDir(folder).filePath(
            QStringLiteral("revoke-bulk-%1-%2.csv")
                    .arg(kind, QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    auto *dialog = new QFileDialog(this, tr("Export to CSV"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(names::BulkExportDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    dialog->open();
}

Result<Done> BulkWindow::exportTo(const QString &path)
{
    if (!m_run || (m_stage != Stage::Reviewed && m_stage != Stage::Ended))
        return ServiceError::make(ServiceError::Kind::InvalidInput,
                                  tr("There is nothing to export yet."));
    // Before a run the export is the preview (-WhatIf): recorded as such, nothing sent.
    if (m_stage == Stage::Reviewed) {
        m_run->setChannel(channel());
        m_run->preview();
    }
    const QList<BulkRowResult> results = m_run->results();
    if (const auto saved = saveResultsCsv(path, results); !saved) {
        showStatus(saved.error().message, true);
        return saved.error();
    }
    showStatus(tr("Exported %n rows to %1", nullptr, int(results.size()))
                       .arg(QDir::toNativeSeparators(path)));
    return Done {};
}

void BulkWindow::setStage(Stage stage)
{
    m_stage = stage;
    const bool running = stage == Stage::Running;
    m_pages->setCurrentIndex(stage == Stage::List ? 0 : 1);
    m_back->setVisible(stage != Stage::List);
    m_back->setEnabled(!running);
    m_export->setVisible(stage != Stage::List);
    m_export->setEnabled(stage == Stage::Reviewed || stage == Stage::Ended);
    m_entra->setEnabled(stage == Stage::Reviewed || (stage == Stage::Ended && m_rowsLeft));
    m_sharePoint->setEnabled(m_entra->isEnabled());
    m_progress->setVisible(stage == Stage::Reviewing || running || stage == Stage::Ended);
    if (stage == Stage::List || stage == Stage::Reviewing)
        m_progress->setRun(stage == Stage::Reviewing ? m_run.get() : nullptr);
    if (stage == Stage::Reviewed)
        m_progress->setRun(nullptr);

    const int people = m_run && stage != Stage::List && stage != Stage::Reviewing
            ? m_run->peopleToSignOut()
            : 0;
    const bool again = stage == Stage::Ended && m_rowsLeft;
    m_runButton->setVisible(stage != Stage::List);
    m_runButton->setText(again ? tr("Sign out the &rest\u2026")
                               : tr("Sign &out %n people\u2026", nullptr, people));
    m_runButton->setAccessibleName(again ? tr("Sign out the people not answered yet")
                                         : tr("Sign out %n people", nullptr, people));
    const QString why = whyNotRun();
    m_runButton->setEnabled((stage == Stage::Reviewed || again) && people > 0 && why.isEmpty());
    m_runButton->setToolTip(why);
    m_runButton->setAccessibleDescription(why);
    if (!m_journalProblem.isEmpty() && stage == Stage::Reviewed)
        showStatus(m_journalProblem, true);
}

QString BulkWindow::whyNotRun() const
{
    if (!m_journalProblem.isEmpty())
        return tr("The run's journal could not be opened, so a run could not resume after a "
                  "crash: %1")
                .arg(m_journalProblem);
    if (!m_log)
        return tr("Revocations are refused: the audit log could not be opened.");
    return {};
}

void BulkWindow::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    if (problem)
        SeverityStyle::tintText(m_status, Tone::Error);
    else
        m_status->setPalette(QPalette()); // back to the window's own text colour
}

Channel BulkWindow::channel() const
{
    return m_sharePoint->isChecked() ? Channel::SharePoint : Channel::Entra;
}

} // namespace rc::ui
