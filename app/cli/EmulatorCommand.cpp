#include "cli/EmulatorCommand.h"

#include "cli/Console.h"
#include "cli/DemoLaunch.h"
#include "emulator/TenantEmulator.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace rc::cli {

EmulatorCommand::EmulatorCommand(CliOptions options)
    : m_options(std::move(options))
{ }

EmulatorCommand::~EmulatorCommand() = default;

std::optional<ExitCode> EmulatorCommand::start()
{
    double perSecond = 0;
    int burst = 0;
    int latencyMs = 0;
    if (!readWriteQuota(&perSecond, &burst) || !readLatency(&latencyMs))
        return ExitCode::Usage;
    m_emulator = std::make_unique<emu::TenantEmulator>();
    QString why;
    if (!m_emulator->start(&why)) {
        Console::err(QCoreApplication::translate("rc::cli", "The emulator could not start: %1")
                             .arg(why));
        return ExitCode::Failure;
    }
    // "none" leaves codes pending until approved on the emulator's device login page.
    const QString approveAs
            = m_options.approveAs.isEmpty() ? QLatin1String(DemoAdmin) : m_options.approveAs;
    if (approveAs != QLatin1String("none"))
        m_emulator->setAutoApproveAs(approveAs);
    if (perSecond > 0) {
        m_emulator->setWriteQuota(perSecond, burst);
        Console::err(QCoreApplication::translate("rc::cli",
                                                 "Revocations are throttled to %1 per second "
                                                 "(bursts of %2), as Microsoft Graph may do.")
                             .arg(perSecond)
                             .arg(burst));
    }
    if (latencyMs > 0) {
        m_emulator->setAnswerLatency(latencyMs);
        Console::err(QCoreApplication::translate("rc::cli", "Every answer is delayed by %1 ms.")
                             .arg(latencyMs));
    }
    Console::out(QString::fromUtf8(
            QJsonDocument(m_emulator->cloudConfig()).toJson(QJsonDocument::Compact)));
    Console::err(QCoreApplication::translate(
                         "rc::cli",
                         "Demo tenant %1 is running on this computer. Save the line above as "
                         "cloud.json and run, for example:\n"
                         "  revoke-console revoke --cloud-config cloud.json --tenant %1 --user "
                         "adele.vance@%1\nPress Ctrl+C to stop.")
                         .arg(QLatin1String(DemoTenantDomain)));
    return std::nullopt;
}

bool EmulatorCommand::readWriteQuota(double *perSecond, int *burst) const
{
    // The option wins: the environment is read only when it is not given.
    const bool fromOption = !m_options.writeQuota.isEmpty();
    const QString quota = fromOption ? m_options.writeQuota
                                     : qEnvironmentVariable("REVOKE_EMULATOR_WRITE_QUOTA");
    if (quota.isEmpty() || parseWriteQuota(quota, perSecond, burst))
        return true;
    const QString source = fromOption ? QStringLiteral("--write-quota")
                                      : QStringLiteral("REVOKE_EMULATOR_WRITE_QUOTA");
    Console::err(QCoreApplication::translate("rc::cli",
                                             "%1 must be RATE or RATE:BURST, for example 50:100; "
                                             "it is \"%2\".")
                         .arg(source, Console::printable(quota)));
    return false;
}

bool EmulatorCommand::readLatency(int *ms) const
{
    if (m_options.latency.isEmpty() || parseLatency(m_options.latency, ms))
        return true;
    Console::err(QCoreApplication::translate("rc::cli",
                                             "--latency must be whole milliseconds from 0 to %1, "
                                             "for example 200; it is \"%2\".")
                         .arg(MaxLatencyMs)
                         .arg(Console::printable(m_options.latency)));
    return false;
}

bool EmulatorCommand::parseLatency(const QString &text, int *ms)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > MaxLatencyMs)
        return false;
    *ms = value;
    return true;
}

bool EmulatorCommand::parseWriteQuota(const QString &text, double *perSecond, int *burst)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    bool ok = false;
    const double rate = parts.at(0).toDouble(&ok);
    if (!ok || !(rate > 0) || !std::isfinite(rate))
        return false;
    int size = static_cast<int>(std::ceil(qMin(rate, 1e6)));
    if (parts.size() == 2) {
        size = parts.at(1).toInt(&ok);
        if (!ok || size < 1)
            return false;
    }
    *perSecond = rate;
    *burst = size;
    return true;
}

} // namespace rc::cli
