#include "ui/BulkListPage.h"

#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rc::ui {

BulkListPage::BulkListPage(QWidget *parent)
    : QWidget(parent)
    , m_loader(new UpnListLoader(this))
    , m_text(new QPlainTextEdit(this))
    , m_open(new QPushButton(tr("&Open CSV\u2026"), this))
    , m_review(new QPushButton(tr("Re&view list"), this))
    , m_message(new QLabel(this))
{
    setAccessibleName(tr("List of people")); // named, as every container (WCAG 1.3.1)
    auto *intro = new QLabel(
            tr("Paste the user names (UPNs) of the people to sign out, one per line or separated "
               "by commas, or open a CSV file with a UserPrincipalName, UPN, user, mail or email "
               "column. Every name is looked up first; nothing is signed out before you confirm."),
            this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&People to sign out:"), this);
    label->setBuddy(m_text);

    m_text->setObjectName(names::BulkListEdit);
    m_text->setAccessibleName(tr("People to sign out, one user name per line"));
    m_text->setPlaceholderText(tr("adele.vance@contoso.com\nalex.wilber@contoso.com\n\u2026"));
    m_text->setTabChangesFocus(true); // Tab moves on, as everywhere else in the window
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The buttons are named by their visible text (WCAG 2.5.3: what a person sees is what they
    // can say); the descriptions add what the text leaves out.
    m_open->setObjectName(names::BulkOpenFileButton);
    m_open->setAccessibleDescription(tr("Open a CSV file of people to sign out"));
    m_open->setAutoDefault(true);
    m_review->setObjectName(names::BulkReviewButton);
    m_review->setAccessibleDescription(tr("Review the pasted list"));
    m_review->setAutoDefault(true);
    m_review->setEnabled(false);
    m_message->setObjectName(names::BulkListMessage);
    m_message->setTextFormat(Qt::PlainText); // the file's own text may be quoted in it
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_review->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(m_open, &QPushButton::clicked, this, &BulkListPage::chooseFile);
    connect(m_review, &QPushButton::clicked, this, &BulkListPage::reviewPasted);
}

QList<QWidget *> BulkListPage::focusChain() const
{
    return {m_text, m_open, m_review};
}

void BulkListPage::reviewPasted()
{
    showMessage(tr("Reading the list\u2026"), false);
    m_loader->readText(m_text->toPlainText(),
                       [this](const Result<UpnList> &list) { take(list, QString()); });
}

void BulkListPage::reviewFile(const QString &path)
{
    // Off the event loop: a file may be large, wide or slow to arrive (a FIFO, a share).
    const QString source = QFileInfo(path).fileName();
    showMessage(tr("Reading %1\u2026").arg(source), false);
    m_loader->readFile(path, [this, source](const Result<UpnList> &list) { take(list, source); });
}

bool BulkListPage::isReading() const
{
    return m_loader->isReading();
}

void BulkListPage::chooseFile()
{
    auto *dialog
            = new QFileDialog(window(), tr("Open a list of people"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    dialog->setObjectName(names::BulkFileDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkListPage::reviewFile);
    dialog->open();
}

void BulkListPage::take(const Result<UpnList> &list, const QString &source)
{
    if (!list) {
        showError(list.error().message + QLatin1Char(' ') + tr("Nothing was sent."));
        return;
    }
    if (list.value().rows().isEmpty()) {
        showError(source.isEmpty() ? tr("The list has no user names. Nothing was sent.")
                                   : tr("%1 has no user names. Nothing was sent.").arg(source));
        return;
    }
    m_message->hide();
    Q_EMIT listRead(list.value().rows(), source);
}

void BulkListPage::showError(const QString &message)
{
    showMessage(message, true);
}

void BulkListPage::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    if (problem)
        SeverityStyle::tintText(m_message, Tone::Error);
    else
        m_message->setPalette(QPalette()); // the window's own text colour
    m_message->show();
}

} // namespace rc::ui
