#include "ui/FitScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace rc::ui {

FitScrollArea::FitScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The content's size hint changes with every user shown: ask the layout again then.
    content->installEventFilter(this);
}

QSize FitScrollArea::sizeHint() const
{
    const QWidget *content = widget();
    const int frame = 2 * frameWidth();
    QSize hint = content->sizeHint();
    const int width = viewport()->width() > 0 ? viewport()->width() : hint.width();
    if (content->hasHeightForWidth())
        hint.setHeight(content->heightForWidth(width));
    return {hint.width() + frame + verticalScrollBar()->sizeHint().width(), hint.height() + frame};
}

QSize FitScrollArea::minimumSizeHint() const
{
    // A few lines of the card at least, then it scrolls.
    const int lines = fontMetrics().height() * 6;
    return {QScrollArea::minimumSizeHint().width(), lines};
}

bool FitScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace rc::ui
