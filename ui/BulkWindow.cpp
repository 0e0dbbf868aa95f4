#include "ui/BulkWindow.h"

#include "bulk/BulkJournal.h"
#include "revocation/RevokeFlow.h"
#include "ui/BulkCloseGuard.h"
#include "ui/BulkConfirmDialog.h"
#include "ui/BulkCounts.h"
#include "ui/BulkListPage.h"
#include "ui/BulkProgressPanel.h"
#include "ui/BulkTableModel.h"
#include "ui/CsvExportDialog.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QButtonGroup>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rc::ui {

BulkWindow::BulkWindow(TenantConnection &connection, const ConnectionSettings &settings,
                       AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_session(settings.cloud, settings.tenant)
    , m_closeGuard(new BulkCloseGuard(this))
    , m_clock(connection.clock())
{
    setObjectName(names::BulkWindow);
    setWindowTitle(tr("Sign out many people \u2014 %1").arg(settings.tenant.id()));
    m_session.useAuditLog(log);
    (void)m_session.openJournal(BulkJournal::defaultPath()); // a problem: whyNotRun() says it
    m_session.setConnection({connection.http(), connection.session(), connection.admin(),
                             connection.revoker(), &connection.clock()});
    m_session.setChannel(connection.flow().channel());

    m_listPage = new BulkListPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->setAccessibleName(tr("List or review")); // named, as every container (WCAG 1.3.1)
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(buildReviewPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buildButtons());
    connect(m_listPage, &BulkListPage::listRead, this, &BulkWindow::startReview);
    chainTabOrder();
    bindSession();
    render(Stage::List);

    // Roomy where there is room; the layout itself fits 800x600.
    const QFontMetrics fm = fontMetrics();
    QSize size(fm.averageCharWidth() * 130, fm.height() * 40);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

// The session's run goes before the widgets that show it.
BulkWindow::~BulkWindow()
{
    m_closeGuard->setRun(nullptr);
}

void BulkWindow::bindSession()
{
    connect(&m_session, &BulkSession::stageChanged, this, &BulkWindow::render);
    connect(&m_session, &BulkSession::reviewReady, this, &BulkWindow::reviewed);
    connect(&m_session, &BulkSession::reviewJudged, this, &BulkWindow::showReview);
    connect(&m_session, &BulkSession::reviewFailed, this, &BulkWindow::reviewFailed);
    connect(&m_session, &BulkSession::progressed, m_progress, &BulkProgressPanel::showProgress);
    connect(&m_session, &BulkSession::rowFinished, m_model, &BulkTableModel::setOutcome);
    connect(&m_session, &BulkSession::resumed, this, &BulkWindow::resumed);
    connect(&m_session, &BulkSession::finished, this, &BulkWindow::finished);
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
    page->setAccessibleName(tr("Review"));
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

    // The radios and buttons are named by their visible text (WCAG 2.5.3: what a person sees is
    // what they can say); the descriptions add what the text leaves out.
    m_entra = new QRadioButton(tr("&Entra ID: every Microsoft 365 app, verified"), page);
    m_entra->setObjectName(names::BulkEntraRadio);
    m_entra->setAccessibleDescription(tr("Channel: Entra ID, every Microsoft 365 app"));
    m_sharePoint = new QRadioButton(tr("&SharePoint: the original Revoke-SPOUserSession"), page);
    m_sharePoint->setObjectName(names::BulkSharePointRadio);
    m_sharePoint->setAccessibleDescription(
            tr("Channel: SharePoint, the original Revoke-SPOUserSession"));
    auto *channels = new QButtonGroup(page);
    channels->addButton(m_entra);
    channels->addButton(m_sharePoint);
    (m_session.channel() == Channel::SharePoint ? m_sharePoint : m_entra)->setChecked(true);
    // Who may be signed out depends on the channel: the session judges the review again.
    connect(m_sharePoint, &QRadioButton::toggled, this,
            [this] { m_session.setChannel(channel()); });
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_entra);
    channelRow->addWidget(m_sharePoint);
    channelRow->addStretch(1);

    m_progress = new BulkProgressPanel(m_clock, page);
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
    bar->setAccessibleName(tr("Actions"));
    m_back = new QPushButton(tr("&New list"), bar);
    m_back->setObjectName(names::BulkBackButton);
    m_back->setAccessibleDescription(tr("Start over with another list"));
    m_export = new QPushButton(tr("E&xport CSV\u2026"), bar);
    m_export->setObjectName(names::BulkExportButton);
    m_export->setAccessibleDescription(tr("Export the review or the results to CSV"));
    m_runButton = new QPushButton(bar);
    m_runButton->setObjectName(names::BulkRunButton);
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
    connect(m_back, &QPushButton::clicked, &m_session, &BulkSession::backToList);
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
    m_model->clear();
    m_counts->clear();
    m_heading->setText(source.isEmpty() ? tr("Pasted list: %n rows", nullptr, int(rows.size()))
                                        : tr("%1: %n rows", nullptr, int(rows.size())).arg(source));
    showStatus(tr("Looking every name up before anything is sent\u2026"));
    m_session.review(rows);
    m_closeGuard->setRun(run()); // after the session: the table is complete when it closes
}

void BulkWindow::reviewed(const BulkReview &review)
{
    showReview(review);
    m_table->setFocus();
}

void BulkWindow::showReview(const BulkReview &review)
{
    m_model->setReview(review);
    m_counts->setReview(review);
    render(stage());
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
    m_listPage->showError(error.message);
}

void BulkWindow::requestRun()
{
    if (!run() || !m_session.whyNotRun().isEmpty())
        return;
    auto *dialog = new BulkConfirmDialog(run()->currentReview(), channel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startRun(dialog->reason()); });
    dialog->open();
}

