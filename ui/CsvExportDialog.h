#pragma once
// The save dialog of a CSV export (bulk results, History): in the Documents folder under a
// suggested name, ".csv" added when left out. Opened, not exec()'d, so that it is a window like any
// other, found by its object name; `chosen` runs with the path picked, and nothing runs on Cancel.

#include <QString>

#include <functional>

class QWidget;

namespace rc::ui {

void openCsvExportDialog(QWidget *parent, const QString &title, const QString &objectName,
                         const QString &suggestedFileName,
                         std::function<void(const QString &path)> chosen);

} // namespace rc::ui
