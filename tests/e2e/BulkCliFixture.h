#pragma once
// The fixture of the `revoke --csv` end-to-end tests: the emulator in this process (signing in
// as its Global Administrator), the child's own data folder and cloud config, helpers to write a
// list, add people and read what the emulator and the audit log saw.

#include "audit/AuditLog.h"
#include "e2e/CliRunner.h"
#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

namespace rc::test {

class BulkCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_emulator.start());
        m_emulator.setAutoApproveAs(cliUpn("admin"));
        m_emulator.setDeviceCodeIntervalSeconds(1);
        m_config
                = writeCloudConfig(m_home.path(), QJsonDocument(m_emulator.cloudConfig()).toJson());
        m_env = cliEnvironment(m_home.path());
    }

    QStringList args(const QString &csv, QStringList more = {}) const
    {
        return QStringList {QStringLiteral("revoke"),
                            QStringLiteral("--csv"),
                            csv,
                            QStringLiteral("--tenant"),
                            CliDomain,
                            QStringLiteral("--cloud-config"),
                            m_config}
        + more;
    }

    QString writeList(const QString &name, const QByteArray &content) const
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    QStringList addPeople(int count)
    {
        QStringList upns;
        const QDateTime old
                = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
        for (int i = 0; i < count; ++i) {
            emu::DemoUser u;
            u.userPrincipalName = QStringLiteral("crowd.%1@%2").arg(i).arg(CliDomain);
            u.displayName = QStringLiteral("Crowd %1").arg(i);
            u.signInSessionsValidFrom = old;
            m_emulator.tenant().addUser(u);
            upns << u.userPrincipalName;
        }
        return upns;
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
        for (const auto &item : m_emulator.batchItems())
            n += item.request.method == "POST" && item.status == 200 ? 1 : 0;
        return n;
    }

    bool everyBatchRun() const
    {
        QSet<int> batches;
        for (const auto &item : m_emulator.batchItems())
            batches.insert(item.batchNumber);
        int envelopes = 0;
        for (const auto &r : m_emulator.requestsTo(emu::Service::Graph))
            envelopes += r.path == QStringLiteral("/v1.0/$batch") ? 1 : 0;
        return batches.size() == envelopes;
    }

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

    emu::TenantEmulator m_emulator;
    QTemporaryDir m_home;
    QString m_config;
    QProcessEnvironment m_env;
};

inline QString dump(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace rc::test
