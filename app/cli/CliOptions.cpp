#include "cli/CliOptions.h"

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

} // namespace

Result<CliOptions> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            tr("Sign a Microsoft 365 user out of every session on every device.\n\n"
               "Verbs:\n"
               "  revoke    sign a user out (Entra ID by default; --channel spo is the retired\n"
               "            Revoke-SPOUserSession operation)\n"
               "  history   list what the audit log recorded (--since DATE, --csv)\n"
               "  emulator  run the local demo tenant and print its --cloud-config JSON"));
    p.addPositionalArgument(QStringLiteral("verb"), tr("revoke or emulator"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The user's sign-in name (UPN)."),
                                  tr("upn"));
    const QCommandLineOption whatIf({QStringLiteral("whatif"), QStringLiteral("wi")},
                                    tr("Show what would happen; send no revoking request."));
    const QCommandLineOption yes({QStringLiteral("yes"), QStringLiteral("y")},
                                 tr("Do not ask for confirmation."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("entra (default) or spo."),
                                     tr("channel"), QStringLiteral("entra"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    tr("Tenant domain or ID (default: organizations)."),
                                    tr("tenant"));
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
    const QCommandLineOption approveAs(QStringLiteral("approve-as"),
                                       tr("emulator: approve device codes as this user at once."),
                                       tr("upn"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Reason or ticket number, kept in the audit log."),
                                    tr("text"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("history: only entries from this date (2026-11-01)."),
                                   tr("date"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("history: print CSV."));
    for (const auto &o : {user, whatIf, yes, json, channel, tenant, cloud, cloudConfig, clientId,
                          demo, approveAs, reason, since, csv})
        p.addOption(o);
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();

    CliOptions options;
    options.helpText = p.helpText();
    if (!p.parse(arguments))
        return usage(p.errorText());
    options.showHelp = p.isSet(help);
    options.showVersion = p.isSet(version);
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1)
        return usage(tr("Unexpected argument: %1").arg(positional.at(1)));
    options.verb = positional.value(0);
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
    options.approveAs = p.value(approveAs);
    options.reason = p.value(reason);
    options.since = p.value(since);
    options.csv = p.isSet(csv);

    if (options.channel != QLatin1String("entra") && options.channel != QLatin1String("spo"))
        return usage(tr("--channel must be entra or spo."));
    if (!options.cloud.isEmpty() && !options.cloudConfig.isEmpty())
        return usage(tr("Use either --cloud or --cloud-config, not both."));
    if (options.demo && (!options.cloud.isEmpty() || !options.cloudConfig.isEmpty()))
        return usage(tr("--demo brings its own tenant; leave out --cloud and --cloud-config."));
    return options;
}

} // namespace rc::cli
