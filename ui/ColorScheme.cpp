#include "ui/ColorScheme.h"

#include "ui/VisibleIndicatorStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace rc::ui {

namespace {

struct Platform
{
    ColorScheme::Scheme applied = ColorScheme::Scheme::System;
    bool installed = false; // our style is the application's
    bool saved = false;
    QString styleName;
    QPalette palette;
};

Platform &platform()
{
    static Platform p;
    return p;
}

void savePlatform()
{
    Platform &p = platform();
    if (p.saved)
        return;
    p.saved = true;
    p.styleName = QApplication::style()->name();
    p.palette = QApplication::palette();
}

} // namespace

ColorScheme::Scheme ColorScheme::parse(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted == QLatin1String("dark"))
        return Scheme::Dark;
    if (wanted == QLatin1String("light"))
        return Scheme::Light;
    return Scheme::System;
}

ColorScheme::Scheme ColorScheme::fromEnvironment()
{
    return parse(QString::fromLocal8Bit(qgetenv("REVOKE_CONSOLE_PALETTE")));
}

void ColorScheme::applyFromEnvironment()
{
    const Scheme wanted = fromEnvironment();
    if (wanted != Scheme::System)
        apply(wanted);
    else if (!platform().installed)
        apply(Scheme::System); // the platform's look, with the visible focus frame
}

void ColorScheme::applyPreference(const QString &scheme)
{
    const Scheme fromEnv = fromEnvironment();
    apply(fromEnv != Scheme::System ? fromEnv : parse(scheme));
}

void ColorScheme::apply(Scheme scheme)
{
    Platform &p = platform();
    // Setting the style again would rebuild every widget's look for nothing.
    if (p.installed && scheme == p.applied)
        return;
    savePlatform();
    const bool fromOurPalette = p.installed && p.applied != Scheme::System;
    p.installed = true;
    p.applied = scheme;
    QApplication::setStyle(createStyle(scheme));
    if (scheme != Scheme::System)
        QApplication::setPalette(scheme == Scheme::Dark ? dark() : light());
    else if (fromOurPalette)
        QApplication::setPalette(p.palette);
}

QStyle *ColorScheme::createStyle(Scheme scheme)
{
    // "System" keeps the platform's look (its own indicators) and adds only the focus frame.
    if (scheme == Scheme::System) {
        QStyle *platformStyle = QStyleFactory::create(platform().styleName);
        if (!platformStyle)
            platformStyle = QStyleFactory::create(QStringLiteral("Fusion"));
        return new VisibleIndicatorStyle(platformStyle, VisibleIndicatorStyle::Indicators::AsBase);
    }
    return new VisibleIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion")),
                                     VisibleIndicatorStyle::Indicators::Outlined);
}

QPalette ColorScheme::light()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    // A high-contrast desktop is followed through "System" only, which leaves the platform's
    // palette untouched: Qt 6.4 tells an application nothing about the setting on Linux (no
    // QStyleHints::colorScheme, added in 6.5, nor a contrast preference; the GTK theme plugin
    // reads GTK's colours from 6.5 on), but a platform theme that delivers a high-contrast palette
    // (KDE's, for one) reaches every widget. Light and Dark replace it on request.
    QPalette p = fusion->standardPalette();
    // Fusion's grey (black at half opacity) and blue are below 4.5:1 for the secondary text and
    // white selected text drawn on them: a shade darker each, just enough (TextContrastTest).
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::Highlight, QColor(0x29, 0x78, 0xaa));
    return p;
}

QPalette ColorScheme::dark()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor dim(0x8a, 0x8d, 0x91);
    const QColor highlight(0x37, 0x71, 0xc1); // white text on it, selected, 4.5:1 or more
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // 4.5:1 on the window, the fields and the banner's tints.
    p.setColor(QPalette::PlaceholderText, QColor(0xb0, 0xb3, 0xb8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    return p;
}

} // namespace rc::ui
