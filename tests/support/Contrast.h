#pragma once
// Contrast measurements for tests of what the widgets draw: the WCAG arithmetic the style uses
// (ui/Contrast.h), and how strongly a focus indicator stands out in a widget's picture.

#include "ui/Contrast.h"

#include <QHash>
#include <QImage>

#include <algorithm>
#include <functional>
#include <vector>

namespace rc::test {

using rc::ui::contrastRatio;
using rc::ui::relativeLuminance;

// The colour counted most often in `counts` (pixel colour -> how many), `otherwise` when empty:
// the background a widget's pixels were drawn on.
inline QRgb commonestColor(const QHash<QRgb, int> &counts, QRgb otherwise)
{
    QRgb commonest = otherwise;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            commonest = it.key();
        }
    }
    return commonest;
}

// The focus indicator as drawn: how strongly the pixels that change when the widget takes the
// focus stand out from the background around the widget. The figure is the contrast that at
// least `minimumPixels` of them reach, so a ring counts and a text cursor's few pixels do not
// (1.0 when fewer change). WCAG 2.4.7 asks that focus be visible, 1.4.11 that the indicator reach
// 3:1 against its surroundings.
inline double focusIndicatorContrast(const QImage &focused, const QImage &unfocused,
                                     const QColor &background, int minimumPixels)
{
    if (focused.size() != unfocused.size() || minimumPixels < 1)
        return 1.0;
    const QImage a = focused.convertToFormat(QImage::Format_ARGB32);
    const QImage b = unfocused.convertToFormat(QImage::Format_ARGB32);
    std::vector<double> ratios;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (rowA[x] != rowB[x])
                ratios.push_back(contrastRatio(QColor::fromRgb(rowA[x]), background));
        }
    }
    if (ratios.size() < static_cast<size_t>(minimumPixels))
        return 1.0;
    std::nth_element(ratios.begin(), ratios.begin() + (minimumPixels - 1), ratios.end(),
                     std::greater<double>());
    return ratios.at(minimumPixels - 1);
}

} // namespace rc::test
