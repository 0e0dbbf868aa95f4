// The certificate passphrase prompt of the built binary: from a pipe, a line over 4 KiB is refused
// (exit 2) before anything is sent; on a terminal (a pseudo-terminal here), echo is off while the
// passphrase is typed and on again when Ctrl+C or SIGTERM interrupts the prompt, so the shell is
// not left without echo.
#include "e2e/CliRunner.h"
#include "emulator/TenantEmulator.h"
#include "support/TestCertificate.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace rc;
using namespace rc::test;

namespace {

const QString AppId = QStringLiteral("5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11");

bool echoesOn(int terminal)
{
    termios mode {};
    return tcgetattr(terminal, &mode) == 0 && (mode.c_lflag & ECHO) != 0;
}

class PassphrasePrompt : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_emulator.start());
        m_env = cliEnvironment(m_home.path());
        m_args = {
                QStringLiteral("signin"),
                QStringLiteral("--auth"),
                QStringLiteral("certificate"),
                QStringLiteral("--certificate"),
                m_certificate.writePfx("correct horse battery staple 7"),
                QStringLiteral("--client-id"),
                AppId,
                QStringLiteral("--tenant"),
                CliDomain,
                QStringLiteral("--cloud-config"),
                writeCloudConfig(m_home.path(), QJsonDocument(m_emulator.cloudConfig()).toJson())};
    }

    // Runs the CLI with the slave side of a new pseudo-terminal as its controlling terminal and
    // stdin/stdout/stderr; returns its pid, or -1.
    pid_t startOnTerminal(int *master, int *slave)
    {
        if (openpty(master, slave, nullptr, nullptr, nullptr) != 0)
            return -1;
        // Everything the child needs is built before fork(): it only calls async-signal-safe
        // functions until execve.
        std::vector<QByteArray> strings {QFile::encodeName(binary())};
        for (const QString &arg : std::as_const(m_args))
            strings.push_back(arg.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &s : strings)
            argv.push_back(s.data());
        argv.push_back(nullptr);
        std::vector<QByteArray> environment;
        for (const QString &variable : m_env.toStringList())
            environment.push_back(variable.toLocal8Bit());
        std::vector<char *> envp;
        for (QByteArray &s : environment)
            envp.push_back(s.data());
        envp.push_back(nullptr);

        const pid_t child = fork();
        if (child == 0) {
            setsid();
            ioctl(*slave, TIOCSCTTY, 0);
            dup2(*slave, STDIN_FILENO);
            dup2(*slave, STDOUT_FILENO);
            dup2(*slave, STDERR_FILENO);
            close(*master);
            if (*slave > STDERR_FILENO)
                close(*slave);
            execve(argv.front(), argv.data(), envp.data());
            _exit(127);
        }
        fcntl(*master, F_SETFL, fcntl(*master, F_GETFL) | O_NONBLOCK);
        return child;
    }

    emu::TenantEmulator m_emulator;
    QTemporaryDir m_home;
    TestCertificate m_certificate;
    QProcessEnvironment m_env;
    QStringList m_args;
};

} // namespace

TEST_F(PassphrasePrompt, LineOverFourKib_IsRefusedAndNothingIsSent)
{
    const CliRun run = runCliServed(m_args, m_env, QByteArray(5000, 'x') + '\n');
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral(
            "The passphrase is longer than 4096 bytes, so it was refused. Nothing was sent.")))
            << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("xxxx")));
    EXPECT_TRUE(m_emulator.requestsTo(emu::Service::Identity).isEmpty());
}

TEST_F(PassphrasePrompt, InterruptedOnATerminal_EchoIsOnAgainAndTheSignalStillEndsTheRun)
{
    for (const int signal : {SIGINT, SIGTERM}) {
        SCOPED_TRACE(strsignal(signal));
        int master = -1;
        int slave = -1;
        const pid_t child = startOnTerminal(&master, &slave);
        ASSERT_GT(child, 0);
        ASSERT_TRUE(echoesOn(slave));
        QByteArray output;
        const auto drain = [&] {
            char buffer[4096];
            ssize_t got = 0;
            while ((got = read(master, buffer, sizeof buffer)) > 0)
                output.append(buffer, got);
        };
        ASSERT_TRUE(waitFor([&] {
            drain();
            return output.contains("Passphrase for");
        })) << output.toStdString();
        ASSERT_TRUE(waitFor([&] { return !echoesOn(slave); }, 5000)) << "echo off at the prompt";

        if (signal == SIGINT)
            ASSERT_EQ(write(master, "\x03", 1), 1); // Ctrl+C, as typed
        else
            ASSERT_EQ(kill(child, signal), 0);
        int status = 0;
        bool ended = false;
        ASSERT_TRUE(waitFor([&] {
            drain();
            ended = ended || waitpid(child, &status, WNOHANG) == child;
            return ended;
        }));
        EXPECT_TRUE(WIFSIGNALED(status)) << status;
        EXPECT_EQ(WIFSIGNALED(status) ? WTERMSIG(status) : 0, signal);
        EXPECT_TRUE(echoesOn(slave)) << "the terminal echoes again";
        close(master);
        close(slave);
    }
    EXPECT_TRUE(m_emulator.requestsTo(emu::Service::Identity).isEmpty());
}
