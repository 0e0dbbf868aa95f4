#pragma once
// How a widget looks with the keyboard focus and without: whether the two pictures differ at all
// (visible focus, WCAG 2.4.7) and how strongly the changed pixels stand out from the background
// behind it (3:1, 1.4.11). The
// widget gets the focus back as Tab gave it, so a walk goes on from there.

#include "support/Contrast.h"
#include "support/WaitFor.h"
#include "ui/ColorScheme.h"

#include <QApplication>
#include <QHash>

#include <QImage>
#include <QWidget>

namespace rc::test {

struct FocusLook
{
    bool differs = false;
    double contrast = 1.0; // of the focus indicator against the background behind the widget
};

// The colour around `widget` as its window paints it: the commonest colour of the one-pixel ring
// just outside it (the window's background, or a tinted panel such as the banner).
inline QColor surroundingsOf(QWidget *widget)
{
    QWidget *window = widget->window();
    if (window == widget)
        return widget->palette().color(QPalette::Window);
    const QRect ring(widget->mapTo(window, QPoint(-1, -1)), widget->size() + QSize(2, 2));
    const QImage image = window->grab(ring.intersected(window->rect()))
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (y == 0 || x == 0 || y == image.height() - 1 || x == image.width() - 1)
                ++counts[image.pixel(x, y)];
        }
    }
    return QColor::fromRgba(
            commonestColor(counts, widget->palette().color(QPalette::Window).rgba()));
}

inline FocusLook focusLookOf(QWidget *focused)
{
    // Without the focus and with nothing else focused: a container's picture would show a focused
    // child.
    const QImage withFocus = focused->grab().toImage();
    focused->clearFocus();
    const QImage withoutFocus = focused->grab().toImage();
    const QColor background = surroundingsOf(focused);
    focused->setFocus(Qt::TabFocusReason);
    // A ring around the widget has at least one pixel per unit of its width and height.
    const int ring = qRound((focused->width() + focused->height()) * withFocus.devicePixelRatio());
    return {withFocus != withoutFocus,
            focusIndicatorContrast(withFocus, withoutFocus, background, ring)};
}

// Applies the scheme and waits until `window` shows its palette (the change reaches the widgets
// through posted events).
inline bool applyScheme(ui::ColorScheme::Scheme scheme, const QWidget *window)
{
    ui::ColorScheme::apply(scheme);
    return waitFor([window] {
        const QPalette &shown = window->palette();
        const QPalette &applied = QApplication::palette();
        return shown.color(QPalette::Window) == applied.color(QPalette::Window)
                && shown.color(QPalette::Highlight) == applied.color(QPalette::Highlight);
    });
}

} // namespace rc::test
