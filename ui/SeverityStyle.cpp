#include "ui/SeverityStyle.h"

#include "ui/Contrast.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace rc::ui {

namespace {

constexpr double HighContrastPalette = 20.0;

QColor accentFor(Tone tone, bool dark)
{
    // Darker hues on light backgrounds and lighter ones on dark: each keeps a contrast of at
    // least 4.5:1 against the tinted background it sits on.
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x2a);
    case Tone::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x5b, 0xb5);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x87, 0x48, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

void paintGlyph(QPainter &p, Tone tone, const QRectF &r, const QColor &ink)
{
    const qreal w = r.width();
    QPen pen(ink, w * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    const QPointF c = r.center();
    switch (tone) {
    case Tone::Success: {
        QPainterPath tick;
        tick.moveTo(c + QPointF(-w * 0.22, w * 0.01));
        tick.lineTo(c + QPointF(-w * 0.06, w * 0.17));
        tick.lineTo(c + QPointF(w * 0.23, -w * 0.15));
        p.drawPath(tick);
        break;
    }
    case Tone::Info:
        p.drawLine(c + QPointF(0, -w * 0.02), c + QPointF(0, w * 0.24));
        p.setPen(QPen(ink, w * 0.14, Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(c + QPointF(0, -w * 0.22));
        break;
    case Tone::Warning:
        p.drawLine(c + QPointF(0, -w * 0.12), c + QPointF(0, w * 0.12));
        p.setPen(QPen(ink, w * 0.14, Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(c + QPointF(0, w * 0.29));
        break;
    case Tone::Error:
        p.drawLine(c + QPointF(-w * 0.17, -w * 0.17), c + QPointF(w * 0.17, w * 0.17));
        p.drawLine(c + QPointF(w * 0.17, -w * 0.17), c + QPointF(-w * 0.17, w * 0.17));
        break;
    }
}

} // namespace

Tone SeverityStyle::toneOf(StatusMessage::Severity severity)
{
    switch (severity) {
    case StatusMessage::Severity::Success:
        return Tone::Success;
    case StatusMessage::Severity::Info:
        return Tone::Info;
    case StatusMessage::Severity::Warning:
        return Tone::Warning;
    case StatusMessage::Severity::Error:
        return Tone::Error;
    }
    return Tone::Error;
}

bool SeverityStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

ToneColors SeverityStyle::colors(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor accent = accentFor(tone, dark);
    const QColor window = palette.color(QPalette::Window);
    // A palette at the limit of contrast (black on white, or white on black: our high-contrast
    // scheme, a desktop's) asks for more than 4.5:1: the accent goes 40% of the way to the text.
    const QColor text = palette.color(QPalette::WindowText);
    if (contrastRatio(text, window) >= HighContrastPalette)
        accent = blend(text, accent, 0.4);
    return {accent, blend(accent, window, dark ? 0.16 : 0.10),
            blend(accent, window, dark ? 0.55 : 0.45)};
}

void SeverityStyle::tintText(QWidget *label, Tone tone)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colors(tone, palette).accent);
    label->setPalette(palette);
}

QPixmap SeverityStyle::icon(Tone tone, int logicalSize, qreal devicePixelRatio,
                            const QPalette &palette)
{
    const int device = qRound(logicalSize * devicePixelRatio);
    QPixmap pixmap(device, device);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = colors(tone, palette).accent;
    const QColor ink = isDark(palette) ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
    const QRectF r(0.5, 0.5, logicalSize - 1.0, logicalSize - 1.0);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    if (tone == Tone::Warning) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        p.drawPath(triangle);
        paintGlyph(p, tone, r.adjusted(0, r.height() * 0.12, 0, r.height() * 0.12), ink);
    } else {
        p.drawEllipse(r);
        paintGlyph(p, tone, r, ink);
    }
    return pixmap;
}

QString SeverityStyle::toneName(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QCoreApplication::translate("rc::ui::SeverityStyle", "Success");
    case Tone::Info:
        return QCoreApplication::translate("rc::ui::SeverityStyle", "Information");
    case Tone::Warning:
        return QCoreApplication::translate("rc::ui::SeverityStyle", "Warning");
    case Tone::Error:
        return QCoreApplication::translate("rc::ui::SeverityStyle", "Error");
    }
    return {};
}

} // namespace rc::ui
