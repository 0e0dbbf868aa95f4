#include "ui/ListOnArrowKeys.h"

#include <QComboBox>
#include <QKeyEvent>

namespace rc::ui {

void ListOnArrowKeys::install(QComboBox *combo)
{
    combo->installEventFilter(new ListOnArrowKeys(combo));
}

bool ListOnArrowKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    // Alt+Down and F4 already open the list; a modified key keeps its own meaning.
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        static_cast<QComboBox *>(watched)->showPopup();
        return true;
    default:
        return false;
    }
}

} // namespace rc::ui
