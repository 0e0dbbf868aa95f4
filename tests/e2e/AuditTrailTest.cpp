// The audit log as the CLI leaves it: a Started row before the revoking request, the outcome row
// before the outcome is printed, the reason kept, and nothing lost when the process is killed.
#include "audit/AuditLog.h"
#include "e2e/CliRunner.h"
#include "emulator/TenantEmulator.h"
#include "support/WaitFor.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace rc;
using namespace rc::test;

namespace {

QList<AuditRecord> auditRows(const QString &dataHome)
{
    // The CLI's AppDataLocation under this XDG_DATA_HOME.
    auto log = AuditLog::open(dataHome
                              + QStringLiteral("/RevokeConsole/revoke-console/audit.sqlite"));
    EXPECT_TRUE(log.ok()) << (log.ok() ? std::string() : log.error().message.toStdString());
    if (!log)
        return {};
    const auto rows = log.value()->records();
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows.value() : QList<AuditRecord> {};
}

QStringList outcomesFor(const QList<AuditRecord> &rows, const QString &user)
{
    QStringList outcomes;
    for (const AuditRecord &r : rows) {
        if (r.targetUpn == user)
            outcomes.prepend(r.outcome); // oldest first
    }
    return outcomes;
}

} // namespace

TEST(AuditTrail, RevocationIsRecordedStartedThenOutcomeWithTheReason)
{
    QTemporaryDir home;
    const QString user = cliUpn("adele.vance");
    const CliRun r = runCli({QStringLiteral("revoke"), QStringLiteral("--demo"),
                             QStringLiteral("--yes"), QStringLiteral("--reason"),
                             QStringLiteral("INC-4711"), QStringLiteral("--user"), user},
                            home.path());
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const auto rows = auditRows(home.path());
    EXPECT_EQ(outcomesFor(rows, user),
              (QStringList {QStringLiteral("Started"), QStringLiteral("NonInstantaneousSuccess")}));
    ASSERT_FALSE(rows.isEmpty());
    const AuditRecord &outcome = rows.first();
    EXPECT_EQ(outcome.reason, QStringLiteral("INC-4711"));
    EXPECT_EQ(outcome.operatorUpn, cliUpn("admin"));
    EXPECT_EQ(outcome.tenant, CliDomain);
    EXPECT_EQ(outcome.channel, QStringLiteral("entra"));
    EXPECT_FALSE(outcome.correlationId.isEmpty());
    EXPECT_TRUE(outcome.sessionsValidFromAfter.isValid());
    EXPECT_EQ(outcome.operation, rows.at(1).operation); // the Started row of the same revocation
    EXPECT_TRUE(r.out.contains(outcome.correlationId));
}

TEST(AuditTrail, PreviewIsRecordedAndHistoryPrintsCsv)
{
    QTemporaryDir home;
    const QString user = cliUpn("alex.wilber");
    ASSERT_EQ(runCli({QStringLiteral("revoke"), QStringLiteral("--demo"),
                      QStringLiteral("--whatif"), QStringLiteral("--user"), user},
                     home.path())
                      .exitCode,
              0);
    EXPECT_EQ(outcomesFor(auditRows(home.path()), user), QStringList {QStringLiteral("Preview")});
    const CliRun csv = runCli({QStringLiteral("history"), QStringLiteral("--csv")}, home.path());
    EXPECT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("time,operator,tenant,user")));
    EXPECT_TRUE(csv.out.section(QStringLiteral("\r\n"), 0, 0)
                        .endsWith(QStringLiteral(",appVersion,action,actedOnId,actedOnName")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",Preview,")));
    EXPECT_TRUE(csv.out.contains(user));
    const CliRun future = runCli(
            {QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("2999-01-01")},
            home.path());
    EXPECT_EQ(future.exitCode, 0);
    EXPECT_FALSE(future.out.contains(user));
    EXPECT_EQ(runCli({QStringLiteral("history"), QStringLiteral("--since"),
                      QStringLiteral("yesterday")},
                     home.path())
                      .exitCode,
              2);
}

