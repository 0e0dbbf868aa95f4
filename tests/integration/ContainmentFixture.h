#pragma once
// The fixture of the containment and restore tests: the emulator, a connection signed in as its
// Global Administrator (or another admin), an audit log of the test's own and helpers that run a
// containment or a restore to its end and read what went out and what was recorded.
#include "audit/AuditTrail.h"
#include "containment/Containment.h"
#include "containment/Restore.h"
#include "support/AuditLogs.h"
#include "support/EmulatorFixture.h"

#include <QTemporaryDir>

namespace rc::test {

inline const QString Reason = QStringLiteral("INC-4711 phished");

class ContainmentFixture : public EmulatorFixture
{
protected:
    void SetUp() override
    {
        EmulatorFixture::SetUp();
        m_log = rc::test::openAuditLogIn(m_dir);
        ASSERT_TRUE(m_log);
    }
    void TearDown() override
    {
        m_containment.reset();
        m_restore.reset();
        m_trail.reset();
        EmulatorFixture::TearDown();
    }

    void signInAs(const char *name)
    {
        m_containment.reset();
        auto connection = connect();
        signIn(*connection, upn(name));
        m_connection = std::move(connection);
    }

    // Resolves `user` on the Entra channel and runs the containment to its end.
    ContainmentReport contain(const QString &user, bool preview = false)
    {
        m_trail = AuditTrail::over(m_log.get(), Domain, upn("admin"), Reason, m_clock);
        m_containment = std::make_unique<Containment>(m_connection->revoker(),
                                                      m_connection->containment());
        m_containment->setAuditTrail(m_trail.get());
        std::optional<ContainmentReport> report;
        QObject::connect(m_containment.get(), &Containment::finished, &m_context,
                         [&](const ContainmentReport &r) { report = r; });
        const auto resolution = resolve(user, Channel::Entra);
        EXPECT_TRUE(resolution && std::holds_alternative<RevokeTarget>(*resolution));
        if (!resolution || !std::holds_alternative<RevokeTarget>(*resolution))
            return {};
        m_emulator->clearRequests();
        m_containment->run(std::get<RevokeTarget>(*resolution), preview);
        EXPECT_TRUE(waitSkippingWaits([&] { return report.has_value(); }));
        return report.value_or(ContainmentReport {});
    }

    // Looks `user` up afresh and runs a restore to its end.
    ContainmentReport restore(const QString &user, bool preview = false)
    {
        m_trail = AuditTrail::over(m_log.get(), Domain, upn("admin"), Reason, m_clock);
        m_restore = std::make_unique<Restore>(m_connection->containment());
        m_restore->setAuditTrail(m_trail.get());
        std::optional<ContainmentReport> report;
        QObject::connect(m_restore.get(), &Restore::finished, &m_context,
                         [&](const ContainmentReport &r) { report = r; });
        const std::optional<User> found = lookUp(user);
        if (!found)
            return {};
        m_emulator->clearRequests();
        m_restore->run(*found, user, Domain, preview);
        EXPECT_TRUE(waitSkippingWaits([&] { return report.has_value(); }));
        return report.value_or(ContainmentReport {});
    }

    // "PATCH users", "POST revokeSignInSessions", "PATCH devices": the writes, in order.
    QStringList writesSent() const
    {
        QStringList writes;
        for (const auto &r : m_emulator->requestsTo(emu::Service::Graph)) {
            if (r.method == "GET")
                continue;
            const QString path = QUrl::fromPercentEncoding(r.path.toUtf8());
            writes << QString::fromLatin1(r.method) + QLatin1Char(' ')
                            + (path.contains(QLatin1String("revokeSignInSessions"))
                                       ? QStringLiteral("revokeSignInSessions")
                                       : path.section(QLatin1Char('/'), 2, 2));
        }
        return writes;
    }

    QList<AuditRecord> rows(const QString &action) const
    {
        QList<AuditRecord> matching;
        const QList<AuditRecord> all = m_log->records().value();
        for (const AuditRecord &r : all) {
            if (r.action == action)
                matching.prepend(r); // oldest first
        }
        return matching;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AuditTrail> m_trail;
    std::unique_ptr<Containment> m_containment;
    std::unique_ptr<Restore> m_restore;
};

} // namespace rc::test
