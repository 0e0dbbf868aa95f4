#include "ui/HistoryLauncher.h"

#include "ui/HistoryView.h"
#include "ui/ObjectNames.h"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

namespace rc::ui {

HistoryLauncher::HistoryLauncher(QMainWindow *window)
    : QObject(window)
    , m_mainWindow(window)
    , m_action(new QAction(tr("&History\u2026"), window))
    , m_button(new QPushButton(tr("&History\u2026"), window))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    window->addAction(m_action);
    m_button->setObjectName(names::HistoryButton);
    m_button->setAccessibleName(tr("History"));
    m_button->setFlat(true);
    m_button->setToolTip(tr("Every preview and revocation on record (Ctrl+H)"));
    window->statusBar()->addPermanentWidget(m_button);
    connect(m_action, &QAction::triggered, this, &HistoryLauncher::show);
    connect(m_button, &QPushButton::clicked, this, &HistoryLauncher::show);
}

void HistoryLauncher::setAuditLog(AuditLog *log)
{
    m_log = log;
    const bool available = m_log != nullptr;
    m_action->setEnabled(available);
    m_button->setEnabled(available);
    m_button->setToolTip(available ? tr("Every preview and revocation on record (Ctrl+H)")
                                   : tr("History is unavailable: the audit log could not be "
                                        "opened."));
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
