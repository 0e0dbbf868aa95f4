// revoke-console: a command-line verb, or the window (on the demo tenant with --demo).
#include "cli/CliOptions.h"
#include "cli/CommandLine.h"
#include "cli/ConnectionOptions.h"
#include "cli/DemoLaunch.h"
#include "emulator/TenantEmulator.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

#include <memory>

using namespace rc;

namespace {

int refuse(const QString &message)
{
    QMessageBox::critical(nullptr, QApplication::translate("main", "Revoke Console"), message);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOKE_VERSION));
    if (cli::wantsCommandLine(argc, argv))
        return cli::runCommandLine(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Revoke Console"));
    const auto options = cli::parseCommandLine(QApplication::arguments());
    if (!options)
        return refuse(options.error().message);

    // The demo tenant lives as long as the window that talks to it.
    std::unique_ptr<emu::TenantEmulator> demoTenant;
    Result<ConnectionSettings> settings = ServiceError {};
    if (options.value().demo) {
        demoTenant = std::make_unique<emu::TenantEmulator>();
        settings = cli::launchDemo(*demoTenant);
    } else {
        settings = cli::connectionSettings(options.value());
    }
    if (!settings)
        return refuse(settings.error().message);

    ui::MainWindow window(settings.value(), options.value().demo);
    window.show();
    return app.exec();
}
