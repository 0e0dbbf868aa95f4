#pragma once
// The fixture of the `revoke --csv` end-to-end tests: the emulator in this process (signing in
// as its Global Administrator), the child's own data folder and cloud config, helpers to write a
// list, add people and read what the emulator and the audit log saw.

#include "audit/AuditLog.h"
#include "e2e/CliAgainstEmulator.h"
#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"
#include "support/BatchItems.h"
#include "support/BulkPeople.h"

#include <QJsonDocument>
#include <QTemporaryDir>

namespace rc::test {

class BulkCli : public CliAgainstEmulator
{
protected:
    QStringList args(const QString &csv, QStringList more = {}) const
    {
        return onTenant(QStringLiteral("revoke"),
                        QStringList {QStringLiteral("--csv"), csv} + more);
    }

    QString writeList(const QString &name, const QByteArray &content) const
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    // crowd.0@.. upwards, sessions valid from an old date.
    QStringList addPeople(int count)
    {
        return addBulkPeople(m_emulator.tenant(), CliDomain, count, QStringLiteral("crowd"), 0);
    }

    static QByteArray csvOf(const QStringList &upns)
    {
        QByteArray csv = "\xEF\xBB\xBFUserPrincipalName,Department\r\n"; // Excel's "CSV UTF-8"
        for (const QString &u : upns)
            csv += u.toUtf8() + ",Sales\r\n";
        return csv;
    }

    int revocationsRun() const
    {
        int n = 0;
        for (const auto &item : revokingBatchItems(m_emulator))
            n += item.status == 200 ? 1 : 0;
        return n;
    }

    bool everyBatchRun() const { return test::everyBatchRun(m_emulator); }

    QList<AuditRecord> auditRows() const
    {
        auto log = AuditLog::open(m_home.path()
                                  + QStringLiteral("/RevokeConsole/revoke-console/audit.sqlite"));
        EXPECT_TRUE(log.ok());
        if (!log)
            return {};
        AuditQuery all;
        all.limit = 100000;
        const auto rows = log.value()->records(all);
        return rows.ok() ? rows.value() : QList<AuditRecord> {};
    }
};

inline QString dump(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace rc::test
