#include "cli/ProfileCommand.h"

#include "cli/Console.h"
#include "profile/Settings.h"

#include <QCoreApplication>

namespace rc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rc::cli::ProfileCommand", text);
}

ExitCode list(Settings &settings)
{
    const QList<TenantProfile> profiles = settings.profiles();
    if (profiles.isEmpty()) {
        Console::out(tr("No tenant profiles yet. One is created the first time you use "
                        "--tenant."));
        return ExitCode::Success;
    }
    const QString current = settings.currentProfileId();
    for (const TenantProfile &p : profiles) {
        Console::out(QStringLiteral("%1 %2  tenant %3, cloud %4, sign-in %5%6")
                             .arg(p.id == current ? QStringLiteral("*") : QStringLiteral(" "),
                                  p.name, p.tenant, p.cloud, flowName(p.flow),
                                  p.lastAccount.isEmpty()
                                          ? QString()
                                          : tr(", last signed in as %1").arg(p.lastAccount)));
    }
    return ExitCode::Success;
}

} // namespace

ExitCode runProfile(const CliOptions &options)
{
    Settings settings;
    const QString action = options.subject.isEmpty() ? QStringLiteral("list") : options.subject;
    if (action == QLatin1String("list"))
        return list(settings);
    if (options.file.isEmpty()) {
        Console::err(tr("Say which file: --file profile.json"));
        return ExitCode::Usage;
    }
    if (action == QLatin1String("export")) {
        const QString id = TenantProfile::idFor(
                options.tenant.isEmpty() ? settings.currentProfileId() : options.tenant);
        const auto profile = settings.profile(id);
        if (!profile) {
            Console::err(
                    tr("There is no profile for \"%1\". See: revoke-console profile list").arg(id));
            return ExitCode::Usage;
        }
        const auto written = profile->exportFile(options.file);
        if (!written) {
            Console::err(written.error().message);
            return ExitCode::Usage;
        }
        Console::out(tr("Exported %1 to %2 (no secrets: sign in again on the other computer).")
                             .arg(profile->name, options.file));
        return ExitCode::Success;
    }
    if (action == QLatin1String("import")) {
        const auto profile = TenantProfile::importFile(options.file);
        if (!profile) {
            Console::err(profile.error().message);
            return ExitCode::Usage;
        }
        settings.saveProfile(profile.value());
        Console::out(tr("Imported %1 (tenant %2). Sign in with: revoke-console signin --tenant %2")
                             .arg(profile.value().name, profile.value().tenant));
        return ExitCode::Success;
    }
    Console::err(tr("Unknown profile action \"%1\". Use list, export or import.").arg(action));
    return ExitCode::Usage;
}

} // namespace rc::cli
