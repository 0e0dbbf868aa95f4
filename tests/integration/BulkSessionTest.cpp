// The bulk session the window and the CLI share: its stages, what an export is at each, and that
// a run through it records every person as the single flow does, in order with what is sent: the
// Started row before the revoking request reaches the emulator, the outcome row after its answer
// and before the row is shown.
#include "bulk/BulkSession.h"
#include "audit/AuditLog.h"
#include "support/BulkPeople.h"
#include "support/EmulatorFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;

namespace {

class Session : public EmulatorFixture
{
protected:
    void SetUp() override
    {
        EmulatorFixture::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_session = makeSession();
        ASSERT_TRUE(m_session->openAuditLog(m_dir.filePath(QStringLiteral("audit.sqlite"))).ok());
        ASSERT_TRUE(m_session->openJournal(journalPath()).ok());
        auto log = AuditLog::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
        ASSERT_TRUE(log.ok());
        m_log = std::move(log).value();
        QObject::connect(m_session.get(), &BulkSession::stageChanged, &m_context,
                         [this](BulkSession::Stage stage) { m_stages.append(stage); });
        QObject::connect(m_session.get(), &BulkSession::finished, &m_context,
                         [this](const BulkSummary &summary) { m_summary = summary; });
    }
    void TearDown() override
    {
        m_session.reset();
        m_log.reset();
        EmulatorFixture::TearDown();
    }

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<BulkSession> makeSession()
    {
        const auto cloud
                = CloudEndpoints::fromJson(QJsonDocument(m_emulator->cloudConfig()).toJson());
        auto session = std::make_unique<BulkSession>(cloud.value(), Tenant::parse(Domain).value());
        session->setConnection({m_connection->http(), m_connection->session(),
                                m_connection->admin(), m_connection->revoker(),
                                &m_connection->clock()});
        return session;
    }

    static QList<UpnRow> rowsOf(const QStringList &names)
    {
        QList<UpnRow> rows;
        for (int i = 0; i < names.size(); ++i)
            rows.append({i + 2, names.at(i), names.at(i)});
        return rows;
    }

    bool reviewed(const QStringList &names)
    {
        m_session->review(rowsOf(names));
        return waitFor([&] { return m_session->stage() == BulkSession::Stage::Reviewed; }, 30000);
    }

    // Every row of the log about `who`, oldest first.
    QList<AuditRecord> rowsAbout(const QString &who) const
    {
        QList<AuditRecord> out;
        AuditQuery all;
        all.limit = 0;
        const QList<AuditRecord> rows = m_log->records(all).value();
        for (const AuditRecord &r : rows) {
            if (r.targetUpn == who)
                out.prepend(r);
        }
        return out;
    }
    static QStringList outcomes(const QList<AuditRecord> &rows)
    {
        QStringList out;
        for (const AuditRecord &r : rows)
            out.append(r.outcome);
        return out;
    }

