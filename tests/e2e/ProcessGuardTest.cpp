// The built binary keeps its memory out of core files for every verb: main() does it first.
#include "e2e/CliRunner.h"
#include "support/WaitFor.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/resource.h>

using namespace rc::test;

TEST(ProcessGuard, TheRunningBinaryMayWriteNoCoreFile)
{
    QTemporaryDir home;
    QProcess emulator;
    emulator.setProcessEnvironment(cliEnvironment(home.path()));
    // Started as from a shell with `ulimit -c unlimited`, so only the binary can bring it to 0.
    emulator.setChildProcessModifier([] {
        const rlimit unlimited {RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &unlimited);
    });
    // `emulator` stays up until killed, so its limits can be read while it runs.
    emulator.start(binary(), {QStringLiteral("emulator")});
    ASSERT_TRUE(emulator.waitForStarted());
    ASSERT_TRUE(waitFor([&] { return emulator.canReadLine(); }, 10000));

    QFile limits(QStringLiteral("/proc/%1/limits").arg(emulator.processId()));
    ASSERT_TRUE(limits.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(limits.readAll());
    emulator.kill();
    emulator.waitForFinished();
    const auto line = QRegularExpression(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"))
                              .match(text);
    ASSERT_TRUE(line.hasMatch()) << text.toStdString();
    EXPECT_EQ(line.captured(1), QStringLiteral("0"));
    EXPECT_EQ(line.captured(2), QStringLiteral("0"));
}
