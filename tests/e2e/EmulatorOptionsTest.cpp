// `revoke-console emulator --write-quota RATE[:BURST] --latency MS`: the built binary serves the
// demo tenant in its own process, and this test talks to it over HTTP as a client would: a
// device-code token, then revocations until the quota answers 429. Bad values exit 2 and say why.
#include "e2e/CliRunner.h"
#include "emulator/DemoTenant.h"
#include "emulator/EmulatorTestSupport.h" // Client, Reply
#include "support/WaitFor.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace rc::test;
using rc::emu::test::Client;
using rc::emu::test::Reply;

namespace {

const char QuotaVariable[] = "REVOKE_EMULATOR_WRITE_QUOTA";

QProcessEnvironment emulatorEnvironment(const QString &dataHome, const QString &quotaVariable = {})
{
    QProcessEnvironment env = cliEnvironment(dataHome);
    env.remove(QLatin1String(QuotaVariable));
    if (!quotaVariable.isNull())
        env.insert(QLatin1String(QuotaVariable), quotaVariable);
    return env;
}

// `revoke-console emulator ARGS` running in the background until the test ends.
class EmulatorProcess
{
public:
    ~EmulatorProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // Starts it and reads the --cloud-config line it prints; fails the test if none comes.
    void start(const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(binary(), QStringList {QStringLiteral("emulator")} + args);
        ASSERT_TRUE(m_process.waitForStarted());
        m_process.closeWriteChannel();
        ASSERT_TRUE(waitFor([&] { return m_process.canReadLine(); }, 10000))
                << m_process.readAllStandardError().toStdString();
        const QJsonDocument config = QJsonDocument::fromJson(m_process.readLine());
        ASSERT_TRUE(config.isObject());
        m_config = config.object();
    }

    // Waits until stderr has said `text` (it is written before the config line, on another pipe).
    bool saidOnStderr(const QString &text)
    {
        return waitFor([&] {
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            return m_err.contains(text);
        });
    }
    QString err() const { return m_err; }

