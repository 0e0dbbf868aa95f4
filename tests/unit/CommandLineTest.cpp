// The window or the command line: started with nothing asked, the program opens the window on
// the defaults, without a parser built on the way to its first frame; a verb, --help, --version
// or a line that does not parse is answered on the terminal.
#include "cli/CommandLine.h"
#include "cli/CliOptions.h"

#include <gtest/gtest.h>

#include <vector>

using namespace rc;
using namespace rc::cli;

namespace {

bool wants(QList<QByteArray> arguments)
{
    std::vector<char *> argv;
    for (QByteArray &a : arguments)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    return wantsCommandLine(int(arguments.size()), argv.data());
}

} // namespace

TEST(CommandLine, NothingAsked_OpensTheWindowOnTheParsersDefaults)
{
    const auto none = parseCommandLine({QStringLiteral("revoke-console")});
    ASSERT_TRUE(none.ok());
    // What the parser gives when every option is left to its default.
    const auto parsed = parseCommandLine({QStringLiteral("revoke-console"),
                                          QStringLiteral("--channel"), QStringLiteral("entra")});
    ASSERT_TRUE(parsed.ok());
    const CliOptions &a = none.value();
    const CliOptions &b = parsed.value();
    EXPECT_EQ(a.verb, b.verb);
    EXPECT_EQ(a.channel, QStringLiteral("entra"));
    EXPECT_EQ(a.channel, b.channel);
    EXPECT_EQ(a.demo, b.demo);
    EXPECT_EQ(a.tenant, b.tenant);
    EXPECT_EQ(a.auth, b.auth);
    EXPECT_EQ(a.showHelp, b.showHelp);
    EXPECT_EQ(a.showVersion, b.showVersion);
    EXPECT_TRUE(a.helpText.isEmpty());
    EXPECT_FALSE(wants({"revoke-console"}));
    EXPECT_FALSE(wants({"revoke-console", "--demo"}));
}

TEST(CommandLine, AVerbHelpVersionOrAnUnparsableLine_IsAnsweredOnTheTerminal)
{
    EXPECT_TRUE(wants({"revoke-console", "revoke", "--user", "a@contoso.com"}));
    EXPECT_TRUE(wants({"revoke-console", "--help"}));
    EXPECT_TRUE(wants({"revoke-console", "--version"}));
    EXPECT_TRUE(wants({"revoke-console", "--no-such-option"}));
}
