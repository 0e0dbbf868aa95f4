#include "ui/FitScrollArea.h"

#include "ui/VisibleIndicatorStyle.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>

namespace rc::ui {

FitScrollArea::FitScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    // The viewport and the scroll bar's holder are more containers a screen reader walks through
    // (WCAG 1.3.1).
    viewport()->setAccessibleName(tr("Scrolled view"));
    if (QWidget *holder = verticalScrollBar()->parentWidget(); holder && holder != this)
        holder->setAccessibleName(tr("Scroll bar"));
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

void FitScrollArea::takeFocusOnlyWhenScrolling()
{
    const auto follow = [this](int, int maximum) {
        setFocusPolicy(maximum > 0 ? Qt::StrongFocus : Qt::NoFocus);
    };
    follow(0, verticalScrollBar()->maximum());
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, follow);
}

QSize FitScrollArea::sizeHint() const
{
    const QWidget *content = widget();
    const int frame = 2 * (frameWidth() + VisibleIndicatorStyle::FocusFrameWidth);
    QSize hint = content->sizeHint();
    // Before it is shown the viewport has a made-up width: the content's minimum is the better
    // guess (a word-wrapped text's own hint is narrow, so far too tall).
    const int width = isVisible() && viewport()->width() > 0
            ? viewport()->width()
            : qMax(hint.width(), content->minimumWidth());
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

void FitScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    // The height asked for follows the width: the layout asks again.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

bool FitScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace rc::ui
