#include "cli/CommandLine.h"

#include "cli/AccountCommand.h"
#include "cli/BulkRevokeCommand.h"
#include "cli/CliOptions.h"
#include "cli/Console.h"
#include "cli/ContainCommand.h"
#include "cli/EmulatorCommand.h"
#include "cli/ExitCode.h"
#include "cli/HistoryCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/RevokeCommand.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTimer>

namespace rc::cli {

bool wantsCommandLine(int argc, char **argv)
{
    // The same parser decides, so an option's value is never mistaken for a verb; a command
    // line it cannot parse is answered on the terminal, where it was typed.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto parsed = parseCommandLine(arguments);
    return !parsed || !parsed.value().verb.isEmpty() || parsed.value().showHelp
            || parsed.value().showVersion;
}

namespace {

template<typename Command> int runInEventLoop(QCoreApplication &app, const CliOptions &options)
{
    Command command(options);
    // Started from inside the event loop, so that an immediate answer can still exit it.
    QTimer::singleShot(0, &command, [&command] {
        command.start([](ExitCode code) { QCoreApplication::exit(processExitCode(code)); });
    });
    return app.exec();
}

} // namespace

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The system's language (LANGUAGE, LANG), before --help's text is made; --json output is read
    // by scripts and stays English.
    if (!QCoreApplication::arguments().contains(QLatin1String("--json")))
        Translations::install();
    const auto parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed) {
        Console::err(parsed.error().message);
        return processExitCode(ExitCode::Usage);
    }
    const CliOptions &options = parsed.value();
    if (options.showVersion) {
        Console::out(QStringLiteral("revoke-console " REVOKE_VERSION));
        return processExitCode(ExitCode::Success);
    }
    if (options.showHelp || options.verb.isEmpty()) {
        Console::out(options.helpText);
        return processExitCode(options.showHelp ? ExitCode::Success : ExitCode::Usage);
    }
    if (options.verb == QLatin1String("emulator")) {
        EmulatorCommand emulator(options);
        const std::optional<ExitCode> failed = emulator.start();
        return failed ? processExitCode(*failed) : app.exec();
    }
    if (options.verb == QLatin1String("history"))
        return processExitCode(runHistory(options));
    if (options.verb == QLatin1String("profile"))
        return processExitCode(runProfile(options));
    if (options.verb == QLatin1String("revoke") && !options.csvFile.isEmpty())
        return runInEventLoop<BulkRevokeCommand>(app, options);
    if (options.verb == QLatin1String("revoke"))
        return runInEventLoop<RevokeCommand>(app, options);
    if (options.verb == QLatin1String("contain") || options.verb == QLatin1String("restore"))
        return runInEventLoop<ContainCommand>(app, options);
    if (options.verb == QLatin1String("signin") || options.verb == QLatin1String("signout"))
        return runInEventLoop<AccountCommand>(app, options);
    Console::err(QCoreApplication::translate("rc::cli",
                                             "Unknown verb \"%1\". Use revoke, contain, restore, "
                                             "signin, signout, profile, history or emulator.")
                         .arg(options.verb));
    return processExitCode(ExitCode::Usage);
}

} // namespace rc::cli
