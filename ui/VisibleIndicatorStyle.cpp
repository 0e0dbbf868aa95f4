#include "ui/VisibleIndicatorStyle.h"

#include "ui/Contrast.h"
#include "ui/SeverityStyle.h"

#include <QAbstractButton>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>
#include <QToolButton>

#include <algorithm>
#include <memory>

namespace rc::ui {

namespace {

constexpr double MinimumContrast = 3.0;

// Controls sit on the window, in fields' Base, or on the banner's tints (its buttons).
bool standsOut(const QColor &color, const QPalette &palette)
{
    QList<QColor> backgrounds {palette.color(QPalette::Window), palette.color(QPalette::Base)};
    for (Tone tone : {Tone::Success, Tone::Info, Tone::Warning, Tone::Error})
        backgrounds << SeverityStyle::colors(tone, palette).background;
    return std::all_of(backgrounds.cbegin(), backgrounds.cend(), [&](const QColor &background) {
        return contrastRatio(color, background) >= MinimumContrast;
    });
}

bool hasFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_Enabled);
}

// A solid frame `w` pixels wide just inside `rect`, in `color`.
void drawFrame(QPainter *painter, const QRect &rect, const QColor &color,
               int w = VisibleIndicatorStyle::FocusFrameWidth)
{
    if (rect.width() <= 2 * w || rect.height() <= 2 * w)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRect(QRect(rect.left(), rect.top(), rect.width(), w));
    painter->drawRect(QRect(rect.left(), rect.bottom() - w + 1, rect.width(), w));
    painter->drawRect(QRect(rect.left(), rect.top() + w, w, rect.height() - 2 * w));
    painter->drawRect(QRect(rect.right() - w + 1, rect.top() + w, w, rect.height() - 2 * w));
    painter->restore();
}

} // namespace

VisibleIndicatorStyle::VisibleIndicatorStyle(QStyle *base, Indicators indicators)
    : QProxyStyle(base)
    , m_indicators(indicators)
{ }

QColor VisibleIndicatorStyle::focusColor(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    for (int percent = 0; percent <= 100; percent += 5) {
        const QColor candidate = blend(text, highlight, percent / 100.0);
        if (standsOut(candidate, palette))
            return candidate;
    }
    return text;
}

void VisibleIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                          QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect: {
        // Buttons draw their frame in drawControl and drawComplexControl: not twice.
        if (qobject_cast<const QPushButton *>(widget) || qobject_cast<const QToolButton *>(widget))
            return;
        // An item view's current row may be selected: its frame then has to stand out from the
        // selection's colour instead.
        QColor color = focusColor(option->palette);
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option)) {
            if (focus->backgroundColor.isValid()
                && contrastRatio(color, focus->backgroundColor) < MinimumContrast)
                color = option->palette.color(QPalette::HighlightedText);
        }
        drawFrame(painter, option->rect, color);
        return;
    }
    case PE_PanelLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A field with a frame of its own (not the one inside a combo or a spin box).
        if (hasFocus(option) && qstyleoption_cast<const QStyleOptionFrame *>(option)
            && static_cast<const QStyleOptionFrame *>(option)->lineWidth > 0)
            drawFrame(painter, option->rect, focusColor(option->palette));
        return;
    case PE_PanelButtonCommand: // push buttons, and non-editable combo boxes
    case PE_FrameLineEdit: // fields, and editable combo boxes
    case PE_Frame: // lists, text views, scroll areas
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (strong())
            drawFrame(painter, option->rect, option->palette.color(QPalette::WindowText), 1);
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
        if (m_indicators != Indicators::AsBase) {
            drawOutlinedIndicator(element, option, painter, widget);
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void VisibleIndicatorStyle::drawControl(ControlElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!hasFocus(option))
        return;
    // Push buttons, flat ones too; and frames that take the focus: scroll areas (lists, tables,
    // the card) around their viewport, labels with links.
    if (element == CE_PushButton || element == CE_ShapedFrame)
        drawFrame(painter, option->rect, focusColor(option->palette));
}

void VisibleIndicatorStyle::drawComplexControl(ComplexControl control,
                                               const QStyleOptionComplex *option, QPainter *painter,
                                               const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Fusion strokes a spin box's outline itself.
    if (strong() && control == CC_SpinBox)
        drawFrame(painter, option->rect, option->palette.color(QPalette::WindowText), 1);
    if (hasFocus(option)
        && (control == CC_ToolButton || control == CC_ComboBox || control == CC_SpinBox))
        drawFrame(painter, option->rect, focusColor(option->palette));
}

// Fusion strokes a check box's frame in Window.darker(140).lighter(110) and a radio button's ring
// in Window.darker(150): about 1.3:1 against the window in the dark palette and 1.7:1 in the
// light one. This draws them with a Window that yields an outline halfway from the window to its
// text (about 4.5:1 in both), or in the text colour itself in high contrast.
void VisibleIndicatorStyle::drawOutlinedIndicator(PrimitiveElement element,
                                                  const QStyleOption *option, QPainter *painter,
                                                  const QWidget *widget) const
{
    const QPalette &p = option->palette;
    const QColor outline = blend(p.color(QPalette::WindowText), p.color(QPalette::Window),
                                 strong() ? 1.0 : 0.55);
    std::unique_ptr<QStyleOption> copy;
    if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option))
        copy = std::make_unique<QStyleOptionButton>(*button);
    else
        copy = std::make_unique<QStyleOption>(*option);
    // A Window that Fusion's shading turns into `outline`; the primitives use it for nothing else.
    const QColor shaded = element == PE_IndicatorCheckBox ? outline.darker(110).lighter(140)
                                                          : outline.lighter(150);
    copy->palette.setColor(QPalette::Window, shaded);
    QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
}

} // namespace rc::ui
