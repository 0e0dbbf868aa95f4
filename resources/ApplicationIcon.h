#pragma once
// The application's icon: the desktop theme's, under the application id, else the compiled-in SVG.

#include <QIcon>

namespace rc {

// The SVG resource the icon falls back to (rendered by Qt's SVG icon engine plugin).
inline constexpr char16_t applicationIconResource[] = u":/icons/revoke-console.svg";

QIcon applicationIcon();

} // namespace rc
