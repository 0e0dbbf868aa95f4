// A log written before containment (no action, object_id, object_name) opens, gains the columns
// once, keeps its rows and stays append-only.

#include "audit/AuditLog.h"
#include "audit/AuditSchema.h"
#include "audit/CsvExport.h"
#include "support/QtPrinters.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

// The schema as the first version wrote it (commit 9fef605), and one row in it.
const char *const OldSchema[] = {
        "PRAGMA journal_mode=WAL",
        "CREATE TABLE IF NOT EXISTS audit ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, recorded_at TEXT NOT NULL,"
        " operator TEXT, tenant TEXT, target_upn TEXT, target_id TEXT, channel TEXT,"
        " preview INTEGER NOT NULL, outcome TEXT NOT NULL, message TEXT, correlation_id TEXT,"
        " valid_from_before TEXT, valid_from_after TEXT, reason TEXT, app_version TEXT)",
        "CREATE INDEX IF NOT EXISTS audit_recorded_at ON audit(recorded_at)",
        "CREATE TRIGGER IF NOT EXISTS audit_append_only_update BEFORE UPDATE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        "CREATE TRIGGER IF NOT EXISTS audit_append_only_delete BEFORE DELETE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        "INSERT INTO audit (operation, recorded_at, operator, tenant, target_upn, target_id,"
        " channel, preview, outcome, message, correlation_id, valid_from_before,"
        " valid_from_after, reason, app_version) VALUES ('op-old', '2026-11-20T08:00:00.000Z',"
        " 'admin@contoso.com', 'contoso.onmicrosoft.com', 'adele@contoso.com', 'id-adele',"
        " 'entra', 0, 'NonInstantaneousSuccess', 'old message', 'corr-old', NULL,"
        " '2026-11-20T08:00:01.000Z', 'INC-1', '0.9.0')",
};

// Runs statements on `path` through a connection of its own; the first failure's text, if any.
QString exec(const QString &path, const QStringList &statements,
             QVariantList *firstColumn = nullptr)
{
    const QString name = QStringLiteral("by-hand");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                failure = statement + QStringLiteral(": ") + q.lastError().text();
                break;
            }
            while (firstColumn && q.next())
                firstColumn->append(q.value(0));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

QString writeOldLog(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    QStringList statements;
    for (const char *s : OldSchema)
        statements << QLatin1String(s);
    const QString failure = exec(path, statements);
    EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    return path;
}

int userVersion(const QString &path)
{
    QVariantList values;
    exec(path, {QStringLiteral("PRAGMA user_version")}, &values);
    return values.isEmpty() ? -1 : values.first().toInt();
}

} // namespace

TEST(AuditMigration, AnOldLogOpensKeepsItsRowsAndGainsTheNewColumns)
{
    QTemporaryDir dir;
    const QString path = writeOldLog(dir);
    ASSERT_EQ(userVersion(path), 0);

    auto log = AuditLog::open(path);
    ASSERT_TRUE(log.ok()) << log.error().message.toStdString();
    EXPECT_EQ(userVersion(path), AuditSchemaVersion);

    AuditRecord device;
    device.operation = QStringLiteral("op-new");
    device.tenant = QStringLiteral("contoso.onmicrosoft.com");
    device.targetUpn = QStringLiteral("adele@contoso.com");
    device.targetObjectId = QStringLiteral("id-adele");
    device.outcome = AuditRecord::Verified;
    device.action = AuditRecord::DisableDevice;
    device.objectId = QStringLiteral("dev-1");
    device.objectName = QStringLiteral("ADELE-LAPTOP");
    ASSERT_TRUE(log.value()->append(device).ok());

    const auto rows = log.value()->records();
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows.value().size(), 2);
    const AuditRecord &added = rows.value().at(0);
    EXPECT_EQ(added.action, AuditRecord::DisableDevice);
    EXPECT_EQ(added.objectId, QStringLiteral("dev-1"));
    EXPECT_EQ(added.objectName, QStringLiteral("ADELE-LAPTOP"));
    const AuditRecord &old = rows.value().at(1);
    EXPECT_EQ(old.operation, QStringLiteral("op-old"));
    EXPECT_EQ(old.recordedAt, QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    EXPECT_EQ(old.targetUpn, QStringLiteral("adele@contoso.com"));
    EXPECT_EQ(old.outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(old.reason, QStringLiteral("INC-1"));
    EXPECT_EQ(old.appVersion, QStringLiteral("0.9.0"));
    EXPECT_TRUE(old.action.isEmpty()) << "read as a revocation";
    EXPECT_TRUE(old.objectId.isEmpty());
    EXPECT_TRUE(old.objectName.isEmpty());

    // The export carries both: the old row as a revocation, the new one naming its device.
    const QList<QByteArray> lines = auditCsv(rows.value()).split('\n');
    EXPECT_TRUE(lines.at(1).trimmed().endsWith(",disable-device,dev-1,ADELE-LAPTOP"));
    EXPECT_TRUE(lines.at(2).trimmed().endsWith(",revoke-sessions,,"));
}

TEST(AuditMigration, TheMigratedLogStaysAppendOnly)
{
    QTemporaryDir dir;
    const QString path = writeOldLog(dir);
    ASSERT_TRUE(AuditLog::open(path).ok());
    EXPECT_FALSE(
            exec(path, {QStringLiteral("UPDATE audit SET action = 'disable-device'")}).isEmpty());
    EXPECT_FALSE(exec(path, {QStringLiteral("DELETE FROM audit")}).isEmpty());
    auto log = AuditLog::open(path);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log.value()->records().value().size(), 1);
    EXPECT_TRUE(log.value()->records().value().at(0).action.isEmpty());
}

TEST(AuditMigration, ASecondOpenDoesNotMigrateAgain)
{
    QTemporaryDir dir;
    const QString path = writeOldLog(dir);
    {
        auto first = AuditLog::open(path);
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        AuditRecord r;
        r.operation = QStringLiteral("op-block");
        r.outcome = AuditRecord::Verified;
        r.action = AuditRecord::BlockSignIn;
        ASSERT_TRUE(first.value()->append(r).ok());
    }
    // A second ADD COLUMN of the same name would fail the open.
    auto second = AuditLog::open(path);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(userVersion(path), AuditSchemaVersion);
    QVariantList columns;
    exec(path,
         {QStringLiteral("SELECT name FROM pragma_table_info('audit') WHERE name = 'action'")},
         &columns);
    EXPECT_EQ(columns.size(), 1);
    const auto rows = second.value()->records();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    EXPECT_EQ(rows.value().at(0).action, AuditRecord::BlockSignIn);
}

TEST(AuditMigration, ANewLogIsAtTheCurrentVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    ASSERT_TRUE(AuditLog::open(path).ok());
    EXPECT_EQ(userVersion(path), AuditSchemaVersion);
    ASSERT_TRUE(AuditLog::open(path).ok()) << "and opens again";
}
