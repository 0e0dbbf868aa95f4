// `revoke --csv`, guarded: a list read from a pipe (/dev/stdin) is capped like a file, whatever
// its size says, and the same list cannot be run by two processes at once.
#include "bulk/BulkJournal.h"
#include "bulk/BulkRunLock.h"
#include "bulk/UpnList.h"
#include "e2e/BulkCliFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QRegularExpression>
#include <QSysInfo>

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

TEST_F(BulkCliGuards, AListAnotherProcessIsRunningIsExitFiveNamingItAndNothingIsSent)
{
    const QStringList people {cliUpn("adele.vance"), cliUpn("alex.wilber")};
    const QByteArray csv = csvOf(people);
    const QString list = writeList(QStringLiteral("list.csv"), csv);
    // The lock the journal's run would take, held here as another process would hold it.
    const QString folder = m_home.path() + QStringLiteral("/RevokeConsole/revoke-console");
    ASSERT_TRUE(QDir().mkpath(folder));
    const auto rows = UpnList::fromBytes(csv, QStringLiteral("list.csv"));
    ASSERT_TRUE(rows.ok());
    QLockFile other(BulkRunLock::pathFor(
            folder + QStringLiteral("/bulk-journal.sqlite"),
            BulkJournal::runKey(CliDomain, Channel::Entra, rows.value().rows())));
    ASSERT_TRUE(other.tryLock());
    m_emulator.clearRequests();

    const CliRun refused = runCliServed(args(list, {QStringLiteral("--yes")}), m_env);
    EXPECT_EQ(refused.exitCode, 5) << dump(refused).toStdString();
    const QRegularExpression heldBy(
            QStringLiteral("^This list is already being run by e2e_tests \\(PID %1 on %2\\) since "
                           "\\d{1,2}:\\d{2}.*\\. Wait for it to finish or stop it\\. Nothing was "
                           "sent\\.$")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QRegularExpression::escape(QSysInfo::machineHostName())));
    // Its last line (an older folder made private is noted before it).
    EXPECT_TRUE(heldBy.match(refused.err.trimmed().section(QLatin1Char('\n'), -1)).hasMatch())
            << dump(refused).toStdString();
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(m_emulator.requests().isEmpty()); // not even a sign-in

    // Once the other is done, the same command runs.
    other.unlock();
    const CliRun run = runCliServed(args(list, {QStringLiteral("--yes")}), m_env);
    EXPECT_EQ(run.exitCode, 0) << dump(run).toStdString();
    for (const QString &p : people)
        EXPECT_EQ(m_emulator.revocationCount(p), 1) << p.toStdString();
}
