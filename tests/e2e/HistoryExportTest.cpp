// `history` as a script uses it: every matching row, however many there are (one bulk run alone
// can write more than the History window shows at once), and output that cannot be written is an
// error on stderr and a non-zero exit, never a silent short file.
#include "audit/AuditLog.h"
#include "e2e/CliRunner.h"

#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;

namespace {

constexpr int Rows = AuditQuery::ShownRows + 321;

class HistoryExport : public ::testing::Test
{
protected:
    // The CLI's audit log under this XDG_DATA_HOME, with `Rows` rows, oldest first:
    // user-00000 .. user-10320.
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        auto log = AuditLog::open(m_home.path()
                                  + QStringLiteral("/RevokeConsole/revoke-console/audit.sqlite"));
        ASSERT_TRUE(log.ok()) << log.error().message.toStdString();
        QList<AuditRecord> rows;
        rows.reserve(Rows);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < Rows; ++i) {
            AuditRecord r;
            r.operation = QStringLiteral("op-%1").arg(i);
            r.recordedAt = at;
            r.targetUpn = user(i);
            r.channel = QStringLiteral("entra");
            r.outcome = QStringLiteral("NonInstantaneousSuccess");
            r.message = QStringLiteral("=1+1;=2"); // one formula to neutralise on every line
            rows.append(r);
        }
        ASSERT_TRUE(log.value()->appendAll(rows).ok()); // one transaction
    }

    static QString user(int i)
    {
        return QStringLiteral("user-%1@contoso.com").arg(i, 5, 10, QLatin1Char('0'));
    }

    // The CLI with its stdout sent to `stdoutFile` (or closed, when empty).
    CliRun runWithStdout(const QStringList &args, const QString &stdoutFile)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment(m_home.path()));
        if (stdoutFile.isEmpty()) {
            // The shell closes fd 1 (>&-) and becomes the CLI.
            p.setProgram(QStringLiteral("/bin/sh"));
            p.setArguments(QStringList {QStringLiteral("-c"),
                                        QStringLiteral("exec \"$0\" \"$@\" >&-"), binary()}
                           + args);
        } else {
            p.setProgram(binary());
            p.setArguments(args);
            p.setStandardOutputFile(stdoutFile);
        }
        p.start();
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                {},
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(HistoryExport, CsvHoldsEveryRowBeyondTheWindowsDisplayLimit)
{
    const CliRun r = runCli({QStringLiteral("history"), QStringLiteral("--csv")}, m_home.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), Rows + 1) << "the header and every row";
    EXPECT_TRUE(lines.at(1).contains(user(Rows - 1))) << "newest first";
    EXPECT_TRUE(lines.last().contains(user(0))) << "down to the oldest";
    EXPECT_EQ(r.out.count(QStringLiteral(",\"'=1+1;'=2\",")), Rows);
}

TEST_F(HistoryExport, TheTableListsEveryRowToo)
{
    const CliRun r = runCli({QStringLiteral("history")}, m_home.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), Rows);
    EXPECT_TRUE(lines.last().contains(user(0)));
}

TEST_F(HistoryExport, AFullDiskIsAnErrorAndExitsFive)
{
    for (const QStringList &args :
         {QStringList {QStringLiteral("history"), QStringLiteral("--csv")},
          QStringList {QStringLiteral("history")}}) {
        const CliRun r = runWithStdout(args, QStringLiteral("/dev/full"));
        EXPECT_EQ(r.exitCode, 5) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Could not write standard output")))
                << r.err.toStdString();
    }
}

TEST_F(HistoryExport, AClosedStdoutIsAnErrorAndTheLogIsUntouched)
{
    const CliRun r = runWithStdout({QStringLiteral("history"), QStringLiteral("--csv")}, {});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Could not write standard output")))
            << r.err.toStdString();
    // The log (which a closed stdout's descriptor could have become) still reads whole.
    auto log = AuditLog::open(m_home.path()
                              + QStringLiteral("/RevokeConsole/revoke-console/audit.sqlite"));
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(log.value()->count({}).value(), Rows);
}
