#include "cli/CliOptions.h"

#include "profile/TenantProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class CliOptionsTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::CliOptions)
};

ServiceError usage(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, message);
}

// --csv is a file for `revoke --csv FILE` and a switch for `history --csv`.
enum class CsvOption { File, Switch };

Result<CliOptions> parse(const QStringList &arguments, CsvOption csvOption)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliOptionsTr::tr(
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
    p.addPositionalArgument(
            CliOptionsTr::tr("verb"),
            CliOptionsTr::tr("revoke, contain, restore, signin, signout, profile, history or "
                             "emulator"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  CliOptionsTr::tr("The user's sign-in name (UPN)."),
                                  CliOptionsTr::tr("upn"));
    const QCommandLineOption whatIf(
            {QStringLiteral("whatif"), QStringLiteral("wi")},
            CliOptionsTr::tr("Show what would happen; send no revoking request."));
    const QCommandLineOption yes({QStringLiteral("yes"), QStringLiteral("y")},
                                 CliOptionsTr::tr("Do not ask for confirmation."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliOptionsTr::tr("Print the outcome as JSON."));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     CliOptionsTr::tr("entra (default) or spo."),
                                     CliOptionsTr::tr("channel"), QStringLiteral("entra"));
    const QCommandLineOption tenant(
            QStringLiteral("tenant"),
            CliOptionsTr::tr("Tenant domain or ID; its profile (created on first use) keeps the "
                             "cloud, client "
                             "ID and sign-in. Default: the profile used last."),
            CliOptionsTr::tr("tenant"));
    const QCommandLineOption auth(QStringLiteral("auth"),
                                  CliOptionsTr::tr("signin: device-code, browser or certificate."),
                                  CliOptionsTr::tr("flow"));
    const QCommandLineOption certificate(
            QStringLiteral("certificate"),
            CliOptionsTr::tr("signin: the certificate (PEM or PFX) for app-only."),
            CliOptionsTr::tr("file"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  CliOptionsTr::tr("profile: the file to export to or "
                                                   "import from."),
                                  CliOptionsTr::tr("file"));
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   CliOptionsTr::tr("global (default), usgov or china."),
                                   CliOptionsTr::tr("cloud"));
    const QCommandLineOption cloudConfig(
            QStringLiteral("cloud-config"),
            CliOptionsTr::tr("JSON file with authority, graph and sharepointAdmin URLs."),
            CliOptionsTr::tr("file"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      CliOptionsTr::tr("App registration (client) ID."),
                                      CliOptionsTr::tr("id"));
    const QCommandLineOption demo(
            QStringLiteral("demo"),
            CliOptionsTr::tr(
                    "Use the built-in demo tenant on this computer (no Microsoft account)."));
    const QCommandLineOption approveAs(
            QStringLiteral("approve-as"),
            CliOptionsTr::tr("emulator, and --demo: approve device codes as this user at once "
                             "(--demo: sign in as this demo user)."),
            CliOptionsTr::tr("upn"));
    const QCommandLineOption writeQuota(
            QStringLiteral("write-quota"),
            CliOptionsTr::tr(
                    "emulator: throttle revocations to RATE per second in bursts of BURST "
                    "(default: "
                    "RATE rounded up), answering 429 with Retry-After as Graph may; overrides "
                    "REVOKE_EMULATOR_WRITE_QUOTA."),
            CliOptionsTr::tr("rate[:burst]"));
    const QCommandLineOption latency(
            QStringLiteral("latency"),
            CliOptionsTr::tr("emulator: answer every request after this many "
                             "milliseconds (0 to 60000)."),
            CliOptionsTr::tr("ms"));
    const QCommandLineOption reason(
            QStringLiteral("reason"),
            CliOptionsTr::tr("Reason or ticket number, kept in the audit log."),
            CliOptionsTr::tr("text"));
    const QCommandLineOption since(
            QStringLiteral("since"),
            CliOptionsTr::tr("history: only entries from this date (2026-11-01)."),
            CliOptionsTr::tr("date"));
    const QCommandLineOption csv = csvOption == CsvOption::File
            ? QCommandLineOption(
                    QStringLiteral("csv"),
                    CliOptionsTr::tr("revoke: sign out everyone in this CSV file (a column named "
                                     "UserPrincipalName, upn, user, mail or email). history: print "
                                     "CSV."),
                    CliOptionsTr::tr("file"))
            : QCommandLineOption(QStringLiteral("csv"), CliOptionsTr::tr("history: print CSV."));
    const QCommandLineOption results(
            QStringLiteral("results"),
            CliOptionsTr::tr("revoke --csv: write one result per row to this CSV file."),
            CliOptionsTr::tr("file"));
    const QCommandLineOption restart(
            QStringLiteral("restart"),
            CliOptionsTr::tr(
                    "revoke --csv: start the list afresh, ignoring an interrupted run of it."));
    for (const auto &o : {user, whatIf, yes, json, channel, tenant, cloud, cloudConfig, clientId,
                          auth, certificate, file, demo, reason, since, csv, results, restart})
        p.addOption(o);
    p.addOptions({approveAs, writeQuota, latency}); // the emulator verb's
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();

    CliOptions options;
    if (!p.parse(arguments))
        return usage(p.errorText());
    options.showHelp = p.isSet(help);
    if (options.showHelp) // formatting every option's text is most of a parse's work
        options.helpText = p.helpText();
    options.showVersion = p.isSet(version);
    const QStringList positional = p.positionalArguments();
    options.verb = positional.value(0);
    const int words = options.verb == QLatin1String("profile") ? 2 : 1;
    if (positional.size() > words)
        return usage(CliOptionsTr::tr("Unexpected argument: %1").arg(positional.at(words)));
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
        return usage(
                CliOptionsTr::tr("--write-quota needs RATE or RATE:BURST, for example 50:100."));
    if (p.isSet(latency) && options.latency.trimmed().isEmpty())
        return usage(
                CliOptionsTr::tr("--latency needs a number of milliseconds, for example 200."));
    if (options.channel != QLatin1String("entra") && options.channel != QLatin1String("spo"))
        return usage(CliOptionsTr::tr("--channel must be entra or spo."));
    if (!options.auth.isEmpty() && !parseFlow(options.auth))
        return usage(CliOptionsTr::tr("--auth must be device-code, browser or certificate."));
    if (!options.cloud.isEmpty() && !options.cloudConfig.isEmpty())
        return usage(CliOptionsTr::tr("Use either --cloud or --cloud-config, not both."));
    if (options.demo && (!options.cloud.isEmpty() || !options.cloudConfig.isEmpty()))
        return usage(CliOptionsTr::tr(
                "--demo brings its own tenant; leave out --cloud and --cloud-config."));
    return options;
}

} // namespace

Result<CliOptions> parseCommandLine(const QStringList &arguments)
{
    // The window started with nothing asked (a menu entry, a double-click): the defaults, without
    // building a parser of every option and its translated text on the way to the first frame.
    if (arguments.size() <= 1)
        return CliOptions {};
    const Result<CliOptions> withFile = parse(arguments, CsvOption::File);
    if (withFile && withFile.value().verb == QLatin1String("revoke")) {
        const CliOptions &o = withFile.value();
        if (!o.csvFile.isEmpty() && !o.user.isEmpty())
            return usage(CliOptionsTr::tr("Use either --user or --csv, not both."));
        if (o.csvFile.isEmpty() && (!o.results.isEmpty() || o.restart))
            return usage(CliOptionsTr::tr("--results and --restart go with --csv FILE."));
        return withFile;
    }
    const Result<CliOptions> withSwitch = parse(arguments, CsvOption::Switch);
    if (withSwitch && withSwitch.value().verb == QLatin1String("revoke") && withSwitch.value().csv)
        return usage(CliOptionsTr::tr("--csv needs the file to read: revoke --csv users.csv"));
    return withSwitch;
}

} // namespace rc::cli
