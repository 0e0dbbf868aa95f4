#include "audit/AuditLog.h"

#include "audit/AuditSchema.h"
#include "core/Logging.h"
#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class AuditLogTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::AuditLog)
};

ServiceError storageError(const QString &path, const QSqlError &error)
{
    return ServiceError::make(ServiceError::Kind::Service,
                              AuditLogTr::tr("The audit log %1 cannot be written: %2")
                                      .arg(QDir::toNativeSeparators(path), error.text()),
                              error.nativeErrorCode());
}

QString isoOrNull(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QLatin1String("/audit.sqlite");
}

AuditLog::AuditLog(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

AuditLog::~AuditLog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(const QString &path)
{
    // Who was signed out, by whom and why is nobody else's business: a log that cannot be made
    // private is still used (the record matters more), and the reason logged.
    if (const auto made = preparePrivateDatabase(path); !made)
        qCWarning(lcFiles).noquote() << made.error().message;
    const QString name
            = QStringLiteral("audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<AuditLog> log(new AuditLog(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return storageError(path, db.lastError());
    const auto schema = log->prepareSchema();
    if (!schema)
        return schema.error();
    return log;
}

Result<Done> AuditLog::prepareSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (const QSqlError e = prepareAuditSchema(db); e.isValid())
        return storageError(m_path, e);
    return Done {};
}

ServiceError AuditLog::beforeSending(ServiceError error)
{
    error.message += QLatin1Char(' ') + AuditLogTr::tr("Nothing was sent.");
    return error;
}

Result<Done> AuditLog::append(const AuditRecord &r)
{
    return insert(r);
}

Result<Done> AuditLog::appendAll(const QList<AuditRecord> &records)
{
    if (records.isEmpty())
        return Done {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return storageError(m_path, db.lastError());
    for (const AuditRecord &r : records) {
        const auto inserted = insert(r);
        if (!inserted) {
            db.rollback();
            return inserted.error();
        }
    }
    if (!db.commit()) {
        const ServiceError e = storageError(m_path, db.lastError());
        db.rollback();
        return e;
    }
    return Done {};
}

Result<Done> AuditLog::insert(const AuditRecord &r)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral(
            "INSERT INTO audit (operation, recorded_at, operator, tenant, target_upn, target_id,"
            " channel, preview, outcome, message, correlation_id, valid_from_before,"
            " valid_from_after, reason, app_version, action, object_id, object_name)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QDateTime at = r.recordedAt.isValid() ? r.recordedAt : QDateTime::currentDateTimeUtc();
    for (const QVariant &v :
         {QVariant(r.operation), QVariant(isoOrNull(at)), QVariant(r.operatorUpn),
          QVariant(r.tenant), QVariant(r.targetUpn), QVariant(r.targetObjectId),
          QVariant(r.channel), QVariant(r.preview ? 1 : 0), QVariant(r.outcome),
          QVariant(r.message), QVariant(r.correlationId),
          QVariant(isoOrNull(r.sessionsValidFromBefore)),
          QVariant(isoOrNull(r.sessionsValidFromAfter)), QVariant(r.reason),
          QVariant(r.appVersion.isEmpty() ? QStringLiteral(REVOKE_VERSION) : r.appVersion),
          QVariant(r.action), QVariant(r.objectId), QVariant(r.objectName)})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(m_path, q.lastError());
    return Done {};
}

namespace {

// The WHERE clause of a query and its values, in order.
struct Filter
{
    QString sql;
    QVariantList values;
};

Filter filterFor(const AuditQuery &query)
{
    Filter f;
    f.sql = QStringLiteral(" WHERE recorded_at >= ?");
    // An empty (not null) string sorts before every timestamp: no lower bound.
    f.values << (query.since.isValid() ? isoOrNull(query.since) : QStringLiteral(""));
    if (!query.outcome.isEmpty()) {
        f.sql += QStringLiteral(" AND outcome = ?");
        f.values << query.outcome;
    }
    if (!query.text.isEmpty()) {
        f.sql += QStringLiteral(" AND (instr(lower(target_upn), ?) OR instr(lower(operator), ?)"
                                " OR instr(lower(message), ?) OR instr(lower(reason), ?)"
                                " OR instr(lower(correlation_id), ?)"
                                " OR instr(lower(object_name), ?))");
        for (int i = 0; i < 6; ++i)
            f.values << query.text.toLower();
    }
    return f;
}

AuditRecord recordAt(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.operation = q.value(1).toString();
    r.recordedAt = fromIso(q.value(2));
    r.operatorUpn = q.value(3).toString();
    r.tenant = q.value(4).toString();
    r.targetUpn = q.value(5).toString();
    r.targetObjectId = q.value(6).toString();
    r.channel = q.value(7).toString();
    r.preview = q.value(8).toInt() != 0;
    r.outcome = q.value(9).toString();
    r.message = q.value(10).toString();
    r.correlationId = q.value(11).toString();
    r.sessionsValidFromBefore = fromIso(q.value(12));
    r.sessionsValidFromAfter = fromIso(q.value(13));
    r.reason = q.value(14).toString();
    r.appVersion = q.value(15).toString();
    r.action = q.value(16).toString(); // NULL on a row older than the column: empty
    r.objectId = q.value(17).toString();
    r.objectName = q.value(18).toString();
    return r;
}

} // namespace

Result<QList<AuditRecord>> AuditLog::records(const AuditQuery &query) const
{
    return select(query, 0, query.limit);
}

Result<QList<AuditRecord>> AuditLog::select(const AuditQuery &query, qint64 beforeId,
                                            int limit) const
{
    Filter f = filterFor(query);
    if (beforeId > 0) {
        f.sql += QStringLiteral(" AND id < ?");
        f.values << beforeId;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                      "SELECT id, operation, recorded_at, operator, tenant, target_upn, target_id,"
                      " channel, preview, outcome, message, correlation_id, valid_from_before,"
                      " valid_from_after, reason, app_version, action, object_id, object_name"
                      " FROM audit")
              + f.sql + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(f.values))
        q.addBindValue(v);
    q.addBindValue(limit > 0 ? limit : -1); // SQLite: a negative LIMIT is none
    if (!q.exec())
        return storageError(m_path, q.lastError());
    QList<AuditRecord> list;
    while (q.next())
        list.append(recordAt(q));
    return list;
}

Result<Done> AuditLog::eachPage(const AuditQuery &query, const Page &onPage, int pageSize) const
{
    // By id, below the last row handed over: rows appended meanwhile are newer and not repeated.
    qint64 beforeId = 0;
    for (;;) {
        const auto page = select(query, beforeId, qMax(1, pageSize));
        if (!page)
            return page.error();
        if (page.value().isEmpty())
            return Done {};
        const auto handled = onPage(page.value());
        if (!handled)
            return handled;
        if (page.value().size() < pageSize)
            return Done {};
        beforeId = page.value().last().id;
    }
}

Result<qint64> AuditLog::count(const AuditQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT count(*) FROM audit") + f.sql);
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return storageError(m_path, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<AuditObject>> AuditLog::devicesDisabledByThisApp(const QString &tenant,
                                                              const QString &targetObjectId) const
{
    // Tenant domains and object ids compare without case, as the directory compares them.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT d.object_id, d.object_name FROM audit d"
            " WHERE d.action = ? AND d.outcome = ? AND d.preview = 0"
            " AND lower(d.tenant) = lower(?) AND lower(d.target_id) = lower(?)"
            " AND ifnull(d.object_id, '') <> ''"
            " AND NOT EXISTS (SELECT 1 FROM audit e WHERE e.action = ? AND e.outcome = ?"
            "  AND e.preview = 0 AND lower(e.tenant) = lower(d.tenant)"
            "  AND lower(e.object_id) = lower(d.object_id) AND e.id > d.id)"
            " ORDER BY d.id"));
    for (const QVariant &v : {QVariant(AuditRecord::DisableDevice), QVariant(AuditRecord::Verified),
                              QVariant(tenant), QVariant(targetObjectId),
                              QVariant(AuditRecord::EnableDevice), QVariant(AuditRecord::Verified)})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(m_path, q.lastError());
    // Disabled twice without an enable in between: listed once, where it was first disabled,
    // under the name it had last.
    QList<AuditObject> devices;
    while (q.next()) {
        const AuditObject device {q.value(0).toString(), q.value(1).toString()};
        const auto same = std::find_if(devices.begin(), devices.end(), [&](const AuditObject &d) {
            return d.id.compare(device.id, Qt::CaseInsensitive) == 0;
        });
        if (same == devices.end())
            devices.append(device);
        else
            same->name = device.name;
    }
    return devices;
}

Result<bool> AuditLog::signInBlockedByThisApp(const QString &tenant,
                                              const QString &targetObjectId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT 1 FROM audit b"
            " WHERE b.action = ? AND b.outcome = ? AND b.preview = 0"
            " AND lower(b.tenant) = lower(?) AND lower(b.target_id) = lower(?)"
            " AND NOT EXISTS (SELECT 1 FROM audit u WHERE u.action = ? AND u.outcome = ?"
            "  AND u.preview = 0 AND lower(u.tenant) = lower(b.tenant)"
            "  AND lower(u.target_id) = lower(b.target_id) AND u.id > b.id)"
            " LIMIT 1"));
    for (const QVariant &v :
         {QVariant(AuditRecord::BlockSignIn), QVariant(AuditRecord::Verified), QVariant(tenant),
          QVariant(targetObjectId), QVariant(AuditRecord::UnblockSignIn),
          QVariant(AuditRecord::Verified)})
        q.addBindValue(v);
    if (!q.exec())
        return storageError(m_path, q.lastError());
    return q.next();
}

Result<QStringList> AuditLog::outcomes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT DISTINCT outcome FROM audit ORDER BY outcome")))
        return storageError(m_path, q.lastError());
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace rc
