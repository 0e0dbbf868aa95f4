#include "ui/FitScrollArea.h"

#include "ui/VisibleIndicatorStyle.h"

#include <QEvent>
#include <QScrollBar>

namespace rc::ui {

FitScrollArea::FitScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The area takes the focus (the arrows scroll the card): a gutter around the viewport is where
    // the style draws its focus frame, which the card would otherwise cover.
    const int gutter = VisibleIndicatorStyle::FocusFrameWidth;
    setViewportMargins(gutter, gutter, gutter, gutter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The content's size hint changes with every user shown: ask the layout again then.
    content->installEventFilter(this);
}

QSize FitScrollArea::sizeHint() const
{
    const QWidget *content = widget();
    const int frame = 2 * (frameWidth() + VisibleIndicatorStyle::FocusFrameWidth);
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
