// Keychains that fail: each test starts a D-Bus session of its own (dbus-run-session) with a HOME
// of its own, and runs keychain_probe, one real SecretStore call per process, inside it. No
// display, so gnome-keyring can never show an unlock prompt.

#include "keychain/KeychainTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rc::test;

namespace {

class IsolatedSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        ASSERT_TRUE(QDir(home.path()).mkdir(QStringLiteral("runtime")));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
    }

    // Runs `script` (bash) in a new session; $PROBE, $SERVICE and $KEY are set for it. Returns
    // its standard output, one entry per line.
    QStringList inOwnSession(const QString &script, const QStringList &sessionOptions = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL"})
            env.remove(QString::fromLatin1(name));
        // A runtime dir of its own, or gnome-keyring would find the suite's daemon and use it.
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("PROBE"), QStringLiteral(KEYCHAIN_PROBE_BIN));
        env.insert(QStringLiteral("SERVICE"), service);
        env.insert(QStringLiteral("KEY"), key);
        QProcess session;
        session.setProcessEnvironment(env);
        session.start(QStringLiteral("dbus-run-session"),
                      sessionOptions
                              + QStringList {QStringLiteral("--"), QStringLiteral("bash"),
                                             QStringLiteral("-c"), script});
        const bool finished = session.waitForFinished(60000);
        const QString errors = QString::fromUtf8(session.readAllStandardError());
        EXPECT_TRUE(finished) << errors.toStdString();
        EXPECT_EQ(session.exitCode(), 0) << errors.toStdString();
        return QString::fromUtf8(session.readAllStandardOutput()).split(QLatin1Char('\n'));
    }

    QTemporaryDir home;
    const QString service = uniqueName("revoke-console-test-");
    const QString key = QStringLiteral("refresh-token/") + uniqueName("profile-");
};

TEST_F(IsolatedSessionTest, ALockedKeyringIsReportedAsLockedAndKeepsItsSecret)
{
    // A login keyring with an item, then a session where nobody unlocks it.
    const QStringList created = inOwnSession(QStringLiteral(
            "echo -n first-password | gnome-keyring-daemon --unlock --components=secrets "
            ">/dev/null && \"$PROBE\" write \"$SERVICE\" \"$KEY\" kept-secret"));
    ASSERT_EQ(created.value(0), QStringLiteral("ok"))
            << created.join(QLatin1Char('|')).toStdString();

    const QStringList locked = inOwnSession(QStringLiteral(
            "gnome-keyring-daemon --start --components=secrets >/dev/null && "
            "\"$PROBE\" write \"$SERVICE\" \"$KEY\" new-secret && "
            "\"$PROBE\" read \"$SERVICE\" \"$KEY\" && \"$PROBE\" remove \"$SERVICE\" \"$KEY\""));
    ASSERT_EQ(locked.size(), 10) << locked.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(locked.at(0), QStringLiteral("error keychain"));
    EXPECT_EQ(locked.at(1),
              QStringLiteral("The system keychain is locked or refused access, so the secret "
                             "could not be saved."));
    EXPECT_TRUE(locked.at(2).startsWith(QStringLiteral("QtKeychain error 4: ")))
            << locked.at(2).toStdString();
    // libsecret reports a locked item as missing: that must not read as "no secret stored".
    EXPECT_EQ(locked.at(3), QStringLiteral("error keychain"));
    EXPECT_EQ(locked.at(4),
              QStringLiteral("The system keychain is locked or refused access, so the stored "
                             "secret could not be read."));
    // ... nor a delete that deleted nothing as "removed".
    EXPECT_EQ(locked.at(6), QStringLiteral("error keychain"));
    EXPECT_EQ(locked.at(7),
              QStringLiteral("The system keychain is locked or refused access, so the stored "
                             "secret could not be removed."));
    EXPECT_TRUE(locked.at(8).endsWith(QStringLiteral("the default collection is locked")))
            << locked.at(8).toStdString();

    // Unlocked again, the first secret is still there.
    const QStringList reopened = inOwnSession(QStringLiteral(
            "echo -n first-password | gnome-keyring-daemon --unlock --components=secrets "
            ">/dev/null && \"$PROBE\" read \"$SERVICE\" \"$KEY\""));
    EXPECT_EQ(reopened.mid(0, 2), (QStringList {QStringLiteral("ok"), QStringLiteral("found")}));
}

TEST_F(IsolatedSessionTest, ABusWithoutASecretServiceIsReportedAsNotAvailable)
{
    // A session bus that can start no services at all.
    const QString config = home.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    file.close();

    const QStringList out
            = inOwnSession(QStringLiteral("\"$PROBE\" write \"$SERVICE\" \"$KEY\" some-secret && "
                                          "\"$PROBE\" read \"$SERVICE\" \"$KEY\""),
                           {QStringLiteral("--config-file=") + config});
    ASSERT_EQ(out.size(), 7) << out.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(out.at(0), QStringLiteral("error keychain"));
    EXPECT_EQ(out.at(1),
              QStringLiteral("The system keychain is not available (no Secret Service on the "
                             "session bus), so the secret could not be saved."));
    EXPECT_TRUE(out.at(2).endsWith(
            QStringLiteral("org.freedesktop.secrets is neither running nor activatable on the "
                           "session bus")))
            << out.at(2).toStdString();
    EXPECT_EQ(out.at(4),
              QStringLiteral("The system keychain is not available (no Secret Service on the "
                             "session bus), so the stored secret could not be read."));
}

} // namespace
