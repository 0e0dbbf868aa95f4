#include "cli/CliOptions.h"

#include "profile/TenantProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rc::cli::CliOptions", text);
}

ServiceError usage(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, message);
}

// --csv is a file for `revoke --csv FILE` and a switch for `history --csv`.
enum class CsvOption { File, Switch };

Result<CliOptions> parse(const QStringList &arguments, CsvOption csvOption)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
            "Sign a Microsoft 365 user out of every session on every device.\n\n"
            "Verbs:\n"
            "  revoke    sign a user out (Entra ID by default; --channel spo is the retired\n"
            "            Revoke-SPOUserSession operation), or everyone in --csv FILE\n"
            "  contain   respond to a compromised account: block sign-in, revoke sessions,\n"
            "            disable the user's devices, each step read back (--whatif, --yes,\n"
            "            --reason), then the sign-ins since the revocation\n"
            "  restore   undo contain: unblock sign-in and enable the devices this app\n"
            "            blocked and disabled (sessions stay revoked)\n"
            "  signin    sign in to --tenant and keep the sign-in in the system keychain\n"
            "            (--auth device-code, browser or certificate --certificate FILE)\n"
            "  signout   forget --tenant's sign-in, here and in the keychain\n"
            "  profile   list | export --file F | import --file F (tenant profiles, no secrets)\n"
            "  history   list what the audit log recorded (--since DATE, --csv)\n"
            "  emulator  run the local demo tenant and print its --cloud-config JSON\n"
            "            (--approve-as UPN|none, --write-quota RATE[:BURST], --latency MS)"));
    p.addPositionalArgument(QStringLiteral("verb"),
                            tr("revoke, contain, restore, signin, signout, profile, history or "
                               "emulator"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The user's sign-in name (UPN)."),
                                  tr("upn"));
    const QCommandLineOption whatIf({QStringLiteral("whatif"), QStringLiteral("wi")},
                                    tr("Show what would happen; send no revoking request."));
    const QCommandLineOption yes({QStringLiteral("yes"), QStringLiteral("y")},
                                 tr("Do not ask for confirmation."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("entra (default) or spo."),
                                     tr("channel"), QStringLiteral("entra"));
    const QCommandLineOption tenant(
            QStringLiteral("tenant"),
            tr("Tenant domain or ID; its profile (created on first use) keeps the cloud, client "
               "ID and sign-in. Default: the profile used last."),
            tr("tenant"));
    const QCommandLineOption auth(QStringLiteral("auth"),
                                  tr("signin: device-code, browser or certificate."), tr("flow"));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         tr("signin: the certificate (PEM or PFX) for app-only."),
                                         tr("file"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  tr("profile: the file to export to or "
                                     "import from."),
                                  tr("file"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("global (default), usgov or china."),
                                   tr("cloud"));
    const QCommandLineOption cloudConfig(
            QStringLiteral("cloud-config"),
            tr("JSON file with authority, graph and sharepointAdmin URLs."), tr("file"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      tr("App registration (client) ID."), tr("id"));
    const QCommandLineOption demo(
            QStringLiteral("demo"),
            tr("Use the built-in demo tenant on this computer (no Microsoft account)."));
    const QCommandLineOption approveAs(
            QStringLiteral("approve-as"),
            tr("emulator, and --demo: approve device codes as this user at once "
               "(--demo: sign in as this demo user)."),
            tr("upn"));
    const QCommandLineOption writeQuota(
            QStringLiteral("write-quota"),
            tr("emulator: throttle revocations to RATE per second in bursts of BURST (default: "
               "RATE rounded up), answering 429 with Retry-After as Graph may; overrides "
               "REVOKE_EMULATOR_WRITE_QUOTA."),
            tr("rate[:burst]"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     tr("emulator: answer every request after this many "
                                        "milliseconds (0 to 60000)."),
                                     tr("ms"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Reason or ticket number, kept in the audit log."),
                                    tr("text"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("history: only entries from this date (2026-11-01)."),
                                   tr("date"));
    const QCommandLineOption csv = csvOption == CsvOption::File
            ? QCommandLineOption(QStringLiteral("csv"),
                                 tr("revoke: sign out everyone in this CSV file (a column named "
                                    "UserPrincipalName, upn, user, mail or email). history: print "
                                    "CSV."),
                                 tr("file"))
            : QCommandLineOption(QStringLiteral("csv"), tr("history: print CSV."));
    const QCommandLineOption results(QStringLiteral("results"),
                                     tr("revoke --csv: write one result per row to this CSV file."),
                                     tr("file"));
    const QCommandLineOption restart(
            QStringLiteral("restart"),
            tr("revoke --csv: start the list afresh, ignoring an interrupted run of it."));
    for (const auto &o : {user, whatIf, yes, json, channel, tenant, cloud, cloudConfig, clientId,
                          auth, certificate, file, demo, reason, since, csv, results, restart})
        p.addOption(o);
    p.addOptions({approveAs, writeQuota, latency}); // the emulator verb's
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();

    CliOptions options;
    options.helpText = p.helpText();
    if (!p.parse(arguments))
        return usage(p.errorText());
    options.showHelp = p.isSet(help);
    options.showVersion = p.isSet(version);
    const QStringList positional = p.positionalArguments();
    options.verb = positional.value(0);
    const int words = options.verb == QLatin1String("profile") ? 2 : 1;
    if (positional.size() > words)
        return usage(tr("Unexpected argument: %1").arg(positional.at(words)));
    options.subject = positional.value(1);
    options.user = p.value(user);
    options.whatIf = p.isSet(whatIf);
    options.yes = p.isSet(yes);
    options.json = p.isSet(json);
    options.demo = p.isSet(demo);
    options.channel = p.value(channel).toLower();
    options.tenant = p.value(tenant);
    options.cloud = p.value(cloud);
    options.cloudConfig = p.value(cloudConfig);
    options.clientId = p.value(clientId);
    options.auth = p.value(auth).toLower();
    options.certificate = p.value(certificate);
    options.file = p.value(file);
    options.approveAs = p.value(approveAs);
    options.writeQuota = p.value(writeQuota);
    options.latency = p.value(latency);
    options.reason = p.value(reason);
    options.since = p.value(since);
    options.csv = csvOption == CsvOption::Switch && p.isSet(csv);
    options.csvFile = csvOption == CsvOption::File ? p.value(csv) : QString();
    options.results = p.value(results);
    options.restart = p.isSet(restart);

    // Given but empty would quietly fall back to the environment: refused instead.
    if (p.isSet(writeQuota) && options.writeQuota.trimmed().isEmpty())
        return usage(tr("--write-quota needs RATE or RATE:BURST, for example 50:100."));
    if (p.isSet(latency) && options.latency.trimmed().isEmpty())
        return usage(tr("--latency needs a number of milliseconds, for example 200."));
    if (options.channel != QLatin1String("entra") && options.channel != QLatin1String("spo"))
        return usage(tr("--channel must be entra or spo."));
    if (!options.auth.isEmpty() && !parseFlow(options.auth))
        return usage(tr("--auth must be device-code, browser or certificate."));
    if (!options.cloud.isEmpty() && !options.cloudConfig.isEmpty())
        return usage(tr("Use either --cloud or --cloud-config, not both."));
    if (options.demo && (!options.cloud.isEmpty() || !options.cloudConfig.isEmpty()))
        return usage(tr("--demo brings its own tenant; leave out --cloud and --cloud-config."));
    return options;
}

} // namespace

Result<CliOptions> parseCommandLine(const QStringList &arguments)
{
    const Result<CliOptions> withFile = parse(arguments, CsvOption::File);
    if (withFile && withFile.value().verb == QLatin1String("revoke")) {
        const CliOptions &o = withFile.value();
        if (!o.csvFile.isEmpty() && !o.user.isEmpty())
            return usage(tr("Use either --user or --csv, not both."));
        if (o.csvFile.isEmpty() && (!o.results.isEmpty() || o.restart))
            return usage(tr("--results and --restart go with --csv FILE."));
        return withFile;
    }
    const Result<CliOptions> withSwitch = parse(arguments, CsvOption::Switch);
    if (withSwitch && withSwitch.value().verb == QLatin1String("revoke") && withSwitch.value().csv)
        return usage(tr("--csv needs the file to read: revoke --csv users.csv"));
    return withSwitch;
}

} // namespace rc::cli
