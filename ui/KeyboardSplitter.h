#pragma once
// A splitter whose divider moves from the keyboard as well as with the mouse (WCAG 2.1.1). F8,
// GNOME's key for it, puts the focus on the divider, which then fills with the focus colour; Left
// and Right (Up and Down when stacked) move it a twentieth of the width, Home and End as far as it
// goes; Enter, Esc or Tab give the focus back where it was. The divider is not a Tab stop: a
// cycle through every control should not stop on it.

#include <QPointer>
#include <QSplitter>

namespace rc::ui {

class KeyboardSplitter final : public QSplitter
{
    Q_OBJECT
public:
    explicit KeyboardSplitter(Qt::Orientation orientation, QWidget *parent = nullptr);

    // The first divider takes the focus; it gives it back to the widget that has it now.
    void focusDivider();

protected:
    QSplitterHandle *createHandle() override;
};

class KeyboardSplitterHandle final : public QSplitterHandle
{
    Q_OBJECT
public:
    KeyboardSplitterHandle(Qt::Orientation orientation, QSplitter *parent);

    void takeFocusFrom(QWidget *previous);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void moveBy(int delta); // pixels, towards the right or the bottom
    void giveFocusBack();

    QPointer<QWidget> m_previous;
};

} // namespace rc::ui