    QString authority() const { return m_config.value(QStringLiteral("authority")).toString(); }
    QString graph() const { return m_config.value(QStringLiteral("graph")).toString(); }

private:
    QProcess m_process;
    QJsonObject m_config;
    QString m_err;
};

// A Graph token for the admin the emulator approves device codes as (its default).
QByteArray graphToken(Client &client, const EmulatorProcess &emulator)
{
    const QString tenantAuthority
            = emulator.authority() + QLatin1Char('/') + CliDomain + QStringLiteral("/oauth2/v2.0");
    QUrlQuery codeForm;
    codeForm.addQueryItem(QStringLiteral("client_id"),
                          QLatin1String(rc::emu::DemoTenant::DefaultClientId));
    codeForm.addQueryItem(QStringLiteral("scope"), emulator.graph() + QStringLiteral("/.default"));
    const Reply code
            = client.postForm(QUrl(tenantAuthority + QStringLiteral("/devicecode")), codeForm);
    EXPECT_EQ(code.status, 200) << code.body.toStdString();
    QUrlQuery tokenForm;
    tokenForm.addQueryItem(QStringLiteral("grant_type"),
                           QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    tokenForm.addQueryItem(QStringLiteral("client_id"),
                           QLatin1String(rc::emu::DemoTenant::DefaultClientId));
    tokenForm.addQueryItem(QStringLiteral("device_code"),
                           code.json().value(QStringLiteral("device_code")).toString());
    const Reply tokens
            = client.postForm(QUrl(tenantAuthority + QStringLiteral("/token")), tokenForm);
    EXPECT_EQ(tokens.status, 200) << tokens.body.toStdString();
    return tokens.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

Reply revoke(Client &client, const EmulatorProcess &emulator, const QByteArray &token,
             const QString &upn)
{
    return client.send("POST",
                       QUrl(emulator.graph() + QStringLiteral("/v1.0/users/") + upn
                            + QStringLiteral("/revokeSignInSessions")),
                       {{"Authorization", "Bearer " + token}});
}

QString validFrom(Client &client, const EmulatorProcess &emulator, const QByteArray &token,
                  const QString &upn)
{
    const Reply user
            = client.get(QUrl(emulator.graph() + QStringLiteral("/v1.0/users/") + upn
                              + QStringLiteral("?$select=signInSessionsValidFromDateTime")),
                         {{"Authorization", "Bearer " + token}});
    EXPECT_EQ(user.status, 200) << user.body.toStdString();
    return user.json().value(QStringLiteral("signInSessionsValidFromDateTime")).toString();
}

} // namespace

TEST(EmulatorOptions, WriteQuotaOptionThrottlesAfterTheBurst_AndWinsOverTheVariable)
{
    QTemporaryDir home;
    EmulatorProcess emulator;
    // Were the variable read, a burst of 1000 would let every revocation through.
    emulator.start({QStringLiteral("--write-quota"), QStringLiteral("0.5:3")},
                   emulatorEnvironment(home.path(), QStringLiteral("1000:1000")));
    if (::testing::Test::HasFatalFailure())
        return;
    EXPECT_TRUE(emulator.saidOnStderr(QStringLiteral("throttled to 0.5 per second (bursts of 3)")))
            << emulator.err().toStdString();

    Client client;
    const QByteArray token = graphToken(client, emulator);
    ASSERT_FALSE(token.isEmpty());
    for (const char *name : {"adele.vance", "alex.wilber", "lee.gu"}) {
        const Reply accepted = revoke(client, emulator, token, cliUpn(name));
        EXPECT_EQ(accepted.status, 200) << name << ' ' << accepted.body.toStdString();
    }
    const QString upn = cliUpn("megan.bowen");
    const QString before = validFrom(client, emulator, token, upn);
    const Reply throttled = revoke(client, emulator, token, upn);
    EXPECT_EQ(throttled.status, 429) << throttled.body.toStdString();
    EXPECT_EQ(throttled.json()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("TooManyRequests"));
    // Half a token a second: the next one is at most two seconds away.
    const int retryAfter = retryAfterOf(throttled);
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 2);
    EXPECT_EQ(validFrom(client, emulator, token, upn), before); // refused, so nothing changed
}

TEST(EmulatorOptions, WithoutTheOptionTheVariableStillSetsTheQuota)
{
    QTemporaryDir home;
    EmulatorProcess emulator;
    emulator.start({}, emulatorEnvironment(home.path(), QStringLiteral("0.5:1")));
    if (::testing::Test::HasFatalFailure())
        return;
    EXPECT_TRUE(emulator.saidOnStderr(QStringLiteral("(bursts of 1)")))
            << emulator.err().toStdString();
    Client client;
    const QByteArray token = graphToken(client, emulator);
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(revoke(client, emulator, token, cliUpn("adele.vance")).status, 200);
    const Reply throttled = revoke(client, emulator, token, cliUpn("alex.wilber"));
    EXPECT_EQ(throttled.status, 429);
    EXPECT_GE(retryAfterOf(throttled), 1);
}

TEST(EmulatorOptions, LatencyDelaysEveryAnswer)
{
    QTemporaryDir home;
    EmulatorProcess emulator;
    emulator.start({QStringLiteral("--latency"), QStringLiteral("400")},
                   emulatorEnvironment(home.path()));
    if (::testing::Test::HasFatalFailure())
        return;
    EXPECT_TRUE(emulator.saidOnStderr(QStringLiteral("delayed by 400 ms")))
            << emulator.err().toStdString();
    Client client;
    const QByteArray token = graphToken(client, emulator);
    ASSERT_FALSE(token.isEmpty());
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(validFrom(client, emulator, token, cliUpn("adele.vance")).isEmpty());
    EXPECT_GE(timer.elapsed(), 400);
}

TEST(EmulatorOptions, BadValuesExitTwoAndSayWhy)
{
    QTemporaryDir home;
    const struct
    {
        QStringList args;
        const char *message;
    } cases[] = {
            {{QStringLiteral("--write-quota"), QStringLiteral("fast")},
             "--write-quota must be RATE or RATE:BURST, for example 50:100; it is \"fast\"."},
            {{QStringLiteral("--write-quota"), QStringLiteral("5:0")},
             "--write-quota must be RATE or RATE:BURST"},
            {{QStringLiteral("--write-quota"), QStringLiteral("5/10")},
             "--write-quota must be RATE or RATE:BURST"},
            {{QStringLiteral("--write-quota=")}, "--write-quota needs RATE or RATE:BURST"},
            {{QStringLiteral("--latency"), QStringLiteral("-1")},
             "--latency must be whole milliseconds from 0 to 60000"},
            {{QStringLiteral("--latency"), QStringLiteral("soon")},
             "--latency must be whole milliseconds from 0 to 60000"},
            {{QStringLiteral("--latency"), QStringLiteral("60001")},
             "--latency must be whole milliseconds from 0 to 60000"},
    };
    for (const auto &c : cases) {
        QProcess p;
        p.setProcessEnvironment(emulatorEnvironment(home.path()));
        p.start(binary(), QStringList {QStringLiteral("emulator")} + c.args);
        p.closeWriteChannel();
        // A good value would run until killed: this wait failing is the test failing.
        const bool finished = p.waitForFinished(15000);
        EXPECT_TRUE(finished) << c.args.join(QLatin1Char(' ')).toStdString();
        if (!finished) {
            p.kill();
            p.waitForFinished();
            continue;
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(err.contains(QString::fromUtf8(c.message))) << err.toStdString();
        EXPECT_TRUE(p.readAllStandardOutput().isEmpty()); // no server, so no cloud config
    }

    // A bad variable is refused the same way when no option overrides it.
    QProcess p;
    p.setProcessEnvironment(emulatorEnvironment(home.path(), QStringLiteral("lots")));
    p.start(binary(), {QStringLiteral("emulator")});
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(15000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError())
                        .contains(QStringLiteral("REVOKE_EMULATOR_WRITE_QUOTA must be RATE or "
                                                 "RATE:BURST")));
}
