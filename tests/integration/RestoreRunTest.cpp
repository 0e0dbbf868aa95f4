// Restore undoes a containment by this app and nothing else: the sign-in it blocked and the
// devices it disabled (known from the audit log) are enabled again and read back; a device or an
// account someone else disabled stays as it is; sessions stay revoked, and the report says so.
#include "integration/ContainmentFixture.h"

using namespace rc;
using namespace rc::test;
using State = ContainmentStepResult::State;

namespace {

class RestoreRun : public ContainmentFixture
{
};

} // namespace

TEST_F(RestoreRun, UndoesWhatTheContainmentDid_ReadBackAndRecorded)
{
    const QString lee = upn("lee.gu");
    ASSERT_TRUE(contain(lee).isComplete());
    ASSERT_EQ(m_emulator->accountEnabled(lee), false);
    const ContainmentReport report = restore(lee);
    ASSERT_EQ(report.steps.size(), 3);
    EXPECT_EQ(report.steps.at(0).kind, ContainmentStepKind::UnblockSignIn);
    EXPECT_EQ(report.steps.at(0).state, State::Verified)
            << report.steps.at(0).message.toStdString();
    EXPECT_EQ(report.steps.at(1).kind, ContainmentStepKind::RevokedSessionsStay);
    EXPECT_TRUE(report.steps.at(1).message.startsWith(QStringLiteral("A revoked session cannot "
                                                                     "come back")));
    EXPECT_EQ(report.steps.at(2).state, State::Verified);
    ASSERT_EQ(report.steps.at(2).devices.size(), 2);
    EXPECT_EQ(m_emulator->accountEnabled(lee), true);
    for (const auto &d : report.steps.at(2).devices)
        EXPECT_EQ(m_emulator->deviceAccountEnabled(d.device.id), true);
    EXPECT_EQ(writesSent(),
              QStringList({QStringLiteral("PATCH users"), QStringLiteral("PATCH devices"),
                           QStringLiteral("PATCH devices")}));
    EXPECT_EQ(rows(AuditRecord::UnblockSignIn).last().outcome, AuditRecord::Verified);
    EXPECT_EQ(rows(AuditRecord::EnableDevice).size(), 4);
    // Done once: a second restore finds nothing left to undo and sends nothing.
    const ContainmentReport again = restore(lee);
    EXPECT_TRUE(writesSent().isEmpty());
    EXPECT_EQ(again.steps.at(0).state, State::Skipped);
    EXPECT_EQ(again.steps.at(2).state, State::Skipped);
}

TEST_F(RestoreRun, WhatSomeoneElseDisabled_StaysDisabled)
{
    const QString lee = upn("lee.gu");
    const QString tablet = m_emulator->addDevice(lee, QStringLiteral("LEE-TABLET"),
                                                 QStringLiteral("Windows"), false);
    ASSERT_FALSE(tablet.isEmpty());
    ASSERT_TRUE(contain(lee).isComplete());
    restore(lee);
    EXPECT_EQ(m_emulator->deviceAccountEnabled(tablet), false); // was off before: not ours
    // pradeep.gupta was blocked by someone else: restore leaves him blocked.
    const ContainmentReport other = restore(upn("pradeep.gupta"));
    ASSERT_FALSE(other.steps.isEmpty());
    EXPECT_EQ(other.steps.at(0).state, State::Skipped);
    EXPECT_EQ(other.steps.at(0).message,
              QStringLiteral("Sign-in was not blocked by Revoke Console: it is left as it is."));
    EXPECT_EQ(m_emulator->accountEnabled(upn("pradeep.gupta")), false);
}

TEST_F(RestoreRun, WhatIf_SaysWhatItWouldUndoAndSendsNothing)
{
    const QString lee = upn("lee.gu");
    ASSERT_TRUE(contain(lee).isComplete());
    const ContainmentReport report = restore(lee, true);
    EXPECT_TRUE(writesSent().isEmpty());
    EXPECT_EQ(report.steps.at(0).state, State::Preview);
    EXPECT_EQ(report.steps.at(2).state, State::Preview);
    EXPECT_EQ(m_emulator->accountEnabled(lee), false);
}
