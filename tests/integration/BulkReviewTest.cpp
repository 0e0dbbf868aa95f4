// The read-only review of a bulk list against the emulator: every category from a mixed list,
// lookups only through $batch (users and their directory roles), nothing revoked, and a preview
// that sends no revoking request.
#include "cli/ExitCode.h"
#include "integration/BulkFixture.h"

using namespace rc;
using namespace rc::test;

namespace {
class BulkReviewRun : public BulkFixture
{
};
} // namespace

TEST_F(BulkReviewRun, MixedListGetsEveryCategoryAndNothingIsRevoked)
{
    emu::DemoUser visitor = *m_emulator->tenant().find(upn("adele.vance"));
    visitor.id = QStringLiteral("9d1a7c55-0000-4000-8000-00000000abcd");
    visitor.userPrincipalName = upn("visitor");
    visitor.userType = QStringLiteral("Guest");
    m_emulator->tenant().addUser(visitor);
    m_emulator->clearRequests();

    const QList<UpnRow> rows = rowsOf({
            upn("adele.vance"), // 2 ready
            upn("nobody.here"), // 3 not found
            QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain, // 4 guest by name: no lookup
            upn("visitor"), // 5 guest by userType
            upn("pradeep.gupta"), // 6 disabled
            QStringLiteral(" ADELE.VANCE@") + Domain.toUpper(), // 7 duplicate of 2
            QStringLiteral("not a name"), // 8 invalid
            upn("admin"), // 9 Global Administrator
            upn("helpdesk"), // 10 Helpdesk Administrator
            upn("alex.wilber"), // 11 ready
    });
    m_run = makeRun();
    const auto review = this->review(*m_run, rows);
    ASSERT_TRUE(review);
    EXPECT_EQ(review->count(BulkCategory::Ready), 2);
    EXPECT_EQ(review->count(BulkCategory::NotFound), 1);
    EXPECT_EQ(review->count(BulkCategory::Guest), 2);
    EXPECT_EQ(review->count(BulkCategory::Disabled), 1);
    EXPECT_EQ(review->count(BulkCategory::Duplicate), 1);
    EXPECT_EQ(review->count(BulkCategory::InvalidUpn), 1);
    EXPECT_EQ(review->count(BulkCategory::Admin), 2);
    EXPECT_EQ(review->count(BulkCategory::LookupFailed), 0);
    EXPECT_EQ(review->rows.at(5).duplicateOfLine, 2);
    EXPECT_EQ(review->rows.at(0).user->id, m_emulator->tenant().find(upn("adele.vance"))->id);

    // Lookups only, all in $batch: one user GET and one role GET per distinct valid name that
    // is not a guest by its name (7 of them), nothing else.
    for (const auto &r : m_emulator->requestsTo(emu::Service::Graph))
        EXPECT_EQ(r.path, QStringLiteral("/v1.0/$batch")) << r.path.toStdString();
    const auto items = m_emulator->batchItems();
    EXPECT_EQ(items.size(), 14);
    for (const auto &item : items)
        EXPECT_EQ(item.request.method, "GET");
    EXPECT_EQ(batchItems("GET", QStringLiteral("/transitiveMemberOf/microsoft.graph.directoryRole"))
                      .size(),
              7);
    EXPECT_EQ(m_emulator->revocationCount(upn("adele.vance")), 0);
    EXPECT_EQ(m_emulator->writesAccepted(), 0);
}

TEST_F(BulkReviewRun, ReviewOfManyPeopleUsesFullBatchesWithSeveralInFlight)
{
    const QStringList people = addPeople(95);
    m_emulator->clearRequests();
    m_emulator->setAnswerLatency(emu::Service::Graph, 30);
    m_run = makeRun();
    const auto review = this->review(*m_run, rowsOf(people));
    ASSERT_TRUE(review);
    EXPECT_EQ(review->count(BulkCategory::Ready), 95);
    // 10 people (20 requests) per batch: 10 batches, the last with 5 people.
    const auto batches = m_emulator->requestsTo(emu::Service::Graph);
    EXPECT_EQ(batches.size(), 10);
    int most = 0;
    QHash<int, int> perBatch;
    for (const auto &item : m_emulator->batchItems())
        most = qMax(most, ++perBatch[item.batchNumber]);
    EXPECT_EQ(most, 20);
    // Two batches went out before the first was answered (30 ms later).
    ASSERT_GE(batches.size(), 2);
    EXPECT_LT(batches.at(0).receivedAt.msecsTo(batches.at(1).receivedAt), 30);
}

TEST_F(BulkReviewRun, PreviewSendsNoRevokingRequestAndRecordsPreviews)
{
    m_run = makeRun();
    const QList<UpnRow> rows = rowsOf({upn("adele.vance"), upn("alex.wilber"), upn("nobody.here")});
    ASSERT_TRUE(review(*m_run, rows));
    std::optional<BulkSummary> summary;
    QObject::connect(m_run.get(), &BulkRun::finished, &m_context,
                     [&](const BulkSummary &s) { summary = s; });
    m_run->preview();
    ASSERT_TRUE(waitFor([&] { return summary.has_value(); }));
    EXPECT_TRUE(summary->preview);
    EXPECT_EQ(cli::exitCodeFor(*summary), cli::ExitCode::Success);
    EXPECT_EQ(summary->text(), QStringLiteral("2 people would be signed out, 1 not found."));
    EXPECT_TRUE(batchItems("POST", QStringLiteral("revokeSignInSessions")).isEmpty());
    EXPECT_EQ(m_emulator->writesAccepted(), 0);
    const auto results = m_run->results();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results.at(0).outcome, QStringLiteral("Preview"));
    EXPECT_EQ(results.at(2).outcome, QStringLiteral("UserNotFound"));
    const auto logged = m_log->records();
    ASSERT_TRUE(logged.ok());
    QStringList outcomes;
    for (const AuditRecord &r : logged.value())
        outcomes << r.outcome;
    outcomes.sort();
    EXPECT_EQ(outcomes,
              (QStringList {QStringLiteral("Preview"), QStringLiteral("Preview"),
                            QStringLiteral("UserNotFound")}));
}
