// The command line (app/cli/CliOptions, app/cli/CommandLine::wantsCommandLine), as a script or a
// person may type it. The input is the arguments, separated by NUL bytes. What parses holds one
// channel of two, never both --user and --csv, and the window/command-line decision agrees.

#include "FuzzSupport.h"
#include "cli/CliOptions.h"
#include "cli/CommandLine.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    QList<QByteArray> raw = rc::fuzz::bytes(data, size).split('\0');
    if (raw.size() > 64)
        return 0; // a shell's argument list, not a megabyte of them
    raw.prepend("revoke-console");
    QStringList arguments;
    std::vector<char *> argv;
    for (QByteArray &argument : raw) {
        arguments.append(QString::fromLocal8Bit(argument));
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);

    const auto parsed = rc::cli::parseCommandLine(arguments);
    const bool commandLine = rc::cli::wantsCommandLine(int(raw.size()), argv.data());
    if (!parsed) {
        check(parsed.error().kind == rc::ServiceError::Kind::InvalidInput,
              "a command line that does not parse is invalid input");
        check(!parsed.error().message.isEmpty(), "a command line that does not parse says why");
        check(commandLine, "an unparsable command line is answered on the terminal");
        return 0;
    }
    const rc::cli::CliOptions &o = parsed.value();
    check(commandLine == (!o.verb.isEmpty() || o.showHelp || o.showVersion),
          "a verb, --help or --version, and only they, mean the command line");
    check(o.channel == QLatin1String("entra") || o.channel == QLatin1String("spo"),
          "the channel is entra or spo");
    check(o.verb != QLatin1String("revoke") || o.user.isEmpty() || o.csvFile.isEmpty(),
          "revoke takes --user or --csv, not both");
    check(o.cloud.isEmpty() || o.cloudConfig.isEmpty(), "--cloud or --cloud-config, not both");
    // Formatted only for --help (the window's start parses the command line too).
    check(o.showHelp == !o.helpText.isEmpty(), "the help text is there exactly when asked for");
    return 0;
}
