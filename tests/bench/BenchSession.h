#pragma once
// A signed-in TenantConnection to the emulator, as the CLI makes one, plus an audit log and a bulk
// journal in a throwaway folder: what an in-process bulk benchmark needs around a BulkRun.

#include "EmulatorHost.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "bulk/BulkJournal.h"
#include "bulk/BulkRun.h"

#include <QTemporaryDir>

#include <memory>

namespace rc::bench {

class BenchSession final
{
    Q_DISABLE_COPY_MOVE(BenchSession)
public:
    explicit BenchSession(EmulatorHost &host);
    ~BenchSession();

    // Signs in with the device code (approved by the emulator) and opens the log and the journal.
    bool open(QString *why);
    // A run on the Entra channel, wired to the log and the journal.
    std::unique_ptr<BulkRun> makeRun();

private:
    EmulatorHost &m_host;
    QTemporaryDir m_dir;
    std::unique_ptr<TenantConnection> m_connection;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<BulkJournal> m_journal;
};

QList<UpnRow> rowsOf(const QStringList &upns);

} // namespace rc::bench
