#pragma once
// The fixture of the end-to-end tests that run the built binary against the emulator in this
// process: the emulator signing the CLI in as its Global Administrator (device code, approved at
// once), the child's own data folder and a --cloud-config naming the emulator's listeners.

#include "e2e/CliRunner.h"
#include "emulator/TenantEmulator.h"

#include <QJsonDocument>
#include <QTemporaryDir>

namespace rc::test {

class CliAgainstEmulator : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_emulator.start());
        m_emulator.setAutoApproveAs(cliUpn("admin"));
        // Approved at once, and the client polls once at once: a sign-in waits no interval.
        m_config
                = writeCloudConfig(m_home.path(), QJsonDocument(m_emulator.cloudConfig()).toJson());
        m_env = cliEnvironment(m_home.path());
        // The keychain is shared, and its items are named by the emulator's address: a port an
        // earlier test's emulator had may still hold that test's sign-in. Nothing stored, so
        // every test starts signed out, as the request lists and sign-in counts expect.
        runCli(onTenant(QStringLiteral("signout")), m_home.path());
    }

    // `verb --tenant <the emulator's> --cloud-config <file>` followed by `more`.
    QStringList onTenant(const QString &verb, const QStringList &more = {}) const
    {
        return QStringList {verb, QStringLiteral("--tenant"), CliDomain,
                            QStringLiteral("--cloud-config"), m_config}
        + more;
    }

    emu::TenantEmulator m_emulator;
    QTemporaryDir m_home;
    QString m_config;
    QProcessEnvironment m_env;
};

} // namespace rc::test
