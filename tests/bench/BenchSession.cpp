#include "BenchSession.h"

#include "cli/DemoLaunch.h"
#include "support/WaitFor.h"

namespace rc::bench {

BenchSession::BenchSession(EmulatorHost &host)
    : m_host(host)
{ }

BenchSession::~BenchSession()
{
    m_connection.reset(); // cancels what is in flight before the log goes
}

bool BenchSession::open(QString *why)
{
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary folder");
        return false;
    }
    auto log = AuditLog::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
    auto journal = BulkJournal::open(m_dir.filePath(QStringLiteral("bulk-journal.sqlite")));
    if (!log || !journal) {
        *why = (log ? journal.error() : log.error()).message;
        return false;
    }
    m_log = std::move(log).value();
    m_journal = std::move(journal).value();
    m_audit = AuditTrail::over(m_log.get(), QLatin1String(cli::DemoTenantDomain),
                               QLatin1String(cli::DemoAdmin), QStringLiteral("benchmark"));

    m_connection = std::make_unique<TenantConnection>(m_host.settings());
    std::optional<QString> failure;
    bool signedIn = false;
    QObject context;
    QObject::connect(&m_connection->session(), &SignInSession::signedIn, &context,
                     [&] { signedIn = true; });
    QObject::connect(&m_connection->session(), &SignInSession::signInFailed, &context,
                     [&](const ServiceError &e) { failure = e.message; });
    m_connection->session().signInWithDeviceCode();
    const bool answered = test::waitFor([&] { return signedIn || failure; }, 30000);
    if (!answered || failure) {
        *why = failure.value_or(QStringLiteral("the sign-in did not finish"));
        return false;
    }
    // The admin's roles load after sign-in; let that settle before measuring anything.
    if (!test::waitFor([this] { return m_connection->admin().isLoaded(); }, 30000)) {
        *why = QStringLiteral("the admin's roles did not load");
        return false;
    }
    return true;
}

std::unique_ptr<BulkRun> BenchSession::makeRun()
{
    const ConnectionSettings &s = m_host.settings();
    auto run = std::make_unique<BulkRun>(BulkServices {m_connection->http(),
                                                       m_connection->session(), s.cloud.graph(),
                                                       s.cloud.sharePointAdmin(s.tenant)});
    run->setChannel(Channel::Entra);
    run->setTenant(QLatin1String(cli::DemoTenantDomain));
    run->setAuditTrail(m_audit.get());
    run->setJournal(m_journal.get());
    return run;
}

QList<UpnRow> rowsOf(const QStringList &upns)
{
    QList<UpnRow> rows;
    rows.reserve(upns.size());
    for (int i = 0; i < upns.size(); ++i)
        rows.append({i + 1, upns.at(i), upns.at(i)});
    return rows;
}

} // namespace rc::bench
