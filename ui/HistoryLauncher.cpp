#include "ui/HistoryLauncher.h"

#include "ui/HistoryView.h"
#include "ui/ObjectNames.h"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

namespace rc::ui {

HistoryLauncher::HistoryLauncher(AuditLog *log, QMainWindow *window)
    : QObject(window)
    , m_mainWindow(window)
    , m_log(log)
{
    auto *action = new QAction(tr("&History\u2026"), window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    window->addAction(action);
    auto *button = new QPushButton(tr("&History\u2026"), window);
    button->setObjectName(names::HistoryButton);
    button->setAccessibleName(tr("History"));
    button->setFlat(true);
    window->statusBar()->addPermanentWidget(button);
    const bool available = m_log != nullptr;
    action->setEnabled(available);
    button->setEnabled(available);
    button->setToolTip(available ? tr("Every preview and revocation on record (Ctrl+H)")
                                 : tr("History is unavailable: the audit log could not be "
                                      "opened."));
    connect(action, &QAction::triggered, this, &HistoryLauncher::show);
    connect(button, &QPushButton::clicked, this, &HistoryLauncher::show);
}

void HistoryLauncher::show()
{
    if (!m_log)
        return;
    if (!m_view) {
        m_view = new HistoryView(m_log, m_mainWindow);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_view->refresh();
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
}

void HistoryLauncher::refreshIfShown()
{
    if (m_view && m_view->isVisible())
        m_view->refresh();
}

} // namespace rc::ui
