// "System" follows the desktop's high-contrast setting: a fake XDG desktop portal
// (org.freedesktop.portal.Settings) on a private bus daemon started for the test answers the
// contrast key and announces its changes; the application's scheme and palette follow each one.
// With no portal on the bus, "System" keeps the platform's palette.
#include "ui/DesktopContrast.h"
#include "support/WaitFor.h"
#include "ui/ColorScheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <memory>

using namespace rc;
using namespace rc::test;
using rc::ui::ColorScheme;
using rc::ui::DesktopContrast;

namespace {

const QString Appearance = QStringLiteral("org.freedesktop.appearance");
const QString GnomeA11y = QStringLiteral("org.gnome.desktop.a11y.interface");

// The portal's Settings interface, answering from `values` (namespace + '/' + key). An old portal
// (before version 2) has Read only, which wraps the value in one more variant.
class FakePortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    QHash<QString, QVariant> values;
    bool old = false;
    QStringList asked; // "ReadOne namespace key", in order

public Q_SLOTS:
    QDBusVariant ReadOne(const QString &ns, const QString &key)
    {
        asked << QStringLiteral("ReadOne %1 %2").arg(ns, key);
        if (old) {
            sendErrorReply(QDBusError::UnknownMethod, QStringLiteral("No such method"));
            return {};
        }
        return QDBusVariant(value(ns, key));
    }
    QDBusVariant Read(const QString &ns, const QString &key)
    {
        asked << QStringLiteral("Read %1 %2").arg(ns, key);
        return QDBusVariant(QVariant::fromValue(QDBusVariant(value(ns, key))));
    }

private:
    QVariant value(const QString &ns, const QString &key)
    {
        const QVariant found = values.value(ns + QLatin1Char('/') + key);
        if (!found.isValid())
            sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                           QStringLiteral("Requested setting not found"));
        return found.isValid() ? found : QVariant(0u);
    }
};

