#pragma once
// Runs the built revoke-console binary as a script would: stdin a closed pipe, its own data
// folder (so the audit log of one test never meets another's), output captured.

#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace rc::test {

inline const QString CliDomain = QStringLiteral("contoso.onmicrosoft.com");

inline QString cliUpn(const char *name)
{
    return QString::fromUtf8(name) + QLatin1Char('@') + CliDomain;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString binary()
{
    return QStringLiteral(REVOKE_CONSOLE_BIN);
}

// XDG_DATA_HOME and XDG_CONFIG_HOME for the child: where its audit log and its tenant profiles
// live, so one test's never meet another's. (The keychain is shared: its items are named per
// tenant and per emulator.) The child speaks English, whatever the language of the machine the
// tests run on; `inLanguage` gives it another.
inline QProcessEnvironment cliEnvironment(const QString &dataHome, const QString &lang = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), lang.isEmpty() ? QStringLiteral("C.UTF-8") : lang);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    return env;
}

// Writes a --cloud-config file into `dir` and returns its path (one file per distinct content).
inline QString writeCloudConfig(const QString &dir, const QByteArray &json)
{
    const QString path = dir + QStringLiteral("/cloud-") + QString::number(qHash(json))
            + QStringLiteral(".json");
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(json);
    return path;
}

inline CliRun runCli(const QStringList &args, const QString &dataHome, const QString &lang = {})
{
    QProcess p;
    p.setProgram(binary());
    p.setArguments(args);
    p.setProcessEnvironment(cliEnvironment(dataHome, lang));
    p.start();
    p.closeWriteChannel(); // stdin is a pipe, never a terminal
    EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Runs the CLI while this process's event loop keeps turning: for an emulator in this process.
inline CliRun runCliServed(const QStringList &args, const QProcessEnvironment &env,
                           const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary(), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = waitFor([&] { return p.state() == QProcess::NotRunning; }, 60000);
    EXPECT_TRUE(finished) << args.join(QLatin1Char(' ')).toStdString();
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace rc::test
