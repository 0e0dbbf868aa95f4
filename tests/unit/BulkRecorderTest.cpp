// The end of a bulk run answers the Started rows no journal carries to the next run: without a
// journal, a person accepted but not verified is NotConfirmed and one sent but not answered is
// Cancelled; with a journal they are left for the same list's next run, which goes on as the same
// audit operation.
#include "bulk/BulkRecorder.h"
#include "support/AuditLogs.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

class Recorder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_log = rc::test::openAuditLogIn(m_dir);
        ASSERT_TRUE(m_log);
        m_trail = AuditTrail::over(m_log.get(), QStringLiteral("contoso.com"));
        for (int i = 0; i < 3; ++i) {
            BulkTarget t;
            t.row = i;
            t.upn = QStringLiteral("p%1@contoso.com").arg(i);
            User u;
            u.id = QStringLiteral("id-%1").arg(i);
            u.userPrincipalName = t.upn;
            t.user = u;
            m_targets.append(t);
        }
        m_recorder.setAuditTrail(m_trail.get());
    }

    // Sends all three; p0 is answered, p1 accepted but unverified, p2 sent and never answered.
    void runAndStop()
    {
        ASSERT_TRUE(m_recorder.sending({0, 1, 2}).ok());
        m_targets[0].state = BulkTarget::State::Done;
        m_targets[0].outcome
                = m_targets[0].blankOutcome(RevocationOutcome::Kind::NonInstantaneousSuccess);
        m_targets[1].state = BulkTarget::State::Written;
        ASSERT_TRUE(m_recorder.answered({0, 1}).ok());
        m_targets[2].state = BulkTarget::State::NotSent; // what the run's end makes of "sending"
        ASSERT_TRUE(m_recorder.unjournalledEnded().ok());
    }

    // Each person's outcomes, oldest first.
    QStringList outcomesOf(int i) const
    {
        QStringList out;
        const QList<AuditRecord> rows = m_log->records().value();
        for (const AuditRecord &r : rows) {
            if (r.targetUpn == m_targets.at(i).upn) {
                out.prepend(r.outcome);
                EXPECT_EQ(r.operation, m_targets.at(i).operation) << "linked to its Started row";
            }
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditTrail> m_trail;
    QList<BulkTarget> m_targets;
    BulkRecorder m_recorder {m_targets};
};

} // namespace

TEST_F(Recorder, WithoutAJournalTheRunsEndAnswersEveryStartedRow)
{
    m_recorder.setJournal(nullptr, QStringLiteral("run"));
    runAndStop();
    EXPECT_EQ(outcomesOf(0),
              (QStringList {AuditRecord::Started, QStringLiteral("NonInstantaneousSuccess")}));
    EXPECT_EQ(outcomesOf(1), (QStringList {AuditRecord::Started, QStringLiteral("NotConfirmed")}));
    EXPECT_EQ(outcomesOf(2), (QStringList {AuditRecord::Started, AuditRecord::Cancelled}));
    ASSERT_TRUE(m_recorder.unjournalledEnded().ok());
    EXPECT_EQ(m_log->records().value().size(), 6) << "answered once";
}

TEST_F(Recorder, WithAJournalTheNextRunOfTheListAnswersThem)
{
    auto journal = BulkJournal::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.ok());
    m_recorder.setJournal(journal.value().get(), QStringLiteral("run"));
    runAndStop();
    EXPECT_EQ(outcomesOf(1), QStringList {AuditRecord::Started});
    EXPECT_EQ(outcomesOf(2), QStringList {AuditRecord::Started});
    const auto entries = journal.value()->entries(QStringLiteral("run"));
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries.value().value(m_targets.at(1).key()).operation, m_targets.at(1).operation);
    EXPECT_EQ(entries.value().value(m_targets.at(2).key()).operation, m_targets.at(2).operation);
}
