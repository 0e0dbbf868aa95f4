#include "ui/KeyboardSplitter.h"

#include "ui/VisibleIndicatorStyle.h"

#include <QKeyEvent>
#include <QPainter>

namespace rc::ui {

KeyboardSplitter::KeyboardSplitter(Qt::Orientation orientation, QWidget *parent)
    : QSplitter(orientation, parent)
{ }

void KeyboardSplitter::focusDivider()
{
    if (count() < 2)
        return;
    if (auto *divider = qobject_cast<KeyboardSplitterHandle *>(handle(1)))
        divider->takeFocusFrom(window()->focusWidget());
}

QSplitterHandle *KeyboardSplitter::createHandle()
{
    return new KeyboardSplitterHandle(orientation(), this);
}

KeyboardSplitterHandle::KeyboardSplitterHandle(Qt::Orientation orientation, QSplitter *parent)
    : QSplitterHandle(orientation, parent)
{
    setFocusPolicy(Qt::ClickFocus); // F8 or a click, never Tab
}

void KeyboardSplitterHandle::takeFocusFrom(QWidget *previous)
{
    m_previous = previous != this ? previous : nullptr;
    setFocus(Qt::ShortcutFocusReason);
}

void KeyboardSplitterHandle::moveBy(int delta)
{
    QSplitter *parent = splitter();
    const int after = parent->indexOf(this); // this divider sits before widget `after`
    if (after < 1)
        return;
    const bool across = orientation() == Qt::Horizontal;
    const auto minimum = [parent, across](int index) {
        const QWidget *pane = parent->widget(index);
        const QSize least = pane->minimumSizeHint().expandedTo(pane->minimumSize());
        return across ? least.width() : least.height();
    };
    QList<int> sizes = parent->sizes();
    // Neither pane goes under its minimum: the splitter's children do not collapse.
    delta = qBound(minimum(after - 1) - sizes[after - 1], delta, sizes[after] - minimum(after));
    sizes[after - 1] += delta;
    sizes[after] -= delta;
    parent->setSizes(sizes);
}

void KeyboardSplitterHandle::keyPressEvent(QKeyEvent *event)
{
    const bool across = orientation() == Qt::Horizontal;
    const int length = across ? splitter()->width() : splitter()->height();
    const int step = qMax(8, length / 20);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        if ((event->key() == Qt::Key_Left) == across)
            moveBy(-step);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        if ((event->key() == Qt::Key_Right) == across)
            moveBy(step);
        break;
    case Qt::Key_Home:
        moveBy(-length);
        break;
    case Qt::Key_End:
        moveBy(length);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        giveFocusBack();
        break;
    default:
        QSplitterHandle::keyPressEvent(event); // Tab and the rest: as any widget
        return;
    }
    event->accept();
}

void KeyboardSplitterHandle::giveFocusBack()
{
    if (m_previous)
        m_previous->setFocus(Qt::OtherFocusReason);
    else
        focusNextChild();
}

void KeyboardSplitterHandle::paintEvent(QPaintEvent *event)
{
    QSplitterHandle::paintEvent(event);
    if (!hasFocus())
        return;
    // The whole divider in the focus colour: a frame would not fit its few pixels.
    QPainter painter(this);
    painter.fillRect(rect(), VisibleIndicatorStyle::focusColor(palette()));
}

void KeyboardSplitterHandle::focusInEvent(QFocusEvent *event)
{
    QSplitterHandle::focusInEvent(event);
    update();
}

void KeyboardSplitterHandle::focusOutEvent(QFocusEvent *event)
{
    QSplitterHandle::focusOutEvent(event);
    update();
}

} // namespace rc::ui
