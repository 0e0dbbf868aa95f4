#pragma once
// The append-only record of every preview and revocation, in SQLite (QtSql). A "Started" row is
// written before a revoking request goes out and the outcome row before anyone is shown the
// outcome, so even a crash mid-request leaves a trace. WAL with synchronous=FULL: a handful of
// rows a minute, and each one matters more than its fsync. UPDATE and DELETE are refused by
// triggers. One object per database file; not thread-safe.

#include "audit/AuditRecord.h"
#include "core/Result.h"

#include <QList>

#include <memory>

namespace rc {

struct AuditQuery
{
    QDateTime since; // invalid: from the beginning
    QString text; // matched against target, operator, message, reason, correlation id
    QString outcome; // exact outcomeName(), empty: any
    int limit = 10000;
};

class AuditLog final
{
public:
    static QString defaultPath(); // the platform's app-data folder, audit.sqlite
    static Result<std::unique_ptr<AuditLog>> open(const QString &path);
    ~AuditLog();

    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    Result<Done> append(const AuditRecord &record);
    // Adds "Nothing was sent." to an error met before a revoking request went out.
    static ServiceError beforeSending(ServiceError error);
    // Newest first.
    Result<QList<AuditRecord>> records(const AuditQuery &query = {}) const;
    QString path() const { return m_path; }

private:
    AuditLog(QString path, QString connectionName);
    Result<Done> prepareSchema();

    QString m_path;
    QString m_connectionName;
};

} // namespace rc
