#pragma once
// Where a test measures rendered text: the colour it is drawn on (the commonest pixel of its box)
// and its ink (the pixel of the box farthest from that in contrast: a glyph's stem, where
// antialiasing has not blended it with the background), with the WCAG ratio of the two.

#include "support/Contrast.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRect>

namespace rc::test {

struct InkContrast
{
    QColor background;
    QColor ink;
    double ratio = 1.0;
};

// `box` in the image's device pixels; a box with no ink (nothing drawn) measures 1:1.
inline InkContrast inkContrast(const QImage &image, const QRect &box)
{
    const QRect inside = box.intersected(image.rect());
    QHash<QRgb, int> counts;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    InkContrast result;
    if (!counts.isEmpty())
        result.background = QColor::fromRgb(commonestColor(counts, 0));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QColor color = QColor::fromRgb(it.key());
        const double ratio = contrastRatio(color, result.background);
        if (ratio > result.ratio) {
            result.ratio = ratio;
            result.ink = color;
        }
    }
    return result;
}

} // namespace rc::test
