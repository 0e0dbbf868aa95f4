#include "cli/ProfileCommand.h"

#include "cli/Console.h"
#include "profile/Settings.h"

#include <QCoreApplication>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class ProfileCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::ProfileCommand)
};

ExitCode list(Settings &settings)
{
    const QList<TenantProfile> profiles = settings.profiles();
    if (profiles.isEmpty()) {
        Console::out(ProfileCommandTr::tr(
                "No tenant profiles yet. One is created the first time you use "
                "--tenant."));
        return ExitCode::Success;
    }
    const QString current = settings.currentProfileId();
    for (const TenantProfile &p : profiles) {
        Console::out(ProfileCommandTr::tr("%1 %2  tenant %3, cloud %4, sign-in %5%6")
                             .arg(p.id == current ? QStringLiteral("*") : QStringLiteral(" "),
                                  p.name, p.tenant, p.cloud, flowName(p.flow),
                                  p.lastAccount.isEmpty()
                                          ? QString()
                                          : ProfileCommandTr::tr(", last signed in as %1")
                                                    .arg(p.lastAccount)));
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
        Console::err(ProfileCommandTr::tr("Say which file: --file profile.json"));
        return ExitCode::Usage;
    }
    if (action == QLatin1String("export")) {
        const QString id = TenantProfile::idFor(
                options.tenant.isEmpty() ? settings.currentProfileId() : options.tenant);
        const auto profile = settings.profile(id);
        if (!profile) {
            Console::err(ProfileCommandTr::tr(
                                 "There is no profile for \"%1\". See: revoke-console profile list")
                                 .arg(id));
            return ExitCode::Usage;
        }
        const auto written = profile->exportFile(options.file);
        if (!written) {
            Console::err(written.error().message);
            return ExitCode::Usage;
        }
        Console::out(ProfileCommandTr::tr(
                             "Exported %1 to %2 (no secrets: sign in again on the other computer).")
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
        Console::out(
                ProfileCommandTr::tr(
                        "Imported %1 (tenant %2). Sign in with: revoke-console signin --tenant %2")
                        .arg(profile.value().name, profile.value().tenant));
        return ExitCode::Success;
    }
    Console::err(ProfileCommandTr::tr("Unknown profile action \"%1\". Use list, export or import.")
                         .arg(action));
    return ExitCode::Usage;
}

} // namespace rc::cli
