#pragma once
// A test fixture with the real tenant emulator on loopback and a real TenantConnection pointed at
// it, signed in with the device-code flow (auto-approved as the chosen admin). Tests drive the
// production code and then read what the emulator received. Both keep time on one clock that runs
// in real time; a sign-in waits no poll interval: the code is approved on issue, polled at once.

#include "connection/TenantConnection.h"
#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace rc::test {

inline const QString Domain = QStringLiteral("contoso.onmicrosoft.com");
inline QString upn(const char *name)
{
    return QString::fromUtf8(name) + QLatin1Char('@') + Domain;
}

class EmulatorFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // A connection to the emulator, not yet signed in.
    std::unique_ptr<TenantConnection> connect(const QString &tenant = Domain);
    // waitFor, skipping every wait on m_clock (a poll interval, a retry's wait) as it comes.
    bool waitSkippingWaits(const std::function<bool()> &done, int timeoutMs = 15000);
    // Signs `connection` in as `admin`; fails the test if it does not complete.
    void signIn(TenantConnection &connection, const QString &admin = upn("admin"));

    // Run resolve + revoke (or preview) through the production Revoker and wait for the outcome.
    RevocationOutcome revoke(const QString &user, Channel channel, bool preview = false);
    std::optional<Resolution> resolve(const QString &user, Channel channel);
    // The user as Graph returns it; fails the test when the lookup does not succeed.
    std::optional<User> lookUp(const QString &upn);

    QList<emu::EmulatedRequest> requestsTo(emu::Service service, const QByteArray &method,
                                           const QString &pathContains) const;

    ManualClock m_clock {ManualClock::Flow::RealTime}; // outlives the emulator and connections
    std::unique_ptr<emu::TenantEmulator> m_emulator;
    std::unique_ptr<TenantConnection> m_connection; // signed in as admin by SetUp
    QObject m_context;
};

} // namespace rc::test
