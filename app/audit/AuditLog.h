#pragma once
// The append-only record of every preview and revocation, in SQLite (QtSql). A "Started" row is
// written before a revoking request goes out and the outcome row before anyone is shown the
// outcome, so even a crash mid-request leaves a trace. WAL with synchronous=FULL: each row (or
// each batch of rows, appendAll) is on disk before the call returns. UPDATE and DELETE are refused
// by triggers. Only its owner may read it: the file is 0600 in a 0700 folder, tightened on open
// when looser (core/PrivateFile). One object per database file; not thread-safe.

#include "audit/AuditRecord.h"
#include "core/Result.h"

#include <QList>

#include <functional>
#include <memory>

namespace rc {

struct AuditQuery
{
    QDateTime since; // invalid: from the beginning
    // matched against target, operator, message, reason, correlation id, the device's name
    QString text;
    QString outcome; // exact outcomeName(), empty: any
    // records(): the newest rows only, what a view shows at once; 0: every matching row. An
    // export reads every row, page by page (eachPage), whatever the limit.
    int limit = ShownRows;

    static constexpr int ShownRows = 10000;
};

// An object (a device) a step acted on, as the log names it.
struct AuditObject
{
    QString id;
    QString name; // its display name when it was last disabled

    bool operator==(const AuditObject &other) const { return id == other.id && name == other.name; }
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
    // Several rows in one transaction (one fsync): all of them are in the log, or none is. A bulk
    // run records each batch of 20 this way, before sending it and before showing its outcomes.
    Result<Done> appendAll(const QList<AuditRecord> &records);
    // Adds "Nothing was sent." to an error met before a revoking request went out.
    static ServiceError beforeSending(ServiceError error);
    // Newest first.
    Result<QList<AuditRecord>> records(const AuditQuery &query = {}) const;
    // Every row the query matches (its limit ignored), newest first, handed over `pageSize` rows
    // at a time, so an export of any size holds every row in bounded memory. An error from
    // onPage stops the walk and is returned.
    using Page = std::function<Result<Done>(const QList<AuditRecord> &rows)>;
    Result<Done> eachPage(const AuditQuery &query, const Page &onPage, int pageSize = 1000) const;
    // How many rows the query matches, its limit ignored.
    Result<qint64> count(const AuditQuery &query) const;
    // What restore undoes: the devices this app disabled (action DisableDevice, outcome Verified,
    // not a preview) in `tenant` during containment of the user `targetObjectId`, less those a
    // later EnableDevice Verified row (for any user, a device is enabled for all) names again.
    // Each device once, in the order it was first disabled since last enabled: oldest first.
    Result<QList<AuditObject>> devicesDisabledByThisApp(const QString &tenant,
                                                        const QString &targetObjectId) const;
    // What restore may unblock: whether this app blocked the user's sign-in (action BlockSignIn,
    // outcome Verified, not a preview) in `tenant` and no later UnblockSignIn Verified row undid
    // it.
    Result<bool> signInBlockedByThisApp(const QString &tenant, const QString &targetObjectId) const;
    // Each outcome the log holds, once, sorted.
    Result<QStringList> outcomes() const;
    QString path() const { return m_path; }

private:
    AuditLog(QString path, QString connectionName);
    Result<Done> prepareSchema();
    Result<Done> insert(const AuditRecord &record);
    // The rows the query matches with an id below `beforeId` (0: any), newest first, at most
    // `limit` (0: all).
    Result<QList<AuditRecord>> select(const AuditQuery &query, qint64 beforeId, int limit) const;

    QString m_path;
    QString m_connectionName;
};

} // namespace rc