    QList<emu::EmulatedBatchItem> revokesOf(const QString &who) const
    {
        const QString id = m_emulator->tenant().find(who)->id;
        QList<emu::EmulatedBatchItem> out;
        for (const auto &item : m_emulator->batchItems()) {
            const QString path = item.request.decodedPath();
            if (item.request.method == "POST"
                && path.endsWith(QLatin1String("/revokeSignInSessions"))
                && (path.contains(id) || path.contains(who)))
                out.append(item);
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log; // the same file, read as the history view reads it
    std::unique_ptr<BulkSession> m_session;
    QList<BulkSession::Stage> m_stages;
    std::optional<BulkSummary> m_summary;
};

using Stage = BulkSession::Stage;

} // namespace

TEST_F(Session, ARunRecordsEachPersonAroundTheirRequest_AndTheStagesFollow)
{
    const QStringList people
            = addBulkPeople(m_emulator->tenant(), Domain, 3, QStringLiteral("s"), 2);
    const QString stranger = upn("nobody.here");
    ASSERT_TRUE(reviewed(people + QStringList {stranger, people.at(0).toUpper()}));
    EXPECT_EQ(m_stages, (QList<Stage> {Stage::Reviewing, Stage::Reviewed}));
    EXPECT_EQ(m_session->peopleToSignOut(), 3);
    EXPECT_TRUE(m_session->canStart());
    EXPECT_TRUE(m_session->exportFileName(QDate(2026, 12, 6)).contains(QLatin1String("review")));
    EXPECT_EQ(m_emulator->revocationCount(people.at(0)), 0) << "a review sends nothing";

    // Shown only once on record: each row's outcome is in the log when the row is shown.
    QStringList shownWithoutARow;
    QObject::connect(m_session.get(), &BulkSession::rowFinished, &m_context,
                     [&](int, const RevocationOutcome &outcome) {
                         const QStringList o = outcomes(rowsAbout(outcome.user));
                         if (o.size() != 2 || o.first() != AuditRecord::Started)
                             shownWithoutARow.append(outcome.user);
                     });
    m_session->start(QStringLiteral("INC-42"));
    ASSERT_TRUE(waitFor([&] { return m_summary.has_value(); }, 60000));
    EXPECT_EQ(m_stages,
              (QList<Stage> {Stage::Reviewing, Stage::Reviewed, Stage::Running, Stage::Ended}));
    EXPECT_TRUE(shownWithoutARow.isEmpty())
            << shownWithoutARow.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(m_session->rowsLeft());
    EXPECT_FALSE(m_session->canStart());
    EXPECT_TRUE(m_session->exportFileName(QDate(2026, 12, 6)).contains(QLatin1String("results")));

    for (const QString &person : people) {
        const QList<AuditRecord> rows = rowsAbout(person);
        ASSERT_EQ(outcomes(rows),
                  (QStringList {AuditRecord::Started, QStringLiteral("NonInstantaneousSuccess")}))
                << person.toStdString();
        EXPECT_EQ(rows.at(0).operation, rows.at(1).operation);
        for (const AuditRecord &r : rows) {
            EXPECT_EQ(r.reason, QStringLiteral("INC-42"));
            EXPECT_EQ(r.operatorUpn, upn("admin"));
        }
        // Sent once, after its Started row, and answered before its outcome row.
        const auto sent = revokesOf(person);
        ASSERT_EQ(sent.size(), 1) << person.toStdString();
        EXPECT_LE(rows.at(0).recordedAt, sent.first().request.receivedAt);
        EXPECT_GE(rows.at(1).recordedAt, sent.first().request.receivedAt);
    }
    // The lines that end at the review: one row each, and no Started row.
    EXPECT_EQ(outcomes(rowsAbout(stranger)), QStringList {QStringLiteral("UserNotFound")});
    EXPECT_EQ(outcomes(rowsAbout(people.at(0).toUpper())), QStringList {AuditRecord::Duplicate});
}

TEST_F(Session, AnExportOfTheReviewIsAnUnrecordedPreview_AWhatIfIsRecordedWithItsReason)
{
    const QStringList people
            = addBulkPeople(m_emulator->tenant(), Domain, 2, QStringLiteral("p"), 2);
    ASSERT_TRUE(reviewed(people));
    const auto exported = m_session->exportResults();
    ASSERT_TRUE(exported.ok());
    ASSERT_EQ(exported.value().size(), 2);
    for (const BulkRowResult &row : exported.value())
        EXPECT_EQ(row.outcome, QStringLiteral("Preview"));
    EXPECT_EQ(m_session->stage(), Stage::Reviewed) << "an export changes no stage";
    EXPECT_TRUE(rowsAbout(people.at(0)).isEmpty());

    m_session->setReason(QStringLiteral("CHG-1"));
    m_session->preview();
    for (const QString &person : people) {
        const QList<AuditRecord> rows = rowsAbout(person);
        ASSERT_EQ(outcomes(rows), QStringList {QStringLiteral("Preview")}) << person.toStdString();
        EXPECT_TRUE(rows.first().preview);
        EXPECT_EQ(rows.first().reason, QStringLiteral("CHG-1"));
        EXPECT_EQ(m_emulator->revocationCount(person), 0);
    }
    EXPECT_TRUE(revokesOf(people.at(0)).isEmpty());
}

TEST_F(Session, WithoutAnAuditLogNothingIsSentAndTheRunSaysWhy)
{
    const QStringList people
            = addBulkPeople(m_emulator->tenant(), Domain, 2, QStringLiteral("n"), 2);
    m_session->useAuditLog(nullptr);
    ASSERT_TRUE(reviewed(people));
    EXPECT_FALSE(m_session->whyNotRun().isEmpty());
    EXPECT_FALSE(m_session->canStart());
    m_session->start(QStringLiteral("INC-1"));
    ASSERT_TRUE(waitFor([&] { return m_summary.has_value(); }));
    ASSERT_TRUE(m_summary->gaveUp.has_value());
    EXPECT_TRUE(m_summary->gaveUp->message.contains(QLatin1String("audit log")));
    EXPECT_EQ(m_session->stage(), Stage::Ended);
    EXPECT_TRUE(m_session->rowsLeft());
    EXPECT_TRUE(revokesOf(people.at(0)).isEmpty());
    EXPECT_TRUE(rowsAbout(people.at(0)).isEmpty());
}

TEST_F(Session, TheSameListLockedByAnotherSessionIsRefusedBeforeAnything)
{
    const QList<UpnRow> rows = rowsOf({upn("adele.vance")});
    auto other = makeSession();
    ASSERT_TRUE(other->openJournal(journalPath()).ok());
    ASSERT_TRUE(other->lock(rows).ok());
    const auto refused = m_session->lock(rows);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.endsWith(QLatin1String("Nothing was sent.")))
            << refused.error().message.toStdString();
    other.reset(); // its lock goes with it
    EXPECT_TRUE(m_session->lock(rows).ok());
}
