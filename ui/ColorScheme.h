#pragma once
// Light or dark on request, independent of the desktop's theme: REVOKE_CONSOLE_PALETTE=dark (or
// light) applies the Fusion style with a matching palette to the whole application. Used for the
// screenshots and by people whose desktop gives Qt no dark theme; unset, the platform decides.

#include <QPalette>

namespace rc::ui {

class ColorScheme final
{
public:
    static void applyFromEnvironment();
    static QPalette dark();
};

} // namespace rc::ui
