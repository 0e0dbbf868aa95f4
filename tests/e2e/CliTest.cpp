// The built revoke-console binary, as a script or a person at a terminal would run it.
#include "e2e/CliRunner.h"
#include "support/WaitFor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc::test;

namespace {

const QString Domain = CliDomain;

QString upn(const char *name)
{
    return cliUpn(name);
}

QString dataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliRun run(const QStringList &args)
{
    return runCli(args, dataHome());
}

// A cloud config whose three services all live at `base`.
QString cloudConfigAt(const QString &base)
{
    return writeCloudConfig(
            dataHome(),
            QStringLiteral(R"({"authority":"%1","graph":"%1","sharepointAdmin":"%1"})")
                    .arg(base)
                    .toUtf8());
}

CliRun demo(const QStringList &args)
{
    return run(QStringList {QStringLiteral("revoke"), QStringLiteral("--demo")} + args);
}

} // namespace

TEST(Cli, SharePointChannelGivesEachStatesMessageAndExitCode)
{
    ASSERT_FALSE(binary().isEmpty());
    const struct
    {
        const char *user;
        int exitCode;
        const char *message;
    } cases[] = {
            {"adele.vance", 0, "We successfully signed out %1 from all devices."},
            {"alex.wilber", 0, "It can take up to an hour to sign out %1 from all devices."},
            {"diego.siciliani", 5,
             "Sorry, something went wrong and we couldn't sign out %1 from any device."},
            {"isaiah.langer", 3, "We couldn't find the %1. Check for typos and try again."},
            {"grady.archie", 4,
             "The cmdlet will be available in the future, but it isn't ready for use in your "
             "organization yet."},
    };
    for (const auto &c : cases) {
        const QString user = upn(c.user);
        const CliRun r = demo({QStringLiteral("--channel"), QStringLiteral("spo"),
                               QStringLiteral("--yes"), QStringLiteral("--user"), user});
        EXPECT_EQ(r.exitCode, c.exitCode) << c.user << "\n"
                                          << r.out.toStdString() << r.err.toStdString();
        EXPECT_EQ(r.out.section(QLatin1Char('\n'), 0, 0),
                  QString::fromUtf8(c.message).replace(QStringLiteral("%1"), user));
        EXPECT_TRUE(r.out.contains(QStringLiteral("Correlation ID: "))) << c.user;
    }
}

