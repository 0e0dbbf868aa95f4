#include "audit/AuditSchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace rc {

namespace {

// Version 0: the table as the first version of the app wrote it. Kept as it was, so a new log
// and an old one reach the current schema through the same migrations.
const char *const Base[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
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
};

// Version 1, containment: what a row is about and the object (a device) a step acted on. Older
// rows read NULL there, an empty action: a revocation. ADD COLUMN rewrites no row, so the
// UPDATE trigger is not involved. The index serves the restore query (devicesDisabledByThisApp).
const char *const ToVersion1[] = {
        "ALTER TABLE audit ADD COLUMN action TEXT",
        "ALTER TABLE audit ADD COLUMN object_id TEXT",
        "ALTER TABLE audit ADD COLUMN object_name TEXT",
        "CREATE INDEX IF NOT EXISTS audit_action_object ON audit(action, object_id)",
};

QSqlError run(QSqlDatabase &db, const char *statement)
{
    QSqlQuery q(db);
    if (!q.exec(QLatin1String(statement)))
        return q.lastError();
    return {};
}

} // namespace

QSqlError prepareAuditSchema(QSqlDatabase &db)
{
    // WAL cannot be switched inside a transaction; the rest is all or nothing.
    for (const char *statement : {Base[0], Base[1]}) {
        if (const QSqlError e = run(db, statement); e.isValid())
            return e;
    }
    // IMMEDIATE: a second process opening the same old log waits here and then finds it migrated,
    // instead of both reading version 0 and the second failing on a duplicate column.
    if (const QSqlError e = run(db, "BEGIN IMMEDIATE"); e.isValid())
        return e;
    auto fail = [&db](const QSqlError &e) {
        run(db, "ROLLBACK");
        return e;
    };
    for (std::size_t i = 2; i < std::size(Base); ++i) {
        if (const QSqlError e = run(db, Base[i]); e.isValid())
            return fail(e);
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return fail(version.lastError());
    const int from = version.value(0).toInt();
    version.finish();
    if (from < 1) {
        for (const char *statement : ToVersion1) {
            if (const QSqlError e = run(db, statement); e.isValid())
                return fail(e);
        }
    }
    if (from < AuditSchemaVersion) {
        QSqlQuery set(db);
        if (!set.exec(QStringLiteral("PRAGMA user_version = %1").arg(AuditSchemaVersion)))
            return fail(set.lastError());
    }
    if (const QSqlError e = run(db, "COMMIT"); e.isValid())
        return fail(e);
    return {};
}

} // namespace rc
