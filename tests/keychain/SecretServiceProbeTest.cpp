// SecretServiceProbe, the bus questions SecretStore asks after a keychain job: answered from the
// event loop, never inside the call, and without blocking the thread that asked. A blocking call
// would make the window freeze for as long as the bus takes; here a Secret Service of the test's
// own, on a second bus connection served by this very thread, proves it: it can only answer while
// the caller's event loop keeps turning.
#include "auth/SecretServiceProbe.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;

namespace {

const QString CollectionPath = QStringLiteral("/org/freedesktop/secrets/collection/probe");

// org.freedesktop.Secret.Service.ReadAlias, answered after a delay (a slow keychain).
class SlowSecretService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Secret.Service")
public:
    SlowSecretService(const QDBusConnection &bus, int delayMs)
        : m_bus(bus)
        , m_delayMs(delayMs)
    { }

public Q_SLOTS:
    QDBusObjectPath ReadAlias(const QString &name, const QDBusMessage &message)
    {
        Q_UNUSED(name)
        message.setDelayedReply(true);
        QTimer::singleShot(m_delayMs, this, [bus = m_bus, message] {
            bus.send(message.createReply(QVariant::fromValue(QDBusObjectPath(CollectionPath))));
        });
        return {};
    }

private:
    QDBusConnection m_bus;
    int m_delayMs;
};

// org.freedesktop.Secret.Collection's Locked property (read through
// org.freedesktop.DBus.Properties).
class LockedCollection final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Secret.Collection")
    Q_PROPERTY(bool Locked READ isLocked)
public:
    bool isLocked() const { return true; }
};

class SecretServiceProbeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
                << "keychain_tests need a D-Bus session: run them through packaging/test.sh";
    }

    QObject context;
};

} // namespace

TEST_F(SecretServiceProbeTest, TheRealServiceIsReachableAndUnlocked_AnsweredAfterTheCallReturned)
{
    SecretServiceProbe probe;
    int reachableCalls = 0;
    std::optional<QString> why = QStringLiteral("<not answered>");
    probe.whyUnreachable(&context, [&](std::optional<QString> answer) {
        ++reachableCalls;
        why = std::move(answer);
    });
    int lockedCalls = 0;
    bool locked = true;
    probe.defaultCollectionLocked(&context, [&](bool answer) {
        ++lockedCalls;
        locked = answer;
    });
    EXPECT_EQ(reachableCalls, 0) << "never answered inside the call";
    EXPECT_EQ(lockedCalls, 0) << "never answered inside the call";

    ASSERT_TRUE(waitFor([&] { return reachableCalls > 0 && lockedCalls > 0; }));
    EXPECT_EQ(why, std::nullopt);
    EXPECT_FALSE(locked);
    EXPECT_FALSE(waitFor([&] { return reachableCalls > 1 || lockedCalls > 1; }, 100));
}

TEST_F(SecretServiceProbeTest, ASlowServiceIsWaitedForWithoutBlockingTheCaller)
{
    // The service lives on a connection of its own, served by this thread's event loop: while a
    // probe blocked this thread, it could never answer.
    const QString connectionName = QStringLiteral("probe-test-") + QUuid::createUuid().toString();
    QDBusConnection serviceBus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
    ASSERT_TRUE(serviceBus.isConnected());
    const QString serviceName = QStringLiteral("org.revokeconsole.test.Secrets")
            + QUuid::createUuid().toString(QUuid::Id128).left(12);
    constexpr int DelayMs = 300;
    SlowSecretService service(serviceBus, DelayMs);
    LockedCollection collection;
    ASSERT_TRUE(serviceBus.registerObject(QStringLiteral("/org/freedesktop/secrets"), &service,
                                          QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(serviceBus.registerObject(CollectionPath, &collection,
                                          QDBusConnection::ExportAllProperties));
    ASSERT_TRUE(serviceBus.registerService(serviceName));

    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &context, [&] { ++ticks; });
    ticker.start(20);
    int calls = 0;
    bool locked = false;
    QElapsedTimer clock;
    clock.start();
    SecretServiceProbe(serviceName).defaultCollectionLocked(&context, [&](bool answer) {
        ++calls;
        locked = answer;
    });
    EXPECT_LT(clock.elapsed(), DelayMs) << "the call returned before the service answered";
    EXPECT_EQ(calls, 0);
    const int ticksBefore = ticks;

    ASSERT_TRUE(waitFor([&] { return calls > 0; }, 5000));
    EXPECT_TRUE(locked) << "the slow service's answer arrived (a blocked thread times out)";
    EXPECT_LT(clock.elapsed(), SecretServiceProbe::TimeoutMs);
    EXPECT_GE(ticks - ticksBefore, 5) << "the caller's event loop kept turning meanwhile";

    serviceBus.unregisterService(serviceName);
    QDBusConnection::disconnectFromBus(connectionName);
}

TEST_F(SecretServiceProbeTest, NoAnswerOnceTheCallerIsGone)
{
    int calls = 0;
    {
        QObject caller;
        SecretServiceProbe probe;
        probe.defaultCollectionLocked(&caller, [&](bool) { ++calls; });
        probe.whyUnreachable(&caller, [&](std::optional<QString>) { ++calls; });
    }
    EXPECT_FALSE(waitFor([&] { return calls > 0; }, 300));
}

#include "SecretServiceProbeTest.moc"
