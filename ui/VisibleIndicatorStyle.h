#pragma once
// The style the whole application draws with, over Fusion (our light and dark schemes) or over the
// platform's own style ("System"), so that state can be seen in every scheme:
// - focus: every focused control gets a 2 px frame in a colour that stands out 3:1 from the
//   window, the fields and the banner's tints (WCAG 2.4.7 and 1.4.11). Fusion draws a faint,
//   half-transparent focus rectangle, none at all on flat buttons, auto-raise tool buttons and
//   scroll areas, and tints buttons and fields with a darkened Highlight that is about 2.4:1 on our
//   dark window.
// - check boxes and radio buttons (over Fusion only): Fusion strokes their outlines a shade darker
//   than the window (1.3:1 on our dark window); this draws them at about 4.5:1.
// - high contrast (Strong): those outlines, and those of buttons, fields, combo and spin boxes
//   and framed panels (Fusion's are 2:1 on white), in the text colour.
// Everything else is the base style's.

#include <QProxyStyle>

namespace rc::ui {

class VisibleIndicatorStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    enum class Indicators { AsBase, Outlined, Strong };

    // Takes ownership of `base`.
    VisibleIndicatorStyle(QStyle *base, Indicators indicators);

    // The focus frame's colour: the palette's Highlight when it reaches 3:1 against Window, Base
    // and the banner's tints, else the nearest mix towards the text colour that does.
    static QColor focusColor(const QPalette &palette);
    static constexpr int FocusFrameWidth = 2;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override;

private:
    void drawOutlinedIndicator(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const;
    bool strong() const { return m_indicators == Indicators::Strong; }

    Indicators m_indicators;
};

} // namespace rc::ui
