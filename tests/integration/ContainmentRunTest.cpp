// A containment against the emulator that holds Microsoft's rules: the steps go out in
// Microsoft's order (block, revoke, devices), each is read back, recorded with the reason, and a
// refused or failed step does not stop the next. A preview reads the devices and writes nothing.
// Afterwards the sign-in log names an app that signed in after the revocation.
#include "containment/SignInCheck.h"
#include "integration/ContainmentFixture.h"

using namespace rc;
using namespace rc::test;
using State = ContainmentStepResult::State;

namespace {

class ContainmentRun : public ContainmentFixture
{
};

} // namespace

TEST_F(ContainmentRun, AGlobalAdmin_BlocksRevokesAndDisablesBothDevices_InOrder_EachReadBack)
{
    const QString adele = upn("adele.vance");
    const ContainmentReport report = contain(adele);
    ASSERT_EQ(report.steps.size(), 3);
    EXPECT_EQ(report.steps.at(0).kind, ContainmentStepKind::BlockSignIn);
    EXPECT_EQ(report.steps.at(1).kind, ContainmentStepKind::RevokeSessions);
    EXPECT_EQ(report.steps.at(2).kind, ContainmentStepKind::DisableDevices);
    for (const auto &step : report.steps)
        EXPECT_EQ(step.state, State::Verified) << step.message.toStdString();
    EXPECT_TRUE(report.isComplete());
    EXPECT_TRUE(report.revokedAt.isValid());
    EXPECT_EQ(
            writesSent(),
            QStringList({QStringLiteral("PATCH users"), QStringLiteral("POST revokeSignInSessions"),
                         QStringLiteral("PATCH devices"), QStringLiteral("PATCH devices")}));
    EXPECT_EQ(m_emulator->accountEnabled(adele), false);
    const auto &devices = report.steps.at(2).devices;
    ASSERT_EQ(devices.size(), 2);
    for (const auto &d : devices) {
        EXPECT_EQ(d.state, State::Verified);
        EXPECT_EQ(m_emulator->deviceAccountEnabled(d.device.id), false)
                << d.device.label().toStdString();
    }
    // Read back: every write was followed by a GET of what it changed.
    EXPECT_EQ(requestsTo(emu::Service::Graph, "GET", QStringLiteral("/devices/")).size(), 2);
}

TEST_F(ContainmentRun, EveryStepIsRecorded_StartedThenOutcome_WithTheReason)
{
    contain(upn("adele.vance"));
    const QList<AuditRecord> block = rows(AuditRecord::BlockSignIn);
    ASSERT_EQ(block.size(), 2);
    EXPECT_EQ(block.at(0).outcome, AuditRecord::Started);
    EXPECT_EQ(block.at(1).outcome, AuditRecord::Verified);
    EXPECT_EQ(block.at(0).operation, block.at(1).operation);
    const QList<AuditRecord> revoke = rows(AuditRecord::RevokeSessions);
    ASSERT_EQ(revoke.size(), 2);
    EXPECT_EQ(revoke.at(0).outcome, AuditRecord::Started);
    const QList<AuditRecord> devices = rows(AuditRecord::DisableDevice);
    ASSERT_EQ(devices.size(), 4); // Started and Verified for each
    EXPECT_EQ(devices.at(1).outcome, AuditRecord::Verified);
    EXPECT_FALSE(devices.at(1).objectId.isEmpty());
    EXPECT_FALSE(devices.at(1).objectName.isEmpty());
    for (const QList<AuditRecord> &group : {block, revoke, devices}) {
        for (const AuditRecord &r : group)
            EXPECT_EQ(r.reason, Reason) << r.action.toStdString() << ' ' << r.outcome.toStdString();
    }
    // What restore will undo is exactly what was disabled.
    const auto disabled = m_log->devicesDisabledByThisApp(Domain, devices.at(0).targetObjectId);
    ASSERT_TRUE(disabled.ok());
    EXPECT_EQ(disabled.value().size(), 2);
}

TEST_F(ContainmentRun, WhatIf_ReadsTheDevicesAndWritesNothing)
{
    const QString adele = upn("adele.vance");
    const ContainmentReport report = contain(adele, true);
    ASSERT_EQ(report.steps.size(), 3);
    for (const auto &step : report.steps)
        EXPECT_EQ(step.state, State::Preview) << step.message.toStdString();
    EXPECT_TRUE(writesSent().isEmpty()) << writesSent().join(QLatin1Char(',')).toStdString();
    ASSERT_EQ(report.steps.at(2).devices.size(), 2);
    EXPECT_TRUE(
            report.steps.at(2).devices.at(0).message.startsWith(QStringLiteral("Would disable ")));
    EXPECT_EQ(m_emulator->accountEnabled(adele), true);
    const QList<AuditRecord> all = m_log->records().value();
    ASSERT_FALSE(all.isEmpty());
    for (const AuditRecord &r : all)
        EXPECT_TRUE(r.preview) << r.action.toStdString();
}

