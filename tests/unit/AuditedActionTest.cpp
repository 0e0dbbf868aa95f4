// The one audited-action path: Started rows before anything is sent, outcome rows linked to them,
// each step in one transaction, and nothing started without a trail. Rows are read back from a
// real log, oldest first.
#include "audit/AuditedAction.h"
#include "support/AuditLogs.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

AuditRecord subject(const QString &who)
{
    AuditRecord r;
    r.targetUpn = who;
    r.targetObjectId = QStringLiteral("id-") + who;
    r.channel = QStringLiteral("entra");
    return r;
}

AuditRecord outcome(const QString &who, const QString &name)
{
    AuditRecord r = subject(who);
    r.outcome = name;
    r.message = name + QStringLiteral(" for ") + who;
    return r;
}

class Action : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_log = rc::test::openAuditLogIn(m_dir);
        ASSERT_TRUE(m_log);
        m_trail = AuditTrail::over(m_log.get(), QStringLiteral("contoso.com"),
                                   QStringLiteral("admin@contoso.com"), QStringLiteral("INC-7"));
        ASSERT_TRUE(m_trail);
    }

    // Every row, oldest first.
    QList<AuditRecord> rows() const
    {
        QList<AuditRecord> all = m_log->records().value();
        std::reverse(all.begin(), all.end());
        return all;
    }
    QStringList column(QString AuditRecord::*field) const
    {
        QStringList out;
        for (const AuditRecord &r : rows())
            out.append(r.*field);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditTrail> m_trail;
};

} // namespace

TEST_F(Action, StartedRowsComeFirstAndEachOutcomeIsLinkedToItsOwn)
{
    AuditedAction action(m_trail.get(),
                         {subject(QStringLiteral("a")), subject(QStringLiteral("b"))});
    EXPECT_FALSE(action.isStarted(0));
    ASSERT_TRUE(action.start().ok());
    ASSERT_TRUE(action.isStarted(0));
    ASSERT_TRUE(action.isStarted(1));
    EXPECT_NE(action.operation(0), action.operation(1));
    // Only the Started rows are written before the request.
    EXPECT_EQ(column(&AuditRecord::outcome), QStringList(2, AuditRecord::Started));
    EXPECT_EQ(column(&AuditRecord::targetUpn), list({"a", "b"}));

    ASSERT_TRUE(action.finish({outcome(QStringLiteral("a"), QStringLiteral("Success")),
                               outcome(QStringLiteral("b"), QStringLiteral("Failure"))})
                        .ok());
    EXPECT_EQ(column(&AuditRecord::outcome),
              (QStringList {AuditRecord::Started, AuditRecord::Started}
               + list({"Success", "Failure"})));
    const QList<AuditRecord> all = rows();
    EXPECT_EQ(all.at(2).operation, all.at(0).operation);
    EXPECT_EQ(all.at(3).operation, all.at(1).operation);
    EXPECT_EQ(all.at(3).message, QStringLiteral("Failure for b"));
    for (const AuditRecord &r : all) {
        EXPECT_EQ(r.operatorUpn, QStringLiteral("admin@contoso.com"));
        EXPECT_EQ(r.tenant, QStringLiteral("contoso.com"));
        EXPECT_EQ(r.reason, QStringLiteral("INC-7"));
        EXPECT_EQ(r.targetObjectId, QStringLiteral("id-") + r.targetUpn);
        EXPECT_TRUE(r.recordedAt.isValid());
    }
}

TEST_F(Action, ASubjectStartedEarlierKeepsItsOperationAndGetsNoSecondStartedRow)
{
    AuditedAction first(m_trail.get(), subject(QStringLiteral("a")));
    ASSERT_TRUE(first.start().ok());
    const QString earlier = first.operation();

    // A resumed unit: a was started by the earlier run, b is new.
    AuditedAction unit(m_trail.get(), {subject(QStringLiteral("a")), subject(QStringLiteral("b"))},
                       {earlier, QString()});
    ASSERT_TRUE(unit.start().ok());
    EXPECT_EQ(unit.operation(0), earlier);
    EXPECT_FALSE(unit.operation(1).isEmpty());
    EXPECT_EQ(column(&AuditRecord::targetUpn), list({"a", "b"})) << "one Started row each";
    ASSERT_TRUE(unit.start().ok());
    EXPECT_EQ(rows().size(), 2) << "starting again writes nothing";
}

TEST_F(Action, WithoutATrailNothingStartsAndNothingIsWritten)
{
    AuditedAction action(nullptr, subject(QStringLiteral("a")));
    const auto started = action.start();
    ASSERT_FALSE(started.ok());
    EXPECT_FALSE(started.error().message.isEmpty());
    EXPECT_FALSE(action.isStarted());
    EXPECT_TRUE(action.finish({outcome(QStringLiteral("a"), QStringLiteral("Preview"))}).ok());
    EXPECT_TRUE(rows().isEmpty());
}

TEST_F(Action, OutcomesWithNoRequestHaveNoStartedRowAndAnOperationOfTheirOwn)
{
    ASSERT_TRUE(AuditedAction(m_trail.get())
                        .finish({outcome(QStringLiteral("a"), QStringLiteral("Preview")),
                                 outcome(QStringLiteral("b"), QStringLiteral("UserNotFound"))})
                        .ok());
    EXPECT_EQ(column(&AuditRecord::outcome), list({"Preview", "UserNotFound"}));
    const QList<AuditRecord> all = rows();
    EXPECT_FALSE(all.at(0).operation.isEmpty());
    EXPECT_NE(all.at(0).operation, all.at(1).operation);
}

TEST_F(Action, UnansweredSubjectsEndWithTheirOwnRowLinkedToTheStartedOne)
{
    AuditedAction action(m_trail.get(),
                         {subject(QStringLiteral("a")), subject(QStringLiteral("b"))});
    ASSERT_TRUE(action.start().ok());
    ASSERT_TRUE(action.finishUnanswered({{AuditRecord::Cancelled, QStringLiteral("may have")},
                                         {AuditRecord::NotSent, QStringLiteral("never went")}})
                        .ok());
    const QList<AuditRecord> all = rows();
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all.at(2).outcome, AuditRecord::Cancelled);
    EXPECT_EQ(all.at(2).targetUpn, QStringLiteral("a"));
    EXPECT_EQ(all.at(2).operation, all.at(0).operation);
    EXPECT_EQ(all.at(3).outcome, AuditRecord::NotSent);
    EXPECT_EQ(all.at(3).message, QStringLiteral("never went"));
    EXPECT_EQ(all.at(3).operation, all.at(1).operation);
}
