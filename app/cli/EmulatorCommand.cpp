#include "cli/EmulatorCommand.h"

#include "cli/Console.h"
#include "cli/DemoLaunch.h"
#include "emulator/TenantEmulator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rc::cli {

EmulatorCommand::EmulatorCommand(CliOptions options)
    : m_options(std::move(options))
{ }

EmulatorCommand::~EmulatorCommand() = default;

int EmulatorCommand::start()
{
    m_emulator = std::make_unique<emu::TenantEmulator>();
    QString why;
    if (!m_emulator->start(&why)) {
        Console::err(QCoreApplication::translate("rc::cli", "The emulator could not start: %1")
                             .arg(why));
        return 5;
    }
    // "none" leaves codes pending until approved on the emulator's device login page.
    const QString approveAs
            = m_options.approveAs.isEmpty() ? QLatin1String(DemoAdmin) : m_options.approveAs;
    if (approveAs != QLatin1String("none"))
        m_emulator->setAutoApproveAs(approveAs);
    Console::out(QString::fromUtf8(
            QJsonDocument(m_emulator->cloudConfig()).toJson(QJsonDocument::Compact)));
    Console::err(QCoreApplication::translate(
                         "rc::cli",
                         "Demo tenant %1 is running on this computer. Save the line above as "
                         "cloud.json and run, for example:\n"
                         "  revoke-console revoke --cloud-config cloud.json --tenant %1 --user "
                         "adele.vance@%1\nPress Ctrl+C to stop.")
                         .arg(QLatin1String(DemoTenantDomain)));
    return -1;
}

} // namespace rc::cli
