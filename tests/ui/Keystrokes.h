#pragma once
// Keystrokes for a window of its own (the bulk window, History): every key goes to
// QApplication::focusWidget(), where a person's key would go, once that window (or the modal
// dialog on top of it) has the keyboard. Offscreen there is no window manager to hand the
// keyboard back when a dialog closes, so activate() does what a person's click on the window
// would do. File dialogs are Qt's own widgets (Qt::AA_DontUseNativeDialogs while a test runs), so
// a path is typed into the dialog's file name field and Enter pressed, as a person does.

#include "support/WaitFor.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

namespace rc::test {

class Keystrokes final
{
public:
    explicit Keystrokes(QWidget *window)
        : m_window(window)
    { }

    // The window, or the modal dialog open over it, has the keyboard; an open popup (a
    // completion list) takes the keys first.
    void activate() const
    {
        waitFor(
                [this] {
                    if (QApplication::activePopupWidget())
                        return true;
                    QWidget *modal = QApplication::activeModalWidget();
                    QWidget *wanted = modal ? modal : m_window.data();
                    if (!wanted || QApplication::activeWindow() == wanted)
                        return true;
                    wanted->activateWindow();
                    return false;
                },
                5000);
    }

    QWidget *focused() const
    {
        activate();
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        return QApplication::focusWidget();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        if (QWidget *target = focused())
            QTest::keyClick(target, key, modifiers);
    }

    void type(const QString &text) const
    {
        if (QWidget *target = focused())
            QTest::keyClicks(target, text);
    }

    // Tab until the widget with this object name has the focus.
    bool tabTo(const QString &name, int maxTabs = 20) const
    {
        for (int i = 0; i <= maxTabs; ++i) {
            if (focused() && focused()->objectName() == name)
                return true;
            press(Qt::Key_Tab);
        }
        return false;
    }

    // The file dialog (by object name) opened over the window: the path typed into its file name
    // field, which has the focus, and Enter. False when no such dialog opened or it stayed open.
    bool answerFileDialog(const QString &name, const QString &path) const
    {
        QPointer<QFileDialog> dialog;
        waitFor([&] {
            for (auto *d : m_window->findChildren<QFileDialog *>(name)) {
                if (d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        });
        if (!dialog)
            return false;
        activate();
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!field || field->window() != dialog)
            return false; // not Qt's own dialog, or its name field does not have the keyboard
        press(Qt::Key_A, Qt::ControlModifier); // over what the dialog suggests
        type(path);
        // The completion list the dialog offers while typing is dismissed first, as a person
        // who typed the whole path does; it may open late, so this is tried twice.
        for (int i = 0; i < 2 && dialog && dialog->isVisible(); ++i) {
            if (QApplication::activePopupWidget())
                press(Qt::Key_Escape);
            press(Qt::Key_Return);
            waitFor([&] { return !dialog || !dialog->isVisible(); }, 2000);
        }
        if (QApplication::activePopupWidget())
            press(Qt::Key_Escape); // a list that opened as the dialog closed
        return !dialog || !dialog->isVisible();
    }

private:
    QPointer<QWidget> m_window;
};

// Qt's own, widget-based file dialogs while it lives: the platform's may be out of process.
class WidgetFileDialogs final
{
public:
    WidgetFileDialogs()
        : m_before(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs))
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    }
    ~WidgetFileDialogs() { QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, m_before); }
    WidgetFileDialogs(const WidgetFileDialogs &) = delete;
    WidgetFileDialogs &operator=(const WidgetFileDialogs &) = delete;

private:
    bool m_before;
};

} // namespace rc::test
