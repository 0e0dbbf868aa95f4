// Signing in once and staying signed in: `signin` keeps the refresh token in the real Secret
// Service (packaging/test.sh runs the suites inside a dbus session with an unlocked
// gnome-keyring), the next run signs in silently, `signout` deletes the item, and without a
// session bus the run still works with the sign-in in memory only. No token the emulator issued
// may turn up in any file the CLI wrote or in what it printed.
#include "auth/AppRegistration.h"
#include "auth/TokenCache.h"
#include "e2e/CliAgainstEmulator.h"
#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"
#include "support/TestCertificate.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;

namespace {

const QString Keychain = QStringLiteral("Revoke Console");

// What `secret-tool` (libsecret's own client) finds of the app's items: their "user" attribute.
QStringList keychainItems()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                Keychain});
    EXPECT_TRUE(tool.waitForFinished(15000));
    QStringList users;
    const QString text
            = QString::fromUtf8(tool.readAllStandardOutput() + '\n' + tool.readAllStandardError());
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            users << line.mid(17).trimmed();
    }
    return users;
}

QByteArray keychainSecret(const QString &item)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), Keychain,
                QStringLiteral("user"), item});
    EXPECT_TRUE(tool.waitForFinished(15000));
    return tool.readAllStandardOutput();
}

// Every file under `dir` and the run's output, searched for every secret the emulator issued.
QStringList leaks(const emu::TenantEmulator &emulator, const QString &dir,
                  const QList<CliRun> &runs)
{
    QList<QPair<QString, QByteArray>> haystacks;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            haystacks.append({f.fileName(), f.readAll()});
    }
    for (const CliRun &run : runs)
        haystacks.append({QStringLiteral("output"), (run.out + run.err).toUtf8()});
    QStringList found;
    const QList<QByteArray> secrets = emulator.issuedSecrets();
    EXPECT_FALSE(secrets.isEmpty());
    for (const QByteArray &secret : secrets) {
        for (const auto &[name, bytes] : haystacks) {
            if (bytes.contains(secret) || bytes.contains(secret.toBase64()))
                found << name;
        }
    }
    return found;
}

class SignInCli : public CliAgainstEmulator
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
                << "These tests use the real Secret Service: run them through packaging/test.sh, "
                   "which starts a dbus session with gnome-keyring.";
        CliAgainstEmulator::SetUp();
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("rc.*=true"));
    }
    void TearDown() override
    {
        runCliServed({QStringLiteral("signout"), QStringLiteral("--tenant"), CliDomain}, m_env);
    }

    CliRun cli(QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--tenant") << CliDomain << QStringLiteral("--cloud-config")
             << m_config;
        CliRun run = runCliServed(args, m_env, input);
        m_runs << run;
        return run;
    }
    CliRun revoke(const char *user)
    {
        return cli({QStringLiteral("revoke"), QStringLiteral("--yes"), QStringLiteral("--user"),
                    cliUpn(user)});
    }
    int interactiveSignIns() const
    {
        int n = 0;
        for (const auto &r : m_emulator.requestsTo(emu::Service::Identity))
            n += r.path.endsWith(QStringLiteral("/devicecode"));
        return n;
    }
    QString passphraseItem(const QString &clientId) const
    {
        return TokenCache(nullptr, CliDomain, m_emulator.identityUrl(), clientId).passphraseKey();
    }
    QString refreshTokenItem() const
    {
        TokenCache cache(nullptr, CliDomain, m_emulator.identityUrl(),
                         QLatin1String(DefaultClientId));
        return cache.refreshTokenKey();
    }

    QList<CliRun> m_runs;
};

} // namespace

