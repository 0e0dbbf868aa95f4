#include "ui/AppMenu.h"

#include "ui/ObjectNames.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace rc::ui {

AppMenu::AppMenu(QMainWindow *window, const QList<QAction *> &launchers)
    : QObject(window)
    , m_settings(new QAction(tr("&Settings\u2026"), window))
    , m_about(new QAction(tr("&About Revoke Console"), window))
    , m_quit(new QAction(tr("&Quit"), window))
    , m_button(new QToolButton(window))
{
    m_settings->setObjectName(names::SettingsAction);
    // Spelled out: QKeySequence::Preferences is empty on several Linux desktops.
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_about->setObjectName(names::AboutAction);
    m_about->setMenuRole(QAction::AboutRole);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    // The shortcuts work wherever the focus is in the window, menu open or not.
    window->addActions({m_settings, m_quit});

    auto *menu = new QMenu(m_button);
    menu->addActions(launchers);
    menu->addSeparator();
    menu->addAction(m_settings);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_quit);

    m_button->setObjectName(names::AppMenuButton);
    m_button->setText(tr("Menu"));
    // Text, as the launchers beside it: a theme icon would have the first frame read the icon
    // themes' index files first (a fifth of the work to it).
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setAutoRaise(true); // flat, as the launchers' buttons beside it
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAccessibleName(tr("Main menu"));
    m_button->setToolTip(tr("Settings (Ctrl+,), About and the window's other commands"));
    m_button->setMenu(menu);
    window->statusBar()->addPermanentWidget(m_button);

    connect(m_settings, &QAction::triggered, this, &AppMenu::settingsRequested);
    connect(m_about, &QAction::triggered, this, &AppMenu::aboutRequested);
    connect(m_quit, &QAction::triggered, window, &QMainWindow::close);
}

} // namespace rc::ui