TEST(AuditTrail, HistoryNamesEachRowsActionAndDeviceLast)
{
    QTemporaryDir home;
    {
        auto log = AuditLog::open(home.path()
                                  + QStringLiteral("/RevokeConsole/revoke-console/audit.sqlite"));
        ASSERT_TRUE(log.ok()) << log.error().message.toStdString();
        AuditRecord revoked;
        revoked.operation = QStringLiteral("op-1");
        revoked.targetUpn = cliUpn("adele.vance");
        revoked.channel = QStringLiteral("entra");
        revoked.outcome = QStringLiteral("NonInstantaneousSuccess");
        revoked.correlationId = QStringLiteral("corr-1");
        AuditRecord device = revoked;
        device.operation = QStringLiteral("op-2");
        device.action = AuditRecord::DisableDevice;
        device.outcome = AuditRecord::Verified;
        device.objectId = QStringLiteral("dev-1");
        device.objectName = QStringLiteral("ADELE-LAPTOP");
        ASSERT_TRUE(log.value()->appendAll({revoked, device}).ok());
    }
    const CliRun table = runCli({QStringLiteral("history")}, home.path());
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("  Disable device: ADELE-LAPTOP")))
            << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("corr-1  Revoke sessions")))
            << lines.at(1).toStdString();
    const CliRun csv = runCli({QStringLiteral("history"), QStringLiteral("--csv")}, home.path());
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",disable-device,dev-1,ADELE-LAPTOP\r\n")));
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",revoke-sessions,,\r\n")));
}

TEST(AuditTrail, NoTokenEverReachesTheLog)
{
    QTemporaryDir home;
    const CliRun r
            = runCli({QStringLiteral("revoke"), QStringLiteral("--demo"), QStringLiteral("--yes"),
                      QStringLiteral("--user"), cliUpn("adele.vance")},
                     home.path());
    ASSERT_EQ(r.exitCode, 0);
    QFile db(home.path() + QStringLiteral("/RevokeConsole/revoke-console/audit.sqlite"));
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    EXPECT_FALSE(bytes.contains("Bearer"));
    EXPECT_FALSE(bytes.contains("refresh_token"));
    EXPECT_FALSE(bytes.contains("access_token"));
}

TEST(AuditTrail, KilledMidRequestLeavesTheStartedRowAndAReadableLog)
{
    emu::TenantEmulator emulator;
    ASSERT_TRUE(emulator.start());
    emulator.setAutoApproveAs(cliUpn("admin"));
    QTemporaryDir home;
    const QString config
            = writeCloudConfig(home.path(), QJsonDocument(emulator.cloudConfig()).toJson());
    const QStringList users {cliUpn("adele.vance"), cliUpn("alex.wilber"), cliUpn("megan.bowen"),
                             cliUpn("lynne.robbins")};
    const int killAt = 2;
    for (int i = 0; i < users.size(); ++i) {
        if (i == killAt) // this revocation hangs in the service until long after the kill
            emulator.faults().add(emu::Service::Graph, QStringLiteral("revokeSignInSessions"),
                                  emu::Fault::latency(20000));
        const auto revokesReceived = [&] {
            int n = 0;
            for (const auto &r : emulator.requestsTo(emu::Service::Graph))
                n += r.method == "POST" && r.path.endsWith(QStringLiteral("/revokeSignInSessions"));
            return n;
        };
        const int revokesBefore = revokesReceived();
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(home.path()));
        cli.start(binary(),
                  {QStringLiteral("revoke"), QStringLiteral("--cloud-config"), config,
                   QStringLiteral("--tenant"), CliDomain, QStringLiteral("--yes"),
                   QStringLiteral("--user"), users.at(i)});
        cli.closeWriteChannel();
        if (i == killAt) {
            // Killed while its revoking request is in the service's hands.
            ASSERT_TRUE(waitFor([&] { return revokesReceived() > revokesBefore; }, 30000));
            ::kill(pid_t(cli.processId()), SIGKILL);
        }
        ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        if (i != killAt) {
            EXPECT_EQ(cli.exitCode(), 0) << users.at(i).toStdString();
        }
        emulator.faults().clear();
    }
    const auto rows = auditRows(home.path()); // the database opens cleanly after the kill
    for (int i = 0; i < users.size(); ++i) {
        const QStringList expected = i == killAt
                ? QStringList {QStringLiteral("Started")}
                : QStringList {QStringLiteral("Started"),
                               QStringLiteral("NonInstantaneousSuccess")};
        EXPECT_EQ(outcomesFor(rows, users.at(i)), expected) << users.at(i).toStdString();
    }
}

// Started without a stdout (`>&-`), the CLI's output goes nowhere instead of into the next file it
// opens: the audit log stays a database and holds both rows.
TEST(AuditTrail, AClosedStdoutIsNotTakenOverByTheLog)
{
    QTemporaryDir home;
    const QString user = cliUpn("adele.vance");
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home.path()));
    p.setProgram(QStringLiteral("/bin/sh"));
    p.setArguments({QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" >&-"), binary(),
                    QStringLiteral("revoke"), QStringLiteral("--demo"), QStringLiteral("--yes"),
                    QStringLiteral("--user"), user});
    p.start();
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_EQ(outcomesFor(auditRows(home.path()), user),
              (QStringList {QStringLiteral("Started"), QStringLiteral("NonInstantaneousSuccess")}));
}
