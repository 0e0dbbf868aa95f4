#include "audit/AuditLog.h"
#include "audit/CsvExport.h"
#include "support/QtPrinters.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

AuditRecord record(const QString &user, const QString &outcome, const QString &reason = {})
{
    AuditRecord r;
    r.operation = QStringLiteral("op-") + user;
    r.operatorUpn = QStringLiteral("admin@contoso.com");
    r.tenant = QStringLiteral("contoso.onmicrosoft.com");
    r.targetUpn = user;
    r.channel = QStringLiteral("entra");
    r.outcome = outcome;
    r.message = QStringLiteral("message for ") + user;
    r.correlationId = QStringLiteral("corr-") + user;
    r.reason = reason;
    r.sessionsValidFromAfter = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 1), Qt::UTC);
    return r;
}

} // namespace

TEST(AuditLog, AppendsAndReadsBackNewestFirst)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("sub/audit.sqlite")));
    ASSERT_TRUE(log.ok()) << log.error().message.toStdString();
    ASSERT_TRUE(log.value()
                        ->append(record(QStringLiteral("a@contoso.com"), QStringLiteral("Started")))
                        .ok());
    ASSERT_TRUE(log.value()
                        ->append(record(QStringLiteral("a@contoso.com"),
                                        QStringLiteral("NonInstantaneousSuccess"),
                                        QStringLiteral("INC-42")))
                        .ok());
    const auto rows = log.value()->records();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    EXPECT_EQ(rows.value().at(0).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(rows.value().at(0).reason, QStringLiteral("INC-42"));
    EXPECT_EQ(rows.value().at(0).sessionsValidFromAfter,
              QDateTime(QDate(2026, 11, 26), QTime(9, 0, 1), Qt::UTC));
    EXPECT_EQ(rows.value().at(0).appVersion, QStringLiteral(REVOKE_VERSION));
    EXPECT_EQ(rows.value().at(1).outcome, QStringLiteral("Started"));
}

TEST(AuditLog, FiltersByTextOutcomeAndDate)
{
    QTemporaryDir dir;
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    ASSERT_TRUE(log.ok());
    AuditRecord old = record(QStringLiteral("old@contoso.com"), QStringLiteral("Failure"));
    old.recordedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    ASSERT_TRUE(log.value()->append(old).ok());
    ASSERT_TRUE(
            log.value()
                    ->append(record(QStringLiteral("adele@contoso.com"), QStringLiteral("Preview")))
                    .ok());
    ASSERT_TRUE(log.value()
                        ->append(record(QStringLiteral("alex@contoso.com"),
                                        QStringLiteral("Failure"), QStringLiteral("Ticket ABC")))
                        .ok());

    AuditQuery byText;
    byText.text = QStringLiteral("ADELE");
    EXPECT_EQ(log.value()->records(byText).value().size(), 1);
    AuditQuery byReason;
    byReason.text = QStringLiteral("ticket abc");
    EXPECT_EQ(log.value()->records(byReason).value().size(), 1);
    AuditQuery byOutcome;
    byOutcome.outcome = QStringLiteral("Failure");
    EXPECT_EQ(log.value()->records(byOutcome).value().size(), 2);
    AuditQuery since;
    since.since = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    EXPECT_EQ(log.value()->records(since).value().size(), 2);
}

TEST(AuditLog, IsAppendOnlyAndWriteAhead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    auto log = AuditLog::open(path);
    ASSERT_TRUE(log.ok());
    ASSERT_TRUE(log.value()
                        ->append(record(QStringLiteral("a@contoso.com"), QStringLiteral("Started")))
                        .ok());
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit SET outcome = 'InstantaneousSuccess'")));
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    EXPECT_EQ(log.value()->records().value().size(), 1);
}

TEST(AuditLog, UnwritableLocationIsAClearError)
{
    const auto log = AuditLog::open(QStringLiteral("/proc/no-such-place/audit.sqlite"));
    ASSERT_FALSE(log.ok());
    EXPECT_TRUE(log.error().message.contains(QStringLiteral("cannot be written")));
}

TEST(CsvExport, QuotesPerRfc4180AndNeutralisesFormulas)
{
    EXPECT_EQ(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(\"x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(csvField(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(csvField(QStringLiteral("@sum")), QStringLiteral("'@sum"));
}

TEST(CsvExport, OneHeaderAndOneCrlfLinePerRecord)
{
    const QByteArray csv = auditCsv({record(QStringLiteral("a@contoso.com"),
                                            QStringLiteral("Failure"), QStringLiteral("=cmd"))});
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_EQ(lines.size(), 3); // header, row, and the empty tail after the final CRLF
    EXPECT_TRUE(lines.at(0).startsWith("time,operator,tenant,user"));
    EXPECT_TRUE(lines.at(0).endsWith('\r'));
    EXPECT_TRUE(lines.at(1).contains(",'=cmd,"));
}