TEST_F(SignInCli, SecondRunSignsInFromTheKeychainAndSignOutDeletesTheItem)
{
    const CliRun signIn = cli({QStringLiteral("signin")});
    ASSERT_EQ(signIn.exitCode, 0) << signIn.err.toStdString();
    EXPECT_EQ(signIn.out.trimmed(),
              QStringLiteral("Signed in to %1 as %2.").arg(CliDomain, cliUpn("admin")));
    EXPECT_TRUE(signIn.err.contains(QStringLiteral("kept in the system keychain")));
    // After the service's instructions, until when the code works (15 minutes, hh:mm).
    EXPECT_TRUE(signIn.err.contains(QRegularExpression(
            QStringLiteral("To sign in.*\\n.*The code works until \\d{1,2}:\\d{2}"))))
            << signIn.err.toStdString();
    EXPECT_EQ(interactiveSignIns(), 1);
    EXPECT_TRUE(keychainItems().contains(refreshTokenItem()))
            << keychainItems().join(QLatin1Char(' ')).toStdString();

    const CliRun revoked = revoke("adele.vance");
    EXPECT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    EXPECT_TRUE(revoked.err.contains(QStringLiteral("Signed in as %1.").arg(cliUpn("admin"))));
    EXPECT_FALSE(revoked.err.contains(QStringLiteral("devicelogin")));
    EXPECT_EQ(interactiveSignIns(), 1); // the emulator saw no second interactive sign-in

    const CliRun signOut = cli({QStringLiteral("signout")});
    EXPECT_EQ(signOut.exitCode, 0) << signOut.err.toStdString();
    EXPECT_TRUE(signOut.out.contains(QStringLiteral("no longer holds its sign-in")));
    EXPECT_FALSE(keychainItems().contains(refreshTokenItem()));

    // Signed out means signed out: the next run has to ask again.
    EXPECT_EQ(revoke("alex.wilber").exitCode, 0);
    EXPECT_EQ(interactiveSignIns(), 2);
    EXPECT_EQ(leaks(m_emulator, m_home.path(), m_runs), QStringList());
}

TEST_F(SignInCli, SignInPageThatIsNotHttps_IsRefusedWithExitSeven)
{
    m_emulator.setDeviceCodeVerificationUri(QStringLiteral("http://evil.example/devicelogin"));
    const CliRun signIn = cli({QStringLiteral("signin")});
    EXPECT_EQ(signIn.exitCode, 7) << signIn.err.toStdString();
    EXPECT_TRUE(signIn.err.contains(QStringLiteral(
            "The sign-in service named a sign-in page that is not a secure (https) address, so it "
            "was not opened: http://evil.example/devicelogin.")))
            << signIn.err.toStdString();
    EXPECT_FALSE(signIn.err.contains(QStringLiteral("To sign in")))
            << "the service's text is not shown";
    EXPECT_FALSE(keychainItems().contains(refreshTokenItem()));
}

TEST_F(SignInCli, ARotatedRefreshTokenReplacesTheStoredOne)
{
    ASSERT_EQ(cli({QStringLiteral("signin")}).exitCode, 0);
    const QByteArray first = keychainSecret(refreshTokenItem());
    ASSERT_FALSE(first.isEmpty());
    ASSERT_EQ(revoke("adele.vance").exitCode, 0);
    const QByteArray second = keychainSecret(refreshTokenItem());
    EXPECT_FALSE(second.isEmpty());
    EXPECT_NE(first, second);
}

TEST_F(SignInCli, ARevokedRefreshTokenAsksToSignInAgain)
{
    ASSERT_EQ(cli({QStringLiteral("signin")}).exitCode, 0);
    m_emulator.revokeRefreshTokens();
    const CliRun run = revoke("adele.vance");
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(
            QStringLiteral("Your saved sign-in has expired or was revoked. Sign in again.")))
            << run.err.toStdString();
    EXPECT_EQ(interactiveSignIns(), 2); // fell back to the device code
    EXPECT_TRUE(keychainItems().contains(refreshTokenItem())); // the new sign-in is kept
}

TEST_F(SignInCli, WithoutASessionBusTheRunWorksFromMemoryAndSaysSo)
{
    QProcessEnvironment noBus = m_env;
    noBus.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    noBus.remove(QStringLiteral("DISPLAY"));
    QElapsedTimer clock;
    clock.start();
    CliRun run = runCliServed({QStringLiteral("revoke"), QStringLiteral("--tenant"), CliDomain,
                               QStringLiteral("--cloud-config"), m_config, QStringLiteral("--yes"),
                               QStringLiteral("--user"), cliUpn("adele.vance")},
                              noBus);
    m_runs << run;
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_LT(clock.elapsed(), 30000);
    EXPECT_TRUE(run.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive))
            << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("for this run only"))) << run.err.toStdString();
    EXPECT_EQ(leaks(m_emulator, m_home.path(), m_runs), QStringList());
    EXPECT_FALSE(keychainItems().contains(refreshTokenItem()));
}

