#pragma once
// The emulator, a signed-in connection, and a BulkRun wired as the CLI wires it: an audit log and
// a journal in a throwaway folder. Helpers add people to the tenant, review a list, run it to the
// end, and read what the emulator's $batch items and counters say.

#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "bulk/BulkJournal.h"
#include "bulk/BulkRun.h"
#include "support/AuditLogs.h"
#include "support/BatchItems.h"
#include "support/BulkPeople.h"
#include "support/EmulatorFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>

namespace rc::test {

class BulkFixture : public EmulatorFixture
{
protected:
    void SetUp() override
    {
        EmulatorFixture::SetUp();
        m_log = rc::test::openAuditLogIn(m_dir);
        ASSERT_TRUE(m_log);
        m_audit = AuditTrail::over(m_log.get(), Domain, upn("admin"), QStringLiteral("INC-2001"));
        auto journal = BulkJournal::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(journal.ok());
        m_journal = std::move(journal).value();
    }
    void TearDown() override
    {
        m_run.reset();
        m_journal.reset();
        m_audit.reset();
        m_log.reset();
        EmulatorFixture::TearDown();
    }

    std::unique_ptr<BulkRun> makeRun(Channel channel = Channel::Entra)
    {
        const auto cloud
                = CloudEndpoints::fromJson(QJsonDocument(m_emulator->cloudConfig()).toJson());
        auto run = std::make_unique<BulkRun>(
                BulkServices {m_connection->http(), m_connection->session(), cloud.value().graph(),
                              cloud.value().sharePointAdmin(Tenant::parse(Domain).value())});
        run->setChannel(channel);
        run->setTenant(Domain);
        run->setAuditTrail(m_audit.get());
        run->setJournal(m_journal.get());
        return run;
    }

    // People named bulk.0000@.. upwards, sessions valid from an old date.
    QStringList addPeople(int count, const QString &prefix = QStringLiteral("bulk"))
    {
        return addBulkPeople(m_emulator->tenant(), Domain, count, prefix, 4);
    }

    static QList<UpnRow> rowsOf(const QStringList &names)
    {
        QList<UpnRow> rows;
        for (int i = 0; i < names.size(); ++i)
            rows.append({i + 2, names.at(i).trimmed(), names.at(i)});
        return rows;
    }

    // Reviews `rows` with `run`; fails the test when no review comes.
    std::optional<BulkReview> review(BulkRun &run, const QList<UpnRow> &rows, int timeoutMs = 30000)
    {
        std::optional<BulkReview> reviewed;
        QObject::connect(&run, &BulkRun::reviewReady, &m_context,
                         [&](const BulkReview &r) { reviewed = r; });
        run.review(rows);
        EXPECT_TRUE(waitFor([&] { return reviewed.has_value(); }, timeoutMs));
        return reviewed;
    }

    // Starts `run` and waits for its summary.
    std::optional<BulkSummary> runToEnd(BulkRun &run, int timeoutMs = 60000)
    {
        std::optional<BulkSummary> summary;
        QObject::connect(&run, &BulkRun::finished, &m_context,
                         [&](const BulkSummary &s) { summary = s; });
        run.start();
        EXPECT_TRUE(waitFor([&] { return summary.has_value(); }, timeoutMs));
        return summary;
    }

    // Waits until the emulator has run every $batch it received (a torn-down client no longer
    // waits for the answers, but the emulator still runs them after its latency).
    void settle()
    {
        EXPECT_TRUE(waitFor([this] { return everyBatchRun(*m_emulator); }, 10000));
    }

    QList<emu::EmulatedBatchItem> batchItems(const QByteArray &method,
                                             const QString &pathContains) const
    {
        return batchItemsFor(*m_emulator, method, pathContains);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<BulkJournal> m_journal;
    std::unique_ptr<BulkRun> m_run;
};

} // namespace rc::test
