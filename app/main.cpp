// revoke-console: a command-line verb, or the window (on the demo tenant with --demo).
#include "auth/SecretStore.h"
#include "cli/CliOptions.h"
#include "cli/CommandLine.h"
#include "cli/ConnectionOptions.h"
#include "cli/DemoLaunch.h"
#include "cli/ExitCode.h"
#include "core/FirstPaintReport.h"
#include "core/ProcessGuard.h"
#include "core/Translations.h"
#include "emulator/TenantEmulator.h"
#include "ui/AfterFirstPaint.h"
#include "ui/ColorScheme.h"
#include "ui/MainWindow.h"

#include "ApplicationIcon.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace rc;

namespace {

int refuse(const QString &message)
{
    QMessageBox::critical(nullptr, QApplication::translate("main", "Revoke Console"), message);
    return cli::processExitCode(cli::ExitCode::Usage);
}

// The profile the options name, else the one used last. With neither, "organizations", unsaved:
// the first tenant signed in to in the window becomes the first profile.
Result<ConnectionSettings> windowSettings(const cli::CliOptions &o, Settings &profiles)
{
    if (o.tenant.isEmpty() && o.cloud.isEmpty() && o.cloudConfig.isEmpty() && o.clientId.isEmpty()
        && o.auth.isEmpty() && o.certificate.isEmpty() && profiles.currentProfileId().isEmpty()) {
        const auto fresh = TenantProfile::forTenant(QStringLiteral("organizations"));
        if (!fresh)
            return fresh.error();
        return connectionSettingsFor(fresh.value());
    }
    const auto profile = cli::resolveProfile(o, profiles);
    if (!profile)
        return profile.error();
    return connectionSettingsFor(profile.value());
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Before any secret is read: the window and every verb.
    keepMemoryPrivate();
    keepStandardStreamsOpen();
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOKE_VERSION));
    if (cli::wantsCommandLine(argc, argv))
        return cli::runCommandLine(argc, argv);

    QApplication app(argc, argv);
    // The language the settings name, else the system's.
    Translations::install(Settings().language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Revoke Console"));
    // Wayland's app id: the desktop entry, and so the menu's icon, belong to the window.
    QGuiApplication::setDesktopFileName(QStringLiteral(REVOKE_APP_ID));
    const auto options = cli::parseCommandLine(QApplication::arguments());
    if (!options)
        return refuse(options.error().message);

    // The demo tenant lives as long as the window that talks to it; it keeps no profile and nothing
    // in the keychain.
    const bool demo = options.value().demo;
    std::unique_ptr<emu::TenantEmulator> demoTenant;
    Settings profiles;
    SecretStore keychain;
    Result<ConnectionSettings> settings = ServiceError {};
    if (demo) {
        demoTenant = std::make_unique<emu::TenantEmulator>();
        settings = cli::launchDemo(*demoTenant, options.value().approveAs, cli::DemoApprovalMs);
    } else {
        settings = windowSettings(options.value(), profiles);
    }
    if (!settings)
        return refuse(settings.error().message);

    FirstPaintReport firstPaint(sinceMain);
    ui::MainWindow window(settings.value(), demo);
    // Looking the icon up in the desktop's icon themes reads their index files (a quarter of the
    // work to the first frame); the window manager takes the icon as well a moment later. Asked
    // before the first-paint report's filter is installed, which then sees the paint first: the
    // report's figure does not include this work.
    ui::afterFirstPaint(&window, [] { QApplication::setWindowIcon(applicationIcon()); });
    // "System" follows the desktop's high-contrast setting, asked once the window is up.
    ui::ColorScheme::followDesktopAfterFirstPaint(&window);
    if (FirstPaintReport::wanted())
        window.installEventFilter(&firstPaint);
    if (!demo)
        window.useProfiles(&profiles, &keychain);
    else
        window.useSettings(&profiles); // the preferences only: the demo keeps no profile
    window.show();
    return app.exec();
}
