#pragma once
// Light, dark or high contrast on request, independent of the desktop's theme: the Settings
// dialog's colour scheme, or REVOKE_CONSOLE_PALETTE=light, dark or high-contrast, which wins (the
// screenshots use it). Each applies the Fusion style with a matching palette to the whole
// application; "system" gives back the platform's style and palette, or the high-contrast scheme
// while the desktop asks for high contrast (DesktopContrast). Every scheme draws through
// VisibleIndicatorStyle: a focus frame that stands out 3:1 on every control, and (over Fusion)
// check box and radio button outlines at 3:1 or more against the window; high contrast outlines
// buttons and fields in the text colour too.

#include <QPalette>
#include <QString>

class QDBusConnection;
class QStyle;
class QWidget;

namespace rc::ui {

class ColorScheme final
{
public:
    enum class Scheme { System, Light, Dark, HighContrast };

    static void applyFromEnvironment();
    // The stored choice ("", "light", "dark", "high-contrast"), unless REVOKE_CONSOLE_PALETTE
    // names one.
    static void applyPreference(const QString &scheme);
    // System shows the high-contrast scheme while the desktop asks for it.
    static void apply(Scheme scheme);
    // What is shown: System, or the scheme System, Light, Dark or HighContrast resolved to.
    static Scheme shown();
    // "light", "dark", "high-contrast"; anything else: System.
    static Scheme parse(const QString &name);

    // Whether the desktop asks for high contrast; a System scheme applied follows at once.
    static void setDesktopHighContrast(bool on);
    // Unless REVOKE_CONSOLE_PALETTE names a scheme: takes GTK_THEME at once and, after `window`'s
    // first paint, asks the desktop portal on the session bus (connecting to the bus is not free)
    // and follows it from then on.
    static void followDesktopAfterFirstPaint(QWidget *window);
    // Asks the portal on `bus` and follows its changes; the watcher is a child of the
    // application (tests delete it to stop following).
    static QObject *followDesktop(const QDBusConnection &bus);

    static QPalette dark();
    static QPalette light();
    static QPalette highContrast();
    // Light and Dark: Fusion with visible indicator outlines; HighContrast: Fusion with outlines in
    // the text colour; System: the platform's style. All with the visible focus frame.
    static QStyle *createStyle(Scheme scheme);

private:
    static Scheme fromEnvironment();
};

} // namespace rc::ui
