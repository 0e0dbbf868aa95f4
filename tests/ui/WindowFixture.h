#pragma once
// A test fixture with the real tenant emulator on loopback and the real main window pointed at
// it, driven through a WindowDriver. openSignedIn() opens the window in demo mode (sign-in starts
// by itself, the device code is approved as the chosen admin) and waits until the pane shows the
// account; the search debounce is cut to 0 ms so tests are quick, the rest is the real behaviour.
// openWithProfiles() opens a non-demo window on tenant profiles kept in a temporary settings file.

#include "WindowDriver.h"
#include "connection/TenantConnection.h"
#include "emulator/TenantEmulator.h"
#include "profile/Settings.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"
#include "ui/MainWindow.h"

#include <QEvent>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace rc {
class SecretStore;
}

namespace rc::test {

inline const QString Domain = QStringLiteral("contoso.onmicrosoft.com");
inline QString upn(const char *name)
{
    return QString::fromUtf8(name) + QLatin1Char('@') + Domain;
}
inline const QString GuestUpn
        = QStringLiteral("jane.doe_fabrikam.com#EXT#@contoso.onmicrosoft.com");

class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    void openWindow(bool demo);
    void openSignedIn(const QString &admin = upn("admin"));
    // A non-demo window on profiles(), with this keychain (null: none), as main.cpp opens it.
    void openWithProfiles(SecretStore *keychain = nullptr);
    void closeWindow();
    // The temporary settings file's profiles (made on first use, kept until the test ends).
    Settings &profiles();
    QByteArray settingsFileContent();
    // A profile of the emulator's cloud, saved; current (the one a window opens on) if asked.
    TenantProfile saveProfile(const QString &tenant, const QString &name = {},
                              SignInFlow flow = SignInFlow::DeviceCode, bool current = false);
    // Search, wait for the answer and pick the user: the card then shows them.
    void findAndPick(const QString &query, const QString &upn);

    TenantConnection &connection() const;
    QList<emu::EmulatedRequest> requests(emu::Service service, const QByteArray &method,
                                         const QString &pathContains) const;
    // Graph revokeSignInSessions and SharePoint ProcessQuery calls: the only revoking requests.
    int revokingRequests() const;
    int graphRevokes() const;
    int sharePointRevokes() const;

    // The emulator's and the window's connection's: runs in real time. Device codes are approved
    // on issue and polled at once, so a sign-in waits no interval.
    ManualClock m_clock {ManualClock::Flow::RealTime};
    std::unique_ptr<emu::TenantEmulator> m_emulator;
    ConnectionSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<WindowDriver> m_driver;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Settings> m_profiles;
};

} // namespace rc::test