TEST_F(ContainmentRun, ASyncedUserWhoseBlockIsRefused_StillHasSessionsRevokedAndDevicesDisabled)
{
    const QString adele = upn("adele.vance");
    ASSERT_TRUE(m_emulator->setOnPremisesSyncEnabled(adele, true, true));
    const ContainmentReport report = contain(adele);
    ASSERT_EQ(report.steps.size(), 3);
    EXPECT_EQ(report.steps.at(0).state, State::Refused);
    EXPECT_TRUE(report.steps.at(0).message.contains(QStringLiteral("on-premises mastered")))
            << report.steps.at(0).message.toStdString();
    EXPECT_EQ(report.steps.at(0).whoCan,
              QStringLiteral("an on-premises Active Directory administrator"));
    EXPECT_EQ(report.steps.at(1).state, State::Verified);
    EXPECT_EQ(report.steps.at(2).state, State::Verified);
    EXPECT_FALSE(report.isComplete());
    EXPECT_EQ(rows(AuditRecord::BlockSignIn).last().outcome, AuditRecord::Refused);
}

TEST_F(ContainmentRun, ASyncedUserWhoseBlockIsAccepted_IsToldToBlockOnPremisesToo)
{
    const QString adele = upn("adele.vance");
    ASSERT_TRUE(m_emulator->setOnPremisesSyncEnabled(adele, true));
    const ContainmentReport report = contain(adele);
    ASSERT_FALSE(report.steps.isEmpty());
    EXPECT_EQ(report.steps.at(0).state, State::Verified);
    EXPECT_TRUE(report.steps.at(0).message.contains(QStringLiteral("block it there too")))
            << report.steps.at(0).message.toStdString();
}

TEST_F(ContainmentRun, AUserAdministrator_HasTheDeviceStepRefusedNamingWhoCan_AndSendsOneDeviceOnly)
{
    signInAs("useradmin");
    const QString adele = upn("adele.vance");
    const ContainmentReport report = contain(adele);
    ASSERT_EQ(report.steps.size(), 3);
    EXPECT_EQ(report.steps.at(0).state, State::Verified); // a User Administrator blocks members
    EXPECT_EQ(report.steps.at(1).state, State::Verified);
    const ContainmentStepResult &devices = report.steps.at(2);
    EXPECT_EQ(devices.state, State::Refused);
    EXPECT_EQ(devices.whoCan,
              QStringLiteral("Cloud Device Administrator, Intune Administrator or "
                             "Global Administrator"));
    ASSERT_EQ(devices.devices.size(), 2);
    EXPECT_TRUE(devices.devices.at(1).message.startsWith(QStringLiteral("Not sent:")));
    EXPECT_EQ(requestsTo(emu::Service::Graph, "PATCH", QStringLiteral("/devices/")).size(), 1);
    EXPECT_FALSE(report.isComplete());
}

TEST_F(ContainmentRun, AnAlreadyBlockedUser_SkipsTheBlockAndSendsNoPatch)
{
    const ContainmentReport report = contain(upn("pradeep.gupta"));
    ASSERT_FALSE(report.steps.isEmpty());
    EXPECT_EQ(report.steps.at(0).state, State::Skipped);
    EXPECT_TRUE(requestsTo(emu::Service::Graph, "PATCH", QStringLiteral("/users/")).isEmpty());
}

TEST_F(ContainmentRun, ASignInAfterTheRevocation_IsNamedByTheSignInCheck)
{
    const QString adele = upn("adele.vance");
    const ContainmentReport report = contain(adele);
    ASSERT_TRUE(report.revokedAt.isValid());
    const std::optional<User> user = lookUp(adele);
    ASSERT_TRUE(user.has_value());
    const auto check = [&] {
        std::optional<SignInCheckResult> result;
        SignInCheck::run(m_connection->containment(), user->id, report.revokedAt, &m_context,
                         [&](SignInCheckResult r) { result = r; });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }));
        return result.value_or(SignInCheckResult {});
    };
    const SignInCheckResult quiet = check();
    EXPECT_EQ(quiet.state, SignInCheckResult::State::NoSignIn) << quiet.message.toStdString();

    ASSERT_TRUE(m_emulator->recordSignIn(adele, QStringLiteral("Office 365 Exchange Online"),
                                         report.revokedAt.addSecs(120)));
    const SignInCheckResult after = check();
    ASSERT_EQ(after.state, SignInCheckResult::State::SignedIn) << after.message.toStdString();
    EXPECT_EQ(after.latest->app, QStringLiteral("Office 365 Exchange Online"));
}