void BulkWindow::startRun(const QString &reason)
{
    if (!run() || isRunning())
        return;
    showStatus(reason.isEmpty() ? tr("Signing out\u2026")
                                : tr("Signing out\u2026 Reason: %1").arg(reason));
    m_session.start(reason);
    // The rows that end at the review (guests, not found...) are recorded as the run starts.
    if (isRunning())
        m_model->setSkippedOutcomes(run()->currentReview(), channel());
}

void BulkWindow::resumed(int alreadyDone, int total)
{
    // Those rows were answered by an earlier run of this list: show them at once.
    m_model->setResults(run()->results(), true);
    showStatus(tr("Resuming: %1 of %2 already done. Only the rest is sent; anyone whose "
                  "request was on the way when the earlier run stopped is sent again (signing "
                  "out twice does no harm).")
                       .arg(alreadyDone)
                       .arg(total));
}

void BulkWindow::finished(const BulkSummary &summary)
{
    // A run that answered everyone has shown every row already (rowFinished); one that stopped
    // early has rows nobody answered, and a resumed one rows answered before: only then is the
    // whole table rebuilt from the results.
    if (summary.preview || m_session.rowsLeft() || m_session.wasResumed())
        m_model->setResults(run()->results());
    else
        m_model->flush();
    if (summary.preview)
        return; // an export of the review: the stage does not change
    m_progress->showEnded();
    QString text = summary.text();
    if (m_session.rowsLeft() && m_session.canResume())
        text += QLatin1Char(' ')
                + tr("Sign out the rest to send only what is left; the same list reviewed again "
                     "resumes too.");
    showStatus(text, summary.gaveUp.has_value() || summary.failed > 0);
}

void BulkWindow::chooseExportFile()
{
    openCsvExportDialog(this, tr("Export to CSV"), names::BulkExportDialog,
                        m_session.exportFileName(QDate::currentDate()),
                        [this](const QString &path) { exportTo(path); });
}

Result<Done> BulkWindow::exportTo(const QString &path)
{
    const auto exported = m_session.exportResults();
    if (!exported)
        return exported.error();
    const QList<BulkRowResult> &results = exported.value();
    if (const auto saved = saveResultsCsv(path, results); !saved) {
        showStatus(saved.error().message, true);
        return saved.error();
    }
    showStatus(tr("Exported %n rows to %1", nullptr, int(results.size()))
                       .arg(QDir::toNativeSeparators(path)));
    return Done {};
}

void BulkWindow::render(Stage stage)
{
    const bool running = stage == Stage::Running;
    m_pages->setCurrentIndex(stage == Stage::List ? 0 : 1);
    m_back->setVisible(stage != Stage::List);
    m_back->setEnabled(!running);
    m_export->setVisible(stage != Stage::List);
    m_export->setEnabled(m_session.mayExport());
    m_entra->setEnabled(m_session.mayChooseChannel());
    m_sharePoint->setEnabled(m_entra->isEnabled());
    m_progress->setVisible(stage == Stage::Reviewing || running || stage == Stage::Ended);
    if (stage == Stage::List || stage == Stage::Reviewing)
        m_progress->setRun(stage == Stage::Reviewing ? run() : nullptr);
    if (stage == Stage::Reviewed)
        m_progress->setRun(nullptr);
    if (running)
        m_progress->setRun(run());

    const int people = m_session.peopleToSignOut();
    const bool again = m_session.mayRunTheRest();
    m_runButton->setVisible(stage != Stage::List);
    m_runButton->setText(again ? tr("Sign out the &rest\u2026")
                               : tr("Sign &out %n people\u2026", nullptr, people));
    // Named by its visible text (WCAG 2.5.3); the description says why it is off, or who "the
    // rest" are.
    m_runButton->setAccessibleName(again ? tr("Sign out the rest")
                                         : tr("Sign out %n people", nullptr, people));
    QString why = m_session.whyNotRun();
    m_runButton->setEnabled(m_session.canStart());
    m_runButton->setToolTip(why);
    if (why.isEmpty() && again)
        why = tr("Sign out the people not answered yet");
    m_runButton->setAccessibleDescription(why);
    if (!m_session.journalProblem().isEmpty() && stage == Stage::Reviewed)
        showStatus(m_session.journalProblem(), true);
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
