#include "ui/CsvExportDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace rc::ui {

void openCsvExportDialog(QWidget *parent, const QString &title, const QString &objectName,
                         const QString &suggestedFileName,
                         std::function<void(const QString &path)> chosen)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(
            parent, title, QDir(folder).filePath(suggestedFileName),
            QCoreApplication::translate("rc::ui::CsvExportDialog", "CSV files (*.csv)"));
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString &path) { chosen(path); });
    dialog->open();
}

} // namespace rc::ui
