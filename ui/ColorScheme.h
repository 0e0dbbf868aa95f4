#pragma once
// Light or dark on request, independent of the desktop's theme: the Settings dialog's colour
// scheme, or REVOKE_CONSOLE_PALETTE=dark (or light), which wins (the screenshots use it). Either
// applies the Fusion style with a matching palette to the whole application; "system" gives back
// the platform's style and palette. Every scheme draws through VisibleIndicatorStyle: a focus
// frame that stands out 3:1 on every control, and (over Fusion) check box and radio button
// outlines at 3:1 or more against the window.

#include <QPalette>
#include <QString>

class QStyle;

namespace rc::ui {

class ColorScheme final
{
public:
    enum class Scheme { System, Light, Dark };

    static void applyFromEnvironment();
    // The stored choice ("", "light", "dark"), unless REVOKE_CONSOLE_PALETTE names one.
    static void applyPreference(const QString &scheme);
    static void apply(Scheme scheme);
    static Scheme parse(const QString &name); // "light", "dark"; anything else: System

    static QPalette dark();
    static QPalette light();
    // Light and Dark: Fusion with visible indicator outlines; System: the platform's style. Both
    // with the visible focus frame.
    static QStyle *createStyle(Scheme scheme);

private:
    static Scheme fromEnvironment();
};

} // namespace rc::ui
