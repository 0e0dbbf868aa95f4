// WindowDriver's "Sign out many people" part: the bulk window's list, review, confirmation, run
// and export, driven as a person does. The rest of the driver is in WindowDriver.cpp.
#include "WindowDriver.h"

#include "support/WaitFor.h"
#include "ui/BulkListPage.h"
#include "ui/BulkTableModel.h"
#include "ui/BulkWindow.h"
#include "ui/ObjectNames.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace rc::test {

namespace names = rc::ui::names;

ui::BulkWindow *WindowDriver::bulkWindow() const
{
    return m_window->findChild<ui::BulkWindow *>(names::BulkWindow);
}

ui::BulkWindow *WindowDriver::openBulk()
{
    key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    waitFor([this] { return bulkWindow() && bulkWindow()->isVisible(); }, 5000);
    ui::BulkWindow *bulk = bulkWindow();
    if (!bulk || !bulk->isVisible())
        return nullptr;
    // It has the keyboard, as a newly opened window does on a desktop.
    waitFor(
            [bulk] {
                if (QApplication::activeWindow() == bulk)
                    return true;
                bulk->activateWindow();
                return false;
            },
            5000);
    return bulk;
}

void WindowDriver::pasteList(const QString &text)
{
    auto *edit = bulkWindow()->findChild<QPlainTextEdit *>(names::BulkListEdit);
    edit->setFocus();
    edit->selectAll();
    edit->insertPlainText(text); // what Ctrl+V does, without the system clipboard
}

bool WindowDriver::reviewBulkList(int timeoutMs)
{
    auto *review = bulkWindow()->findChild<QPushButton *>(names::BulkReviewButton);
    if (!review->isEnabled())
        return false;
    QTest::mouseClick(review, Qt::LeftButton);
    return waitForBulkReview(timeoutMs);
}

bool WindowDriver::openBulkFile(const QString &path)
{
    click(names::BulkOpenFileButton);
    return answerFileDialog(names::BulkFileDialog, path);
}

bool WindowDriver::waitForBulkReview(int timeoutMs) const
{
    return waitFor(
            [this] {
                const ui::BulkWindow *bulk = bulkWindow();
                return bulk && bulk->stage() == ui::BulkWindow::Stage::Reviewed;
            },
            timeoutMs);
}

QString WindowDriver::bulkListMessage() const
{
    // "Reading the list..." is no answer yet.
    if (bulkWindow()->findChild<ui::BulkListPage *>()->isReading())
        return {};
    auto *label = bulkWindow()->findChild<QLabel *>(names::BulkListMessage);
    return label->isVisible() ? label->text() : QString();
}

int WindowDriver::bulkCount(BulkCategory category) const
{
    auto *label
            = bulkWindow()->findChild<QLabel *>(names::BulkCountPrefix + categoryName(category));
    if (!label)
        return -1;
    bool ok = false;
    const int n = label->text().section(QLatin1String(": "), -1).toInt(&ok);
    return ok ? n : -1;
}

QStringList WindowDriver::bulkColumn(int role) const
{
    QStringList values;
    const QAbstractItemModel *model
            = bulkWindow()->findChild<QTableView *>(names::BulkTable)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, 0).data(role).toString();
    return values;
}

QString WindowDriver::bulkStatus() const
{
    return bulkWindow()->findChild<QLabel *>(names::BulkStatus)->text();
}

QString WindowDriver::bulkProgressText() const
{
    return bulkWindow()->findChild<QLabel *>(names::BulkProgressLabel)->text();
}

bool WindowDriver::requestBulkRun(int timeoutMs)
{
    auto *run = bulkWindow()->findChild<QPushButton *>(names::BulkRunButton);
    if (!run->isVisible() || !run->isEnabled())
        return false;
    QTest::mouseClick(run, Qt::LeftButton);
    return waitFor([this] { return bulkConfirmDialog() != nullptr; }, timeoutMs);
}

QDialog *WindowDriver::bulkConfirmDialog() const
{
    return dialog(names::BulkConfirmDialog);
}

QPushButton *WindowDriver::bulkConfirmButton() const
{
    QDialog *d = bulkConfirmDialog();
    return d ? d->findChild<QPushButton *>(names::BulkConfirmButton) : nullptr;
}

void WindowDriver::typeBulkCount(const QString &text)
{
    QDialog *d = bulkConfirmDialog();
    auto *edit = d ? d->findChild<QLineEdit *>(names::BulkConfirmCountEdit) : nullptr;
    if (!edit)
        return;
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void WindowDriver::confirmBulk(const QString &reason)
{
    QDialog *d = bulkConfirmDialog();
    if (!d)
        return;
    if (!reason.isEmpty())
        QTest::keyClicks(d->findChild<QLineEdit *>(names::BulkReasonEdit), reason);
    QTest::mouseClick(bulkConfirmButton(), Qt::LeftButton);
}

bool WindowDriver::waitForBulkRunning(int timeoutMs) const
{
    return waitFor([this] { return bulkWindow() && bulkWindow()->isRunning(); }, timeoutMs);
}

bool WindowDriver::waitForBulkEnd(int timeoutMs) const
{
    return waitFor(
            [this] {
                const ui::BulkWindow *bulk = bulkWindow();
                return bulk && bulk->stage() == ui::BulkWindow::Stage::Ended;
            },
            timeoutMs);
}

int WindowDriver::bulkDone() const
{
    return bulkWindow()->findChild<QProgressBar *>(names::BulkProgress)->value();
}

void WindowDriver::pauseOrResumeBulk()
{
    QTest::mouseClick(bulkWindow()->findChild<QPushButton *>(names::BulkPauseButton),
                      Qt::LeftButton);
}

void WindowDriver::cancelBulk()
{
    QTest::mouseClick(bulkWindow()->findChild<QPushButton *>(names::BulkCancelButton),
                      Qt::LeftButton);
}

bool WindowDriver::exportBulk(const QString &path)
{
    auto *button = bulkWindow()->findChild<QPushButton *>(names::BulkExportButton);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return answerFileDialog(names::BulkExportDialog, path);
}

} // namespace rc::test
