#pragma once
// Whether the desktop asks for high contrast, read without blocking and followed while running.
// Sources, strongest first: GTK_THEME naming a high-contrast theme (it overrides the desktop for
// the process, as it does for GTK applications); the XDG desktop portal's Settings interface on
// the session bus, its standard key org.freedesktop.appearance "contrast" (1: higher contrast)
// and, when the portal does not know that key (GNOME before 45), GNOME's own
// org.gnome.desktop.a11y.interface "high-contrast". Qt 6.4 reads neither on Linux.

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <optional>

class QDBusMessage;
class QDBusVariant;

namespace rc::ui {

class DesktopContrast final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopContrast)
public:
    explicit DesktopContrast(const QDBusConnection &bus, QObject *parent = nullptr);

    // Subscribes to the portal's changes, then asks it (asynchronously): highContrastChanged
    // follows once the answers change what is known.
    void start();
    bool highContrast() const;

    // GTK_THEME's value names a high-contrast theme: "HighContrast", "HighContrastInverse",
    // GTK 4's "Default-hc" and "Adwaita-hc", with or without a ":variant".
    static bool isHighContrastTheme(const QString &gtkTheme);
    // The GTK_THEME of this process names one: known at once, before any question on the bus.
    static bool themeAsksForHighContrast();

    static const QString Service; // org.freedesktop.portal.Desktop
    static const QString Path; // /org/freedesktop/portal/desktop
    static const QString Interface; // org.freedesktop.portal.Settings

Q_SIGNALS:
    void highContrastChanged(bool on);
    void settled(); // every question start() asked has its answer, or its error

private Q_SLOTS:
    void onSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    enum class Method { ReadOne, Read };
    void read(const QString &ns, const QString &key, Method method);
    void take(const QString &ns, const QString &key, const QVariant &value);
    void update();

    QDBusConnection m_bus;
    bool m_theme = false;
    std::optional<bool> m_appearance; // the standard key, once the portal has answered it
    std::optional<bool> m_gnome;
    bool m_on = false;
    int m_pending = 0;
    bool m_loggedSilence = false;
};

} // namespace rc::ui
