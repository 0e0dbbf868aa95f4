#include "ui/BulkLauncher.h"

#include "ui/BulkWindow.h"
#include "ui/ObjectNames.h"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

namespace rc::ui {

BulkLauncher::BulkLauncher(QMainWindow *window)
    : QObject(window)
    , m_mainWindow(window)
    , m_action(new QAction(tr("Sign out many people\u2026"), window))
    , m_button(new QPushButton(tr("Sign out many people\u2026"), window))
{
    m_action->setObjectName(names::BulkAction);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    window->addAction(m_action);
    m_button->setObjectName(names::BulkButton);
    m_button->setAccessibleName(tr("Sign out many people from a list"));
    m_button->setToolTip(tr("Review and sign out a pasted list or a CSV file of people "
                            "(Ctrl+Shift+B)"));
    m_button->setFlat(true);
    window->statusBar()->addPermanentWidget(m_button);
    connect(m_action, &QAction::triggered, this, &BulkLauncher::show);
    connect(m_button, &QPushButton::clicked, this, &BulkLauncher::show);
    setSignedIn(false);
}

BulkLauncher::~BulkLauncher()
{
    close();
}

void BulkLauncher::setConnection(TenantConnection *connection, const ConnectionSettings &settings)
{
    close(); // its run is bound to the old connection
    m_connection = connection;
    m_settings = settings;
}

void BulkLauncher::setSignedIn(bool signedIn)
{
    m_action->setEnabled(signedIn);
    m_button->setEnabled(signedIn);
    if (!signedIn)
        close(); // without a sign-in it could send nothing more
}

void BulkLauncher::show()
{
    if (!m_connection || !m_connection->session().isSignedIn())
        return;
    if (!m_window)
        m_window = new BulkWindow(*m_connection, m_settings, m_log, m_mainWindow);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void BulkLauncher::close()
{
    delete m_window; // cancels a run under way; its journal lets the same list resume
}

bool BulkLauncher::mayCloseMainWindow(std::function<void()> closeAgain)
{
    if (!m_window || !m_window->isRunning())
        return true;
    show(); // the question is asked over the run it is about
    return m_window->mayClose(std::move(closeAgain));
}

} // namespace rc::ui
