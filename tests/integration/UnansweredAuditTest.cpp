// A revocation that ends without an answer still ends in the audit log: one cancelled while its
// request was in flight has its Started row and a Cancelled row (it may have reached the
// service); a bulk run whose journal cannot be written leaves no Started row without an outcome.
#include "integration/BulkFixture.h"
#include "revocation/RevokeFlow.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rc;
using namespace rc::test;

namespace {

// Outcome rows by operation: every Started row's operation must have one.
QStringList operationsWithoutOutcome(const QList<AuditRecord> &rows)
{
    QSet<QString> answered;
    for (const AuditRecord &r : rows) {
        if (r.outcome != AuditRecord::Started)
            answered.insert(r.operation);
    }
    QStringList open;
    for (const AuditRecord &r : rows) {
        if (r.outcome == AuditRecord::Started && !answered.contains(r.operation))
            open << r.targetUpn;
    }
    return open;
}

// From now on the journal refuses every write, as a full disk would.
void breakJournal(const QString &path)
{
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_rows BEFORE INSERT ON bulk_rows"
                                          " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
}

class UnansweredAudit : public BulkFixture
{
};

} // namespace

TEST_F(UnansweredAudit, ACancelledRevocationHasItsStartedAndACancelledRow)
{
    m_connection->setAuditLog(m_log.get());
    const std::optional<User> user = lookUp(upn("adele.vance"));
    ASSERT_TRUE(user.has_value());
    // The revoking request reaches the service and hangs there.
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("revokeSignInSessions"),
                             emu::Fault::latency(10000));
    RevokeFlow &flow = m_connection->flow();
    flow.setReason(QStringLiteral("INC-5150"));
    flow.setUser(user);
    bool cancelled = false;
    QObject scope;
    QObject::connect(&flow, &RevokeFlow::cancelled, &scope, [&] { cancelled = true; });
    flow.run();
    ASSERT_TRUE(waitFor([&] {
        return !requestsTo(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions"))
                        .isEmpty();
    }));
    flow.cancel();
    ASSERT_TRUE(cancelled);

    const QList<AuditRecord> rows = m_log->records().value(); // newest first
    ASSERT_EQ(rows.size(), 2);
    const AuditRecord &outcome = rows.at(0);
    const AuditRecord &started = rows.at(1);
    EXPECT_EQ(started.outcome, AuditRecord::Started);
    EXPECT_EQ(outcome.outcome, AuditRecord::Cancelled);
    EXPECT_EQ(outcome.operation, started.operation) << "the outcome of that Started row";
    EXPECT_EQ(outcome.targetUpn, upn("adele.vance"));
    EXPECT_EQ(outcome.targetObjectId, user->id);
    EXPECT_EQ(outcome.channel, QStringLiteral("entra"));
    EXPECT_EQ(outcome.reason, QStringLiteral("INC-5150"));
    EXPECT_EQ(outcome.operatorUpn, started.operatorUpn);
    EXPECT_TRUE(
            outcome.message.startsWith(QStringLiteral("Cancelled (may have reached the service)")))
            << outcome.message.toStdString();
    EXPECT_FALSE(flow.isBusy());
}

TEST_F(UnansweredAudit, ABulkRunWhoseJournalFailsLeavesNoStartedRowWithoutAnOutcome)
{
    const QStringList people = addPeople(45);
    m_run = makeRun(Channel::Entra);
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    breakJournal(m_dir.filePath(QStringLiteral("journal.sqlite")));
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    ASSERT_TRUE(summary->gaveUp.has_value());
    EXPECT_TRUE(summary->gaveUp->message.contains(QStringLiteral("Nothing was sent")))
            << summary->gaveUp->message.toStdString();
    EXPECT_TRUE(batchItems("POST", QStringLiteral("revokeSignInSessions")).isEmpty());

    const QList<AuditRecord> rows = m_log->records().value();
    EXPECT_EQ(operationsWithoutOutcome(rows), QStringList());
    int started = 0;
    int notSent = 0;
    for (const AuditRecord &r : rows) {
        started += r.outcome == AuditRecord::Started ? 1 : 0;
        notSent += r.outcome == AuditRecord::NotSent ? 1 : 0;
    }
    EXPECT_GT(started, 0) << "the first unit's Started rows went in before the journal refused";
    EXPECT_EQ(notSent, started);
}

TEST_F(UnansweredAudit, AJournalThatFailsMidRunLeavesNoStartedRowWithoutAnOutcome)
{
    const QStringList people = addPeople(12);
    m_run = makeRun(Channel::SharePoint);
    BulkSchedulerLimits limits;
    limits.maxInFlight = 1; // one at a time: the journal breaks between two requests
    m_run->setWriteLimits(limits);
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    bool broken = false;
    QObject::connect(m_run.get(), &BulkRun::rowFinished, &m_context, [&] {
        if (!std::exchange(broken, true))
            breakJournal(m_dir.filePath(QStringLiteral("journal.sqlite")));
    });
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    ASSERT_TRUE(summary->gaveUp.has_value());
    EXPECT_EQ(summary->revoked, 1) << "the one answered before the journal broke";

    const QList<AuditRecord> rows = m_log->records().value();
    EXPECT_EQ(operationsWithoutOutcome(rows), QStringList());
    int notSent = 0;
    for (const AuditRecord &r : rows)
        notSent += r.outcome == AuditRecord::NotSent ? 1 : 0;
    EXPECT_EQ(notSent, 1) << "the next one: recorded as Started, refused by the journal, not sent";
}
