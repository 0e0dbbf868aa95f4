#pragma once
// Colour arithmetic for the style: mixing two colours, and WCAG 2.x contrast (the relative
// luminance of an sRGB colour and the contrast ratio of two, 1:1 to 21:1). 1.4.3 asks 4.5:1 of body
// text and 1.4.11 asks 3:1 of a control's boundary and of a focus indicator against what is next to
// it. The style picks its focus colour with it; the tests measure what the widgets draw with it.

#include <QColor>

#include <algorithm>
#include <cmath>

namespace rc::ui {

// `amount` of `over` and the rest of `under` (0: `under`, 1: `over`), channel by channel.
inline QColor blend(const QColor &over, const QColor &under, qreal amount)
{
    return QColor::fromRgbF(float(over.redF() * amount + under.redF() * (1 - amount)),
                            float(over.greenF() * amount + under.greenF() * (1 - amount)),
                            float(over.blueF() * amount + under.blueF() * (1 - amount)));
}

// Relative luminance, 0 (black) to 1 (white): https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
inline double relativeLuminance(const QColor &color)
{
    const auto linear = [](int channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1.0 to 21.0.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace rc::ui
