// Every line of a bulk list is a row of the audit log with the run's reason: the people signed
// out (Started, then the outcome), the ones that end at the review (guest, not found), and the
// lines that repeat a person (Duplicate, naming the line they merge into). A resumed run looks
// the list up again and records what its own review found.
#include "BulkFixture.h"
#include "cli/ExitCode.h"

using namespace rc;
using namespace rc::test;

namespace {

class BulkAudit : public BulkFixture
{
protected:
    // Outcome rows (not Started) by the name as written in the list.
    QMultiHash<QString, AuditRecord> outcomeRows() const
    {
        QMultiHash<QString, AuditRecord> rows;
        const auto records = m_log->records();
        EXPECT_TRUE(records.ok());
        for (const AuditRecord &r : records.value()) {
            if (r.outcome != AuditRecord::Started)
                rows.insert(r.targetUpn, r);
        }
        return rows;
    }
};

} // namespace

TEST_F(BulkAudit, EveryLineIsARowWithTheRunsReason)
{
    const QString adele = upn("adele.vance");
    const QString guest = QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain;
    const QStringList names {adele, upn("alex.wilber"), adele.toUpper(), guest, upn("nobody.here")};
    m_run = makeRun();
    const auto reviewed = review(*m_run, rowsOf(names));
    ASSERT_TRUE(reviewed);
    ASSERT_EQ(reviewed->count(BulkCategory::Duplicate), 1);
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_EQ(cli::exitCodeFor(*summary),
              cli::ExitCode::NotAllRevoked); // a guest and a stranger were not signed out

    const auto rows = outcomeRows();
    EXPECT_EQ(rows.size(), names.size()); // one per line
    for (const AuditRecord &r : rows)
        EXPECT_EQ(r.reason, QStringLiteral("INC-2001")) << r.targetUpn.toStdString();
    EXPECT_EQ(rows.value(adele).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(rows.value(guest).outcome, QStringLiteral("GuestNotApplicable"));
    EXPECT_EQ(rows.value(upn("nobody.here")).outcome, QStringLiteral("UserNotFound"));
    const AuditRecord duplicate = rows.value(adele.toUpper());
    EXPECT_EQ(duplicate.outcome, AuditRecord::Duplicate);
    EXPECT_EQ(duplicate.message,
              QStringLiteral("Same person as line 2 of the list: merged into that line, whose "
                             "row has the outcome."));
    EXPECT_EQ(duplicate.targetObjectId, m_emulator->tenant().find(adele)->id);
    EXPECT_FALSE(duplicate.preview);
    // Signed out once, though named twice.
    EXPECT_EQ(m_emulator->revocationCount(adele), 1);
}

TEST_F(BulkAudit, APreviewRecordsTheDuplicateAsAPreview)
{
    const QString adele = upn("adele.vance");
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf({adele, adele})));
    std::optional<BulkSummary> summary;
    QObject::connect(m_run.get(), &BulkRun::finished, &m_context,
                     [&](const BulkSummary &s) { summary = s; });
    m_run->preview();
    ASSERT_TRUE(waitFor([&] { return summary.has_value(); }));
    const auto rows = outcomeRows();
    ASSERT_EQ(rows.size(), 2);
    for (const AuditRecord &r : rows)
        EXPECT_TRUE(r.preview) << r.outcome.toStdString();
    EXPECT_EQ(m_emulator->revocationCount(adele), 0);
}

TEST_F(BulkAudit, AResumedRunRecordsItsOwnReviewAndNobodyTwice)
{
    QStringList names = addPeople(60);
    const QString guest = QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain;
    names << guest << names.first();
    BulkSchedulerLimits oneAtATime;
    oneAtATime.maxInFlight = 1;
    m_run = makeRun();
    m_run->setWriteLimits(oneAtATime);
    ASSERT_TRUE(review(*m_run, rowsOf(names)));
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context, [this] { m_run->cancel(); });
    const auto first = runToEnd(*m_run);
    ASSERT_TRUE(first);
    ASSERT_TRUE(first->cancelled);
    ASSERT_GT(first->notSent, 0);

    m_run = makeRun();
    int alreadyDone = -1;
    QObject::connect(m_run.get(), &BulkRun::resumed, &m_context,
                     [&](int done, int) { alreadyDone = done; });
    ASSERT_TRUE(review(*m_run, rowsOf(names)));
    const auto second = runToEnd(*m_run);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->revoked, 60);
    EXPECT_GT(alreadyDone, 0);

    const auto rows = outcomeRows();
    EXPECT_EQ(rows.values(guest).size(), 2); // each run's review
    int outcomes = 0;
    int duplicates = 0;
    for (const AuditRecord &r : rows.values(names.first())) {
        outcomes += r.outcome == QStringLiteral("NonInstantaneousSuccess") ? 1 : 0;
        duplicates += r.outcome == AuditRecord::Duplicate ? 1 : 0;
    }
    EXPECT_EQ(outcomes, 1); // signed out once, in the first run
    EXPECT_EQ(duplicates, 2);
    for (int i = 0; i < 60; ++i)
        EXPECT_EQ(m_emulator->revocationCount(names.at(i)), 1) << names.at(i).toStdString();
}