TEST(Cli, FeatureDisabledHintsAtTheEntraChannel)
{
    const CliRun r = demo({QStringLiteral("--channel"), QStringLiteral("spo"),
                           QStringLiteral("--yes"), QStringLiteral("--user"), upn("grady.archie")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--channel entra")));
}

TEST(Cli, EntraChannelIsTheDefaultAndReportsVerification)
{
    const CliRun r = demo({QStringLiteral("--yes"), QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(
            QStringLiteral("It can take up to an hour to sign out %1 from all devices.")
                    .arg(upn("adele.vance"))));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Verified: sessions valid from ")));
    // The device-code instruction and the account go to stderr, never into the outcome.
    EXPECT_TRUE(r.err.contains(QStringLiteral("enter the code")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("enter the code")));
}

TEST(Cli, JsonOutputCarriesTheVerification)
{
    const CliRun r = demo({QStringLiteral("--yes"), QStringLiteral("--json"),
                           QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QLatin1String("user")).toString(), upn("adele.vance"));
    EXPECT_EQ(o.value(QLatin1String("channel")).toString(), QStringLiteral("entra"));
    EXPECT_EQ(o.value(QLatin1String("outcome")).toString(),
              QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_TRUE(o.value(QLatin1String("verified")).toBool());
    EXPECT_TRUE(QDateTime::fromString(o.value(QLatin1String("sessionsValidFrom")).toString(),
                                      Qt::ISODate)
                        .isValid());
    EXPECT_FALSE(o.value(QLatin1String("correlationId")).toString().isEmpty());
    EXPECT_TRUE(o.value(QLatin1String("message"))
                        .toString()
                        .startsWith(QStringLiteral("It can take up to an hour")));
}

// The demo's Helpdesk Administrator signs a member out, and is stopped before anything is sent
// for Allan Deyoung, who holds Exchange Administrator: the cmdlet's failure sentence, then who can.
TEST(Cli, HelpdeskAdministratorRevokesMembersButNotAdmins)
{
    const QString helpdesk = upn("helpdesk");
    const CliRun member = demo({QStringLiteral("--approve-as"), helpdesk, QStringLiteral("--yes"),
                                QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(member.exitCode, 0) << member.out.toStdString() << member.err.toStdString();
    EXPECT_TRUE(member.err.contains(QStringLiteral("Signed in as %1").arg(helpdesk)));
    EXPECT_TRUE(member.out.contains(QStringLiteral("Verified: sessions valid from ")));

    const CliRun admin = demo({QStringLiteral("--approve-as"), helpdesk, QStringLiteral("--yes"),
                               QStringLiteral("--user"), upn("allan.deyoung")});
    EXPECT_EQ(admin.exitCode, 5) << admin.out.toStdString() << admin.err.toStdString();
    EXPECT_TRUE(admin.out.startsWith(QStringLiteral("Sorry, something went wrong and we couldn't "
                                                    "sign out %1 from any device.")
                                             .arg(upn("allan.deyoung"))))
            << admin.out.toStdString();
    EXPECT_TRUE(admin.out.contains(QLatin1String(
            "Privileged Authentication Administrator or Global Administrator can sign them out")))
            << admin.out.toStdString();
    EXPECT_TRUE(admin.out.contains(QLatin1String("Nothing was sent.")));

    const CliRun nobody
            = demo({QStringLiteral("--approve-as"), upn("no.such.person"), QStringLiteral("--yes"),
                    QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(nobody.exitCode, 2);
    EXPECT_TRUE(nobody.out.contains(QLatin1String("has no user"))
                || nobody.err.contains(QLatin1String("has no user")))
            << nobody.out.toStdString() << nobody.err.toStdString();
}

TEST(Cli, UnchangedTimestampIsNotConfirmedExitFive)
{
    const CliRun r = demo({QStringLiteral("--yes"), QStringLiteral("--user"), upn("nestor.wilke")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Not confirmed")));
}

TEST(Cli, GuestIsRefusedExitSix)
{
    const CliRun r = demo({QStringLiteral("--yes"), QStringLiteral("--user"),
                           QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain});
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Will not be applicable for guest users.")));
}

TEST(Cli, WhatIfPreviewsWithoutConfirmation)
{
    const CliRun r
            = demo({QStringLiteral("--whatif"), QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(
            r.out.trimmed(),
            QStringLiteral(
                    "What if: Performing the operation \"Revoke-SPOUserSession\" on target \"%1\".")
                    .arg(upn("adele.vance")));
}

TEST(Cli, RefusesToRevokeWithoutATerminalToConfirmOn)
{
    const CliRun r = demo({QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--yes")));
    EXPECT_FALSE(r.err.contains(QStringLiteral("enter the code"))); // refused before signing in
}

TEST(Cli, MalformedUpnIsRefusedBeforeAnyRequest)
{
    for (const QString &bad :
         QStringList {QStringLiteral("adele"), QStringLiteral("a b@contoso.com"),
                      QStringLiteral("a<b>@c.com"),
                      QString(120, QLatin1Char('x')) + QStringLiteral("@c.com"),
                      // Outside Entra's UPN characters: each would change the /users/{upn} path.
                      QStringLiteral("../me@contoso.com"), QStringLiteral("a/b@contoso.com"),
                      QStringLiteral("a?b@contoso.com"), QStringLiteral("a%2Fb@contoso.com"),
                      QStringLiteral("a\\b@contoso.com"), QStringLiteral("a..b@contoso.com")}) {
        const CliRun r = demo({QStringLiteral("--yes"), QStringLiteral("--user"), bad});
        EXPECT_EQ(r.exitCode, 2) << bad.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("is not a valid user name")))
                << r.out.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("enter the code")));
    }
}

TEST(Cli, VersionPrintsTheNameAndVersionAndExitsZero)
{
    for (const char *option : {"--version", "-v"}) {
        const CliRun r = run({QString::fromLatin1(option)});
        EXPECT_EQ(r.exitCode, 0) << option;
        EXPECT_EQ(r.out, QStringLiteral("revoke-console 0.1.0\n")) << option;
        EXPECT_EQ(QStringLiteral(REVOKE_VERSION), QStringLiteral("0.1.0"));
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({QStringLiteral("revoke"), QStringLiteral("--channel"), QStringLiteral("ftp"),
                   QStringLiteral("--user"), upn("a")})
                      .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("revoke"), QStringLiteral("--yes")}).exitCode, 2);
}

TEST(Cli, PlainHttpToARemoteHostIsRefused)
{
    const QString path = writeCloudConfig(
            dataHome(),
            R"({"authority":"http://login.example.com","graph":"https://graph.example.com","sharepointAdmin":"https://x.example.com"})");
    const CliRun r = run({QStringLiteral("revoke"), QStringLiteral("--cloud-config"), path,
                          QStringLiteral("--yes"), QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("https"))) << r.out.toStdString();
}

TEST(Cli, DeadNetworkIsExitEight)
{
    QTcpServer probe; // find a free port, then close it so nothing listens there
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QString path = cloudConfigAt(base);
    const CliRun r = run({QStringLiteral("revoke"), QStringLiteral("--cloud-config"), path,
                          QStringLiteral("--tenant"), Domain, QStringLiteral("--yes"),
                          QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 8) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("connection was refused"))) << r.out.toStdString();
}

TEST(Cli, StandaloneEmulatorServesTheCliThroughCloudConfig)
{
    QProcess emulator;
    emulator.start(binary(), {QStringLiteral("emulator")});
    ASSERT_TRUE(emulator.waitForStarted());
    ASSERT_TRUE(waitFor([&] { return emulator.canReadLine(); }, 10000))
            << emulator.readAllStandardError().toStdString();
    const QByteArray config = emulator.readLine();
    ASSERT_TRUE(QJsonDocument::fromJson(config).isObject()) << config.toStdString();
    const QString path = writeCloudConfig(dataHome(), config);

    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(dataHome()));
    cli.start(binary(),
              {QStringLiteral("revoke"), QStringLiteral("--cloud-config"), path,
               QStringLiteral("--tenant"), Domain, QStringLiteral("--channel"),
               QStringLiteral("spo"), QStringLiteral("--yes"), QStringLiteral("--user"),
               upn("adele.vance")});
    cli.closeWriteChannel();
    // The emulator runs in another process; keep this loop turning while the CLI talks to it.
    ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(cli.readAllStandardOutput())
                        .startsWith(QStringLiteral("We successfully signed out")));

    const CliRun unknownTenant
            = run({QStringLiteral("revoke"), QStringLiteral("--cloud-config"), path,
                   QStringLiteral("--tenant"), QStringLiteral("fabrikam.onmicrosoft.com"),
                   QStringLiteral("--yes"), QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(unknownTenant.exitCode, 7);
    EXPECT_TRUE(unknownTenant.out.contains(QStringLiteral("tenant was not found")))
            << unknownTenant.out.toStdString();
    emulator.kill();
    emulator.waitForFinished();
}

namespace {
// Runs the CLI on a pseudo-terminal (util-linux `script`), typing `answer` at the prompt.
CliRun runOnTerminal(const QStringList &args, const QByteArray &answer)
{
    QStringList quoted;
    for (const QString &a : QStringList {binary()} + args)
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(dataHome()));
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    EXPECT_TRUE(p.waitForStarted());
    p.write(answer);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString()};
}
} // namespace

TEST(Cli, ConfirmationOnATerminalNamesThePersonAndDefaultsToNo)
{
    const QStringList args {QStringLiteral("revoke"), QStringLiteral("--demo"),
                            QStringLiteral("--user"), upn("adele.vance")};
    const CliRun no = runOnTerminal(args, "\n");
    EXPECT_EQ(no.exitCode, 1) << no.out.toStdString();
    EXPECT_TRUE(no.out.contains(QStringLiteral("Are you sure you want to perform this action?")));
    EXPECT_TRUE(no.out.contains(QStringLiteral("Adele Vance <%1>").arg(upn("adele.vance"))));
    EXPECT_TRUE(no.out.contains(QStringLiteral("Cancelled: nothing was sent.")));
    EXPECT_FALSE(no.out.contains(QStringLiteral("It can take up to an hour")));

    const CliRun yes = runOnTerminal(args, "y\n");
    EXPECT_EQ(yes.exitCode, 0) << yes.out.toStdString();
    EXPECT_TRUE(yes.out.contains(QStringLiteral("Verified: sessions valid from")));
}

TEST(Cli, UnknownHostIsANetworkFailureNamingTheHost)
{
    const CliRun r
            = run({QStringLiteral("revoke"), QStringLiteral("--cloud-config"),
                   cloudConfigAt(QStringLiteral("https://login.revoke-console-test.invalid")),
                   QStringLiteral("--tenant"), Domain, QStringLiteral("--yes"),
                   QStringLiteral("--user"), upn("adele.vance")});
    EXPECT_EQ(r.exitCode, 8) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("login.revoke-console-test.invalid")))
            << r.out.toStdString();
}

TEST(Cli, TlsFailureIsNeverIgnored)
{
    // https to a plain-http listener: the handshake fails, and nothing is sent in the clear.
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *s = plain.nextPendingConnection()) {
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        }
    });
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment(dataHome()));
    cli.start(binary(),
              {QStringLiteral("revoke"), QStringLiteral("--cloud-config"),
               cloudConfigAt(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())),
               QStringLiteral("--tenant"), Domain, QStringLiteral("--yes"),
               QStringLiteral("--user"), upn("adele.vance")});
    cli.closeWriteChannel();
    ASSERT_TRUE(waitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    EXPECT_EQ(cli.exitCode(), 8) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("127.0.0.1"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("We successfully")));
}
