#pragma once
// How a widget looks with the keyboard focus and without: whether the two pictures differ at all
// (visible focus, WCAG 2.4.7) and how strongly the changed pixels stand out from the window's
// background (3:1, 1.4.11). The
// widget gets the focus back as Tab gave it, so a walk goes on from there.

#include "support/Contrast.h"
#include "support/WaitFor.h"
#include "ui/ColorScheme.h"

#include <QApplication>

#include <QImage>
#include <QWidget>

namespace rc::test {

struct FocusLook
{
    bool differs = false;
    double contrast = 1.0; // of the focus indicator against the window's background
};

inline FocusLook focusLookOf(QWidget *focused)
{
    // Without the focus and with nothing else focused: a container's picture would show a focused
    // child.
    const QImage withFocus = focused->grab().toImage();
    focused->clearFocus();
    const QImage withoutFocus = focused->grab().toImage();
    focused->setFocus(Qt::TabFocusReason);
    // A ring around the widget has at least one pixel per unit of its width and height.
    const int ring = qRound((focused->width() + focused->height()) * withFocus.devicePixelRatio());
    const QColor background = focused->window()->palette().color(QPalette::Window);
    return {withFocus != withoutFocus,
            focusIndicatorContrast(withFocus, withoutFocus, background, ring)};
}

// Applies the scheme and waits until `window` shows its palette (the change reaches the widgets
// through posted events).
inline bool applyScheme(ui::ColorScheme::Scheme scheme, const QWidget *window)
{
    ui::ColorScheme::apply(scheme);
    return waitFor([window] {
        return window->palette().color(QPalette::Window)
                == QApplication::palette().color(QPalette::Window);
    });
}

} // namespace rc::test