TEST_F(SignInCli, AProfileIsMadeOnFirstUseAndExportsWithoutSecrets)
{
    ASSERT_EQ(cli({QStringLiteral("signin")}).exitCode, 0);
    const CliRun list = runCliServed({QStringLiteral("profile"), QStringLiteral("list")}, m_env);
    EXPECT_TRUE(list.out.contains(QStringLiteral("* %1").arg(CliDomain))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("last signed in as %1").arg(cliUpn("admin"))));

    const QString file = m_home.filePath(QStringLiteral("contoso.json"));
    const CliRun exported = runCliServed(
            {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--file"), file},
            m_env);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(json.value(QLatin1String("tenant")).toString(), CliDomain);
    EXPECT_EQ(json.value(QLatin1String("signIn")).toString(), QStringLiteral("device-code"));
    EXPECT_FALSE(json.contains(QLatin1String("lastAccount")));

    // Another computer (another config folder) imports it and knows the tenant.
    QTemporaryDir other;
    const QProcessEnvironment otherEnv = cliEnvironment(other.path());
    const CliRun imported = runCliServed(
            {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--file"), file},
            otherEnv);
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(runCliServed({QStringLiteral("profile")}, otherEnv).out.contains(CliDomain));
    EXPECT_EQ(leaks(m_emulator, m_home.path(), m_runs), QStringList());
}

TEST_F(SignInCli, CertificateSignInNeedsTheCertificateFile)
{
    const CliRun run = cli(
            {QStringLiteral("signin"), QStringLiteral("--auth"), QStringLiteral("certificate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--certificate FILE"))) << run.err.toStdString();
    EXPECT_EQ(interactiveSignIns(), 0);
}

TEST_F(SignInCli, CertificateAppOnlySignsInKeepsThePassphraseAndRevokes)
{
    const QString appId = QStringLiteral("5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11");
    const QByteArray passphrase = "correct horse battery staple 7";
    TestCertificate certificate;
    ASSERT_TRUE(m_emulator.tenant().registerCertificate(appId, certificate.certificatePem()));
    const QString pfx = certificate.writePfx(passphrase);

    // A wrong passphrase is refused before anything is sent.
    const CliRun wrong = cli({QStringLiteral("signin"), QStringLiteral("--auth"),
                              QStringLiteral("certificate"), QStringLiteral("--certificate"), pfx,
                              QStringLiteral("--client-id"), appId},
                             "not it\n");
    EXPECT_EQ(wrong.exitCode, 7) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase"))) << wrong.err.toStdString();
    EXPECT_TRUE(m_emulator.requestsTo(emu::Service::Identity).isEmpty());

    const CliRun signIn = cli({QStringLiteral("signin"), QStringLiteral("--auth"),
                               QStringLiteral("certificate"), QStringLiteral("--certificate"), pfx,
                               QStringLiteral("--client-id"), appId},
                              passphrase + '\n');
    ASSERT_EQ(signIn.exitCode, 0) << signIn.err.toStdString();
    EXPECT_TRUE(signIn.out.contains(QStringLiteral("as App %1 (certificate").arg(appId)))
            << signIn.out.toStdString();
    EXPECT_TRUE(keychainItems().contains(passphraseItem(appId)));

    // The next run needs no passphrase: the keychain has it. Both channels work app-only.
    const CliRun entra = revoke("adele.vance");
    EXPECT_EQ(entra.exitCode, 0) << entra.err.toStdString();
    const CliRun spo
            = cli({QStringLiteral("revoke"), QStringLiteral("--channel"), QStringLiteral("spo"),
                   QStringLiteral("--yes"), QStringLiteral("--user"), cliUpn("alex.wilber")});
    EXPECT_EQ(spo.exitCode, 0) << spo.err.toStdString() << spo.out.toStdString();
    int assertions = 0;
    for (const auto &r : m_emulator.requestsTo(emu::Service::Identity)) {
        EXPECT_FALSE(r.body.contains("client_secret"));
        assertions += r.body.contains("client_assertion=");
    }
    EXPECT_GE(assertions, 3);
    EXPECT_EQ(interactiveSignIns(), 0);

    // The passphrase is in no file and no output; sign-out deletes its item.
    for (const CliRun &run : m_runs)
        EXPECT_FALSE(QString(run.out + run.err).contains(QString::fromUtf8(passphrase)));
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains(passphrase)) << f.fileName().toStdString();
    }
    EXPECT_EQ(leaks(m_emulator, m_home.path(), m_runs), QStringList());
    EXPECT_EQ(cli({QStringLiteral("signout")}).exitCode, 0);
    EXPECT_FALSE(keychainItems().contains(passphraseItem(appId)));
}
