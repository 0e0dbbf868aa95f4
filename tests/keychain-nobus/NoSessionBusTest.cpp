// SecretStore with no D-Bus session bus at all: every call answers quickly with the clear "not
// available" message, and nothing lands in a file instead.

#include "keychain/KeychainTestSupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;

namespace {

const QString NotAvailable = QStringLiteral(
        "The system keychain is not available (no Secret Service on the session bus), so ");

class NoSessionBusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
                << "CTest removes DBUS_SESSION_BUS_ADDRESS for this suite: run it through ctest";
        // Nothing in this process has used D-Bus yet, so this still counts: no display to
        // autolaunch a bus on, no runtime dir to find $XDG_RUNTIME_DIR/bus in.
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
            qunsetenv(name);
    }

    // The call must answer by itself, well before its timeout gives up on it.
    template<typename Answer> void expectNotAvailable(const Answer &answer, const char *outcome)
    {
        EXPECT_LT(clock.elapsed(), store.timeoutMs());
        ASSERT_EQ(answer->calls, 1);
        ASSERT_TRUE(answer->failed());
        const ServiceError &error = answer->error();
        EXPECT_EQ(error.kind, ServiceError::Kind::Keychain);
        EXPECT_EQ(error.message, NotAvailable + QString::fromLatin1(outcome));
        EXPECT_TRUE(error.detail.startsWith(QStringLiteral("QtKeychain error 7: ")))
                << error.detail.toStdString();
        EXPECT_TRUE(error.detail.contains(QStringLiteral("no D-Bus session bus")))
                << error.detail.toStdString();
        EXPECT_TRUE(error.detail.contains(key)) << error.detail.toStdString();
    }

    QObject context;
    QElapsedTimer clock;
    const QString service = uniqueName("revoke-console-test-");
    SecretStore store {service};
    const QString key = QStringLiteral("refresh-token/") + uniqueName("profile-");
};

TEST_F(NoSessionBusTest, WriteSaysTheKeychainIsNotAvailableAndWritesNothing)
{
    const QByteArray secret = uniqueSecret();
    clock.start();
    const auto written = writeSecret(store, key, secret, &context);
    expectNotAvailable(written, "the secret could not be saved.");
    EXPECT_FALSE(written->error().message.toUtf8().contains(secret));
    EXPECT_FALSE(written->error().detail.toUtf8().contains(secret));

    const HomeScan scan = scanHome({secret, secret.toBase64()});
    EXPECT_TRUE(scan.complete) << "HOME is not a throwaway test home: run packaging/test.sh";
    EXPECT_TRUE(scan.hits.isEmpty()) << scan.hits.join(QLatin1Char(' ')).toStdString();
}

TEST_F(NoSessionBusTest, ReadSaysTheKeychainIsNotAvailable)
{
    clock.start();
    expectNotAvailable(readSecret(store, key, &context), "the stored secret could not be read.");
}

TEST_F(NoSessionBusTest, RemoveSaysTheKeychainIsNotAvailable)
{
    clock.start();
    expectNotAvailable(removeSecret(store, key, &context),
                       "the stored secret could not be removed.");
}

TEST_F(NoSessionBusTest, EveryCallAnswersEvenOneAfterAnother)
{
    clock.start();
    ASSERT_TRUE(writeSecret(store, key, uniqueSecret(), &context)->failed());
    ASSERT_TRUE(readSecret(store, key, &context)->failed());
    expectNotAvailable(removeSecret(store, key, &context),
                       "the stored secret could not be removed.");
}

} // namespace