class FollowDesktop : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            GTEST_SKIP() << "no dbus-daemon to run a private bus";
        m_daemon.start(daemon,
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
        ASSERT_TRUE(m_daemon.waitForStarted());
        ASSERT_TRUE(waitFor([this] { return m_daemon.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        // What System shows without our help: the test main's Fusion palette.
        ColorScheme::apply(ColorScheme::Scheme::System);
        m_platform = QApplication::palette();
    }
    void TearDown() override
    {
        delete m_watcher;
        ColorScheme::setDesktopHighContrast(false);
        ColorScheme::apply(ColorScheme::Scheme::System);
        for (const QString &name : {QStringLiteral("portal"), QStringLiteral("app")})
            QDBusConnection::disconnectFromBus(name + m_address);
        m_daemon.kill();
        m_daemon.waitForFinished();
    }

    QDBusConnection bus(const QString &name)
    {
        return QDBusConnection::connectToBus(m_address, name + m_address);
    }
    // The fake portal on the private bus, under the portal's name and path.
    void publish(FakePortal *portal)
    {
        QDBusConnection connection = bus(QStringLiteral("portal"));
        ASSERT_TRUE(connection.isConnected()) << connection.lastError().message().toStdString();
        ASSERT_TRUE(connection.registerService(DesktopContrast::Service));
        ASSERT_TRUE(connection.registerObject(DesktopContrast::Path, portal,
                                              QDBusConnection::ExportAllSlots));
    }
    void announce(const QString &ns, const QString &key, const QVariant &value)
    {
        QDBusMessage signal
                = QDBusMessage::createSignal(DesktopContrast::Path, DesktopContrast::Interface,
                                             QStringLiteral("SettingChanged"));
        signal << ns << key << QVariant::fromValue(QDBusVariant(value));
        ASSERT_TRUE(bus(QStringLiteral("portal")).send(signal));
    }
    // Follows the desktop through the private bus and waits for the portal's answers.
    void follow()
    {
        QDBusConnection connection = bus(QStringLiteral("app"));
        ASSERT_TRUE(connection.isConnected());
        m_watcher = ColorScheme::followDesktop(connection);
        auto settled = std::make_shared<bool>(false);
        QObject::connect(qobject_cast<DesktopContrast *>(m_watcher.data()),
                         &DesktopContrast::settled, m_watcher, [settled] { *settled = true; });
        ASSERT_TRUE(waitFor([settled] { return *settled; }, 15000)) << "the portal did not answer";
    }
    bool showsHighContrast() const
    {
        const QPalette high = ColorScheme::highContrast();
        return ColorScheme::shown() == ColorScheme::Scheme::HighContrast
                && QApplication::palette().color(QPalette::Window) == high.color(QPalette::Window)
                && QApplication::palette().color(QPalette::Highlight)
                == high.color(QPalette::Highlight);
    }
    bool showsPlatform() const
    {
        return ColorScheme::shown() == ColorScheme::Scheme::System
                && QApplication::palette() == m_platform;
    }

    QProcess m_daemon;
    QString m_address;
    QPalette m_platform;
    QPointer<QObject> m_watcher;
};

} // namespace

TEST_F(FollowDesktop, SystemFollowsThePortalsContrastAndItsChanges)
{
    FakePortal portal;
    portal.values[Appearance + QStringLiteral("/contrast")] = 1u;
    ASSERT_NO_FATAL_FAILURE(publish(&portal));
    ASSERT_NE(m_platform.color(QPalette::Highlight),
              ColorScheme::highContrast().color(QPalette::Highlight));
    ASSERT_NO_FATAL_FAILURE(follow());
    EXPECT_TRUE(
            portal.asked.contains(QStringLiteral("ReadOne org.freedesktop.appearance contrast")))
            << portal.asked.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(showsHighContrast());

    announce(Appearance, QStringLiteral("contrast"), 0u);
    EXPECT_TRUE(waitFor([this] { return showsPlatform(); })) << "contrast 0: the platform's back";
    announce(Appearance, QStringLiteral("contrast"), 1u);
    EXPECT_TRUE(waitFor([this] { return showsHighContrast(); })) << "contrast 1 again";
    // Another key changes nothing.
    announce(Appearance, QStringLiteral("color-scheme"), 1u);
    QApplication::processEvents();
    EXPECT_TRUE(showsHighContrast());

    // A scheme chosen in Settings wins over the desktop; System follows it again.
    ColorScheme::applyPreference(QStringLiteral("light"));
    EXPECT_EQ(ColorScheme::shown(), ColorScheme::Scheme::Light);
    EXPECT_EQ(QApplication::palette().color(QPalette::Highlight),
              ColorScheme::light().color(QPalette::Highlight));
    ColorScheme::applyPreference(QString());
    EXPECT_TRUE(showsHighContrast());
}

TEST_F(FollowDesktop, ASchemeNamedInTheEnvironmentWinsOverTheDesktop)
{
    FakePortal portal;
    portal.values[Appearance + QStringLiteral("/contrast")] = 1u;
    ASSERT_NO_FATAL_FAILURE(publish(&portal));
    qputenv("REVOKE_CONSOLE_PALETTE", "dark");
    ColorScheme::applyPreference(QString()); // the stored System
    ASSERT_NO_FATAL_FAILURE(follow());
    const ColorScheme::Scheme shown = ColorScheme::shown();
    const QColor window = QApplication::palette().color(QPalette::Window);
    qunsetenv("REVOKE_CONSOLE_PALETTE");
    EXPECT_EQ(shown, ColorScheme::Scheme::Dark);
    EXPECT_EQ(window, ColorScheme::dark().color(QPalette::Window));
}

TEST_F(FollowDesktop, AnOlderPortalIsReadThroughRead)
{
    FakePortal portal;
    portal.old = true;
    portal.values[Appearance + QStringLiteral("/contrast")] = 1u;
    ASSERT_NO_FATAL_FAILURE(publish(&portal));
    ASSERT_NO_FATAL_FAILURE(follow());
    EXPECT_TRUE(portal.asked.contains(QStringLiteral("Read org.freedesktop.appearance contrast")))
            << portal.asked.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(showsHighContrast());
}

TEST_F(FollowDesktop, GnomesOwnKeyCountsWhenThePortalLacksTheStandardOne)
{
    FakePortal portal;
    portal.values[GnomeA11y + QStringLiteral("/high-contrast")] = true;
    ASSERT_NO_FATAL_FAILURE(publish(&portal));
    ASSERT_NO_FATAL_FAILURE(follow());
    EXPECT_TRUE(showsHighContrast());
    announce(GnomeA11y, QStringLiteral("high-contrast"), false);
    EXPECT_TRUE(waitFor([this] { return showsPlatform(); }));
}

TEST_F(FollowDesktop, WithNoPortalSystemKeepsThePlatformsPalette)
{
    ASSERT_NO_FATAL_FAILURE(follow());
    EXPECT_TRUE(showsPlatform());
}

TEST(DesktopContrastTheme, NamesOfHighContrastGtkThemes)
{
    for (const char *name : {"HighContrast", "HighContrastInverse", "highcontrast:dark",
                             "Adwaita-hc", "Default-hc-dark"})
        EXPECT_TRUE(DesktopContrast::isHighContrastTheme(QString::fromLatin1(name))) << name;
    for (const char *name : {"", "Adwaita", "Adwaita:dark", "Breeze", "Yaru-dark"})
        EXPECT_FALSE(DesktopContrast::isHighContrastTheme(QString::fromLatin1(name))) << name;
}

#include "DesktopContrastTest.moc"
