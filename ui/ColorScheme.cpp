#include "ui/ColorScheme.h"

#include "ui/AfterFirstPaint.h"
#include "ui/DesktopContrast.h"
#include "ui/VisibleIndicatorStyle.h"

#include <QApplication>
#include <QDBusConnection>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace rc::ui {

namespace {

struct Platform
{
    ColorScheme::Scheme requested = ColorScheme::Scheme::System;
    ColorScheme::Scheme applied = ColorScheme::Scheme::System; // what requested resolved to
    bool desktopHighContrast = false;
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
    if (wanted == QLatin1String("high-contrast"))
        return Scheme::HighContrast;
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

void ColorScheme::apply(Scheme requested)
{
    Platform &p = platform();
    p.requested = requested;
    const Scheme scheme = requested == Scheme::System && p.desktopHighContrast
            ? Scheme::HighContrast
            : requested;
    // Setting the style again would rebuild every widget's look for nothing.
    if (p.installed && scheme == p.applied)
        return;
    savePlatform();
    const bool fromOurPalette = p.installed && p.applied != Scheme::System;
    p.installed = true;
    p.applied = scheme;
    QApplication::setStyle(createStyle(scheme));
    switch (scheme) {
    case Scheme::System:
        if (fromOurPalette)
            QApplication::setPalette(p.palette);
        break;
    case Scheme::Light:
        QApplication::setPalette(light());
        break;
    case Scheme::Dark:
        QApplication::setPalette(dark());
        break;
    case Scheme::HighContrast:
        QApplication::setPalette(highContrast());
        break;
    }
}

ColorScheme::Scheme ColorScheme::shown()
{
    return platform().applied;
}

void ColorScheme::setDesktopHighContrast(bool on)
{
    Platform &p = platform();
    if (p.desktopHighContrast == on)
        return;
    p.desktopHighContrast = on;
    if (p.installed && p.requested == Scheme::System)
        apply(Scheme::System);
}

void ColorScheme::followDesktopAfterFirstPaint(QWidget *window)
{
    if (fromEnvironment() != Scheme::System)
        return;
    setDesktopHighContrast(DesktopContrast::themeAsksForHighContrast());
    afterFirstPaint(window, [] { followDesktop(QDBusConnection::sessionBus()); });
}

QObject *ColorScheme::followDesktop(const QDBusConnection &bus)
{
    auto *desktop = new DesktopContrast(bus, QCoreApplication::instance());
    QObject::connect(desktop, &DesktopContrast::highContrastChanged, desktop,
                     &ColorScheme::setDesktopHighContrast);
    setDesktopHighContrast(desktop->highContrast());
    desktop->start();
    return desktop;
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
                                     scheme == Scheme::HighContrast
                                             ? VisibleIndicatorStyle::Indicators::Strong
                                             : VisibleIndicatorStyle::Indicators::Outlined);
}

QPalette ColorScheme::light()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    // A platform theme that delivers a high-contrast palette itself (KDE's, for one) reaches
    // every widget through "System"; Qt 6.4 tells an application nothing else about the setting
    // on Linux, which DesktopContrast asks the desktop portal for instead.
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

QPalette ColorScheme::highContrast()
{
    // Black on white, as GNOME's HighContrast theme: the 21:1 of plain text, and the tones'
    // accents, made for light windows, only deepen (SeverityStyle) to stay 7:1 on their tints.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor navy(0x00, 0x2f, 0x87); // 12:1 with white: selection, links and focus
    const QColor grey(0x4d, 0x4d, 0x4d); // 8.5:1 on white: disabled text and outlines
    const QColor secondary(0x33, 0x33, 0x33); // 12.6:1 on white, 7:1 or more on every tint
    QPalette p;
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
          QPalette::ToolTipBase, QPalette::Light, QPalette::Midlight, QPalette::BrightText})
        p.setColor(role, white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::Shadow})
        p.setColor(role, black);
    p.setColor(QPalette::Mid, grey);
    p.setColor(QPalette::Dark, grey);
    p.setColor(QPalette::PlaceholderText, secondary);
    p.setColor(QPalette::Highlight, navy);
    p.setColor(QPalette::HighlightedText, white);
    p.setColor(QPalette::Link, navy);
    p.setColor(QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b)); // 10:1 with white
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    return p;
}

} // namespace rc::ui
