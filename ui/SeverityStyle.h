#pragma once
// The look of a tone (success, info, warning, error) on the current palette: an accent colour, a
// tinted background and a painted icon. Colours are derived from the palette's lightness, so the
// banner and the badges read well on light and dark themes alike; shapes differ per tone so the
// meaning does not rest on colour alone.

#include "revocation/StatusMessage.h"

#include <QColor>
#include <QPalette>
#include <QPixmap>

class QWidget;

namespace rc::ui {

enum class Tone { Success, Info, Warning, Error };

struct ToneColors
{
    QColor accent; // icon, left stripe, badge text
    QColor background; // a light tint of the accent on the window colour
    QColor border;
};

class SeverityStyle final
{
public:
    static Tone toneOf(StatusMessage::Severity severity);
    static bool isDark(const QPalette &palette);
    static ToneColors colors(Tone tone, const QPalette &palette);
    // A label's text in the tone's accent colour (a sign-in dialog's failure line, say).
    static void tintText(QWidget *label, Tone tone);
    // A crisp icon of `logicalSize` device-independent pixels for this screen's pixel ratio.
    static QPixmap icon(Tone tone, int logicalSize, qreal devicePixelRatio,
                        const QPalette &palette);
    static QString toneName(Tone tone); // "Success", "Information"...: the icon's accessible name
};

} // namespace rc::ui
