// `revoke --csv`, guarded: a list read from a pipe (/dev/stdin) is capped like a file, whatever
// its size says, and the same list cannot be run by two processes at once.
#include "bulk/UpnList.h"
#include "e2e/BulkCliFixture.h"

using namespace rc;
using namespace rc::test;

namespace {

using BulkCliGuards = BulkCli;

} // namespace

TEST_F(BulkCliGuards, AListFromStdinIsReadAndCappedLikeAFile)
{
    const QStringList dev {QStringLiteral("/dev/stdin")};
    const CliRun small = runCliServed(args(dev.first(), {QStringLiteral("--whatif")}), m_env,
                                      csvOf({cliUpn("adele.vance")}));
    ASSERT_EQ(small.exitCode, 0) << dump(small).toStdString();
    EXPECT_TRUE(small.out.startsWith(QStringLiteral("1 row: 1 ready")))
            << dump(small).toStdString();

    // A pipe has no size to check first: what arrives is counted.
    m_emulator.clearRequests();
    const QByteArray line = cliUpn("adele.vance").toUtf8() + "\n";
    const QByteArray flood = line.repeated(int(UpnList::maxFileBytes / line.size()) + 1024);
    const CliRun big = runCliServed(args(dev.first(), {QStringLiteral("--yes")}), m_env, flood);
    EXPECT_EQ(big.exitCode, 2) << dump(big).toStdString();
    EXPECT_EQ(big.err.trimmed(),
              QStringLiteral("/dev/stdin is too large for a list of user names (over 64 MB)."));
    EXPECT_TRUE(m_emulator.requests().isEmpty()); // not even a sign-in
}
