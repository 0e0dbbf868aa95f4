#pragma once
// The main window's app menu: a compact "Menu" button at the right of the status bar, next to the
// History and bulk launchers, holding the window's commands: sign out many people, History,
// Settings (Ctrl+,), About and Quit (Ctrl+Q). The window decides what Settings and About open.

#include <QObject>

class QAction;
class QMainWindow;
class QToolButton;

namespace rc::ui {

class AppMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppMenu)
public:
    // `launchers`: the window's existing actions, listed first in the menu.
    AppMenu(QMainWindow *window, const QList<QAction *> &launchers);

    QAction *settingsAction() const { return m_settings; }
    QAction *aboutAction() const { return m_about; }
    QToolButton *button() const { return m_button; }

Q_SIGNALS:
    void settingsRequested();
    void aboutRequested();

private:
    QAction *m_settings;
    QAction *m_about;
    QAction *m_quit;
    QToolButton *m_button;
};

} // namespace rc::ui
