// `revoke-console contain` as a script runs it: the steps in order with a line each, the exit
// codes of the issue's table (0 all done and verified, 6 a guest and nothing sent, 5 a step
// refused, 3 not found, 2 bad input), --whatif sending nothing, --json for scripts, and the
// audit rows carrying --reason.
#include "audit/AuditLog.h"
#include "e2e/CliAgainstEmulator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace rc;
using namespace rc::test;

namespace {

class ContainCli : public CliAgainstEmulator
{
protected:
    CliRun contain(const QString &user, QStringList more = {})
    {
        return runCliServed(onTenant(QStringLiteral("contain"),
                                     QStringList {QStringLiteral("--user"), user} + more),
                            m_env);
    }
    int writes() const
    {
        int n = 0;
        for (const emu::EmulatedRequest &r : m_emulator.requests())
            n += r.service == emu::Service::Graph && r.method != "GET" ? 1 : 0;
        return n;
    }
    QList<AuditRecord> auditRows() const
    {
        auto log = AuditLog::open(m_home.path()
                                  + QStringLiteral("/RevokeConsole/revoke-console/"
                                                   "audit.sqlite"));
        EXPECT_TRUE(log.ok());
        if (!log)
            return {};
        const auto rows = log.value()->records();
        EXPECT_TRUE(rows.ok());
        return rows ? rows.value() : QList<AuditRecord> {};
    }
};

} // namespace

TEST_F(ContainCli, BlocksRevokesAndDisablesDevices_ALineEach_ExitZero)
{
    const CliRun run = contain(cliUpn("adele.vance"),
                               {QStringLiteral("--yes"), QStringLiteral("--reason"),
                                QStringLiteral("INC-9 stolen laptop")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 6) << run.out.toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("Block sign-in: done and verified.")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Revoke sessions: done and verified.")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("Disable devices: done and verified.")));
    EXPECT_TRUE(lines.at(3).startsWith(QStringLiteral("  ADELE-SURFACE")));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("Sign-ins since the revocation: No sign-in "
                                                       "since ")))
            << lines.last().toStdString();
    EXPECT_EQ(m_emulator.accountEnabled(cliUpn("adele.vance")), false);
    int withReason = 0;
    for (const AuditRecord &r : auditRows())
        withReason += r.reason == QStringLiteral("INC-9 stolen laptop") ? 1 : 0;
    EXPECT_EQ(withReason, 8); // Started and outcome: block, revoke, two devices
}

TEST_F(ContainCli, WhatIfListsTheStepsAndDevices_SendsNothing)
{
    const CliRun run = contain(cliUpn("adele.vance"), {QStringLiteral("--whatif")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Block sign-in: what if. Would block sign-in for")))
            << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Would disable Adele's Pixel (Android)")))
            << run.out.toStdString();
    EXPECT_EQ(writes(), 0);
    EXPECT_EQ(m_emulator.accountEnabled(cliUpn("adele.vance")), true);
}

TEST_F(ContainCli, AGuestIsRefused_ExitSix_NothingSent)
{
    const CliRun run = contain(QStringLiteral("jane.doe_fabrikam.com#EXT#@") + CliDomain,
                               {QStringLiteral("--yes")});
    EXPECT_EQ(run.exitCode, 6) << run.out.toStdString();
    EXPECT_EQ(writes(), 0);
}

TEST_F(ContainCli, AnOperatorWithoutADeviceRole_HasTheStepRefusedWithTheRoleNamed_ExitFive)
{
    m_emulator.setAutoApproveAs(cliUpn("useradmin"));
    const CliRun run
            = contain(cliUpn("lee.gu"), {QStringLiteral("--yes"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 3) << run.out.toStdString();
    EXPECT_EQ(steps.at(0).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("Verified"));
    const QJsonObject devices = steps.at(2).toObject();
    EXPECT_EQ(devices.value(QStringLiteral("step")).toString(), QStringLiteral("disable-devices"));
    EXPECT_EQ(devices.value(QStringLiteral("state")).toString(), QStringLiteral("Refused"));
    EXPECT_EQ(devices.value(QStringLiteral("whoCan")).toString(),
              QStringLiteral("Cloud Device Administrator, Intune Administrator or Global "
                             "Administrator"));
    EXPECT_EQ(o.value(QStringLiteral("exitCode")).toInt(), 5);
}

TEST_F(ContainCli, NotFoundIsThree_BadInputIsTwo_NoTerminalWithoutYesIsTwo)
{
    EXPECT_EQ(contain(cliUpn("nobody.here"), {QStringLiteral("--yes")}).exitCode, 3);
    EXPECT_EQ(contain(QStringLiteral("not a upn"), {QStringLiteral("--yes")}).exitCode, 2);
    const CliRun noTerminal = contain(cliUpn("adele.vance"));
    EXPECT_EQ(noTerminal.exitCode, 2);
    EXPECT_TRUE(noTerminal.out.contains(QStringLiteral("no terminal to confirm on")))
            << noTerminal.out.toStdString();
    EXPECT_EQ(writes(), 0);
}

TEST_F(ContainCli, RestoreUndoesIt_ExitZero_AndSaysSessionsStayRevoked)
{
    ASSERT_EQ(contain(cliUpn("megan.bowen"), {QStringLiteral("--yes")}).exitCode, 0);
    const CliRun run = runCliServed(
            onTenant(QStringLiteral("restore"),
                     {QStringLiteral("--user"), cliUpn("megan.bowen"), QStringLiteral("--yes")}),
            m_env);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Unblock sign-in: done and verified.")))
            << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Sessions: skipped. A revoked session cannot come "
                                                "back")));
    EXPECT_EQ(m_emulator.accountEnabled(cliUpn("megan.bowen")), true);
}

TEST(ContainCliHelp, HelpNamesTheVerb)
{
    QTemporaryDir home;
    const CliRun run = runCli({QStringLiteral("--help")}, home.path());
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("contain   respond to a compromised account")))
            << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("restore   undo contain")));
}
