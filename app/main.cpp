// revoke-console: parses the command line and runs a verb. (The window arrives with the UI.)
#include "cli/CliOptions.h"
#include "cli/Console.h"
#include "cli/EmulatorCommand.h"
#include "cli/RevokeCommand.h"

#include <QCoreApplication>

using namespace rc::cli;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOKE_VERSION));

    const auto parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed) {
        Console::err(parsed.error().message);
        return 2;
    }
    const CliOptions &options = parsed.value();
    if (options.showVersion) {
        Console::out(QStringLiteral("revoke-console " REVOKE_VERSION));
        return 0;
    }
    if (options.showHelp || options.verb.isEmpty()) {
        Console::out(options.helpText);
        return options.showHelp ? 0 : 2;
    }
    if (options.verb == QLatin1String("emulator")) {
        EmulatorCommand emulator(options);
        const int failed = emulator.start();
        return failed >= 0 ? failed : app.exec();
    }
    if (options.verb == QLatin1String("revoke")) {
        RevokeCommand revoke(options);
        // Started from inside the event loop, so that an immediate answer can still exit it.
        QMetaObject::invokeMethod(
                &app, [&revoke] { revoke.start([](int code) { QCoreApplication::exit(code); }); },
                Qt::QueuedConnection);
        return app.exec();
    }
    Console::err(QStringLiteral("Unknown verb \"%1\". Use revoke or emulator.").arg(options.verb));
    return 2;
}
