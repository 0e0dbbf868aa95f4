// The device-code flow against servers that misbehave: an identity endpoint of the test's own that
// names a sign-in page that is not https, or a lifetime of 0 and an interval of 0; and the real
// emulator with polls that fail on the way (a 503, a reset connection), which are retried a few
// times, never more, while a definitive answer still ends the flow at once (CallContractTest).
// The flow waits on a clock the test advances: no test waits out a poll interval.
#include "auth/DeviceCodeSignIn.h"
#include "emulator/DemoTenant.h"
#include "emulator/FormFields.h"
#include "emulator/TenantEmulator.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace rc;
using namespace rc::test;

namespace {

const QString Domain = QStringLiteral("contoso.onmicrosoft.com");

// A cloud whose three services all live at `base`.
QJsonObject cloudAt(const QString &base)
{
    return {{QStringLiteral("authority"), base},
            {QStringLiteral("graph"), base},
            {QStringLiteral("sharepointAdmin"), base}};
}

// Runs one DeviceCodeSignIn in the cloud `config` describes (a --cloud-config object), waiting on
// `clock`.
class DeviceCodeAttempt
{
public:
    DeviceCodeAttempt(const QJsonObject &config, ManualClock &clock)
        : m_clock(clock)
    {
        const auto cloud = CloudEndpoints::fromJson(QJsonDocument(config).toJson());
        EXPECT_TRUE(cloud.ok());
        m_graph = cloud.value().graph();
        m_endpoint = std::make_unique<TokenEndpoint>(
                m_http, cloud.value(), Tenant::parse(Domain).value(),
                QLatin1String(emu::DemoTenant::DefaultClientId), clock);
    }

    void start()
    {
        m_flow = std::make_unique<DeviceCodeSignIn>(
                *m_endpoint, m_graph.toString() + QStringLiteral("/.default offline_access"),
                m_graph);
        QObject::connect(m_flow.get(), &DeviceCodeSignIn::codeIssued, &m_context,
                         [this](const QString &code, const QUrl &uri, const QString &,
                                const QDateTime &expiresAt) {
                             m_shownPage = uri;
                             m_userCodes << code;
                             m_expiresAt = expiresAt;
                         });
        QObject::connect(m_flow.get(), &DeviceCodeSignIn::codeExpiring, &m_context,
                         [this](int secondsLeft) { m_expiring << secondsLeft; });
        m_flow->start([this](Result<TokenGrant> result) { m_result.emplace(std::move(result)); });
    }
    // Skips every wait of the flow (its polls) until it ends.
    bool waitForResult(int timeoutMs = 15000)
    {
        return waitFor(
                [this] {
                    if (m_clock.pendingTimers() > 0)
                        m_clock.advance(m_clock.msToNextTimer());
                    return m_result.has_value();
                },
                timeoutMs);
    }

    DeviceCodeSignIn &flow() { return *m_flow; }

    std::optional<QUrl> m_shownPage;
    QStringList m_userCodes; // every code shown, in order
    QDateTime m_expiresAt; // of the last
    QList<int> m_expiring; // each codeExpiring's seconds left
    std::optional<Result<TokenGrant>> m_result;

private:
    ManualClock &m_clock;
    HttpClient m_http;
    QUrl m_graph;
    std::unique_ptr<TokenEndpoint> m_endpoint;
    std::unique_ptr<DeviceCodeSignIn> m_flow;
    QObject m_context;
};

// An identity endpoint that issues the device code the test wrote and answers every poll
// "authorization_pending".
class HostileDeviceCode : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.setMissingHandler([this](const QHttpServerRequest &request,
                                          QHttpServerResponder &&responder) {
            const QString path = request.url().path();
            if (path.endsWith(QLatin1String("/devicecode"))) {
                responder.write(QJsonDocument(m_deviceAnswer));
            } else if (path.endsWith(QLatin1String("/token"))) {
                ++m_polls;
                responder.write(
                        QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                                    QStringLiteral("authorization_pending")}}),
                        QHttpServerResponder::StatusCode::BadRequest);
            } else {
                responder.write(QHttpServerResponder::StatusCode::NotFound);
            }
        });
        const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
        ASSERT_NE(port, 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        m_deviceAnswer
                = {{QStringLiteral("user_code"), QStringLiteral("HOSTILE1")},
                   {QStringLiteral("device_code"), QStringLiteral("device-code-value")},
                   {QStringLiteral("verification_uri"), QString(m_base + QStringLiteral("/login"))},
                   {QStringLiteral("expires_in"), 900},
                   {QStringLiteral("interval"), 1},
                   {QStringLiteral("message"), QStringLiteral("Enter HOSTILE1.")}};
        m_attempt = std::make_unique<DeviceCodeAttempt>(cloudAt(m_base), m_clock);
    }

    ManualClock m_clock;
    QHttpServer m_server;
    QString m_base;
    QJsonObject m_deviceAnswer;
    int m_polls = 0;
    std::unique_ptr<DeviceCodeAttempt> m_attempt;
};

} // namespace

TEST_F(HostileDeviceCode, SignInPageThatIsNotHttps_IsRefusedNeverShownAndNeverPolled)
{
    for (const char *page :
         {"http://evil.example/devicelogin", "javascript:alert(1)", "file:///etc/passwd",
          "ftp://microsoft.com/devicelogin", "http://127.0.0.1.evil.example/devicelogin"}) {
        SCOPED_TRACE(page);
        m_deviceAnswer.insert(QStringLiteral("verification_uri"), QString::fromLatin1(page));
        DeviceCodeAttempt attempt {cloudAt(m_base), m_clock};
        attempt.start();
        ASSERT_TRUE(attempt.waitForResult());
        ASSERT_FALSE(attempt.m_result->ok());
        const ServiceError &error = attempt.m_result->error();
        EXPECT_EQ(error.kind, ServiceError::Kind::SignIn);
        EXPECT_TRUE(error.message.startsWith(QStringLiteral(
                "The sign-in service named a sign-in page that is not a secure (https) address, "
                "so it was not opened: ")))
                << error.message.toStdString();
        EXPECT_FALSE(attempt.m_shownPage.has_value()) << "nothing is shown";
    }
    m_clock.advance(60 * 1000);
    EXPECT_FALSE(waitFor([&] { return m_polls > 0; }, 200)) << "a refused code is never polled";
}

TEST_F(HostileDeviceCode, HttpsPageAndTheLocalEmulatorsHttpPage_AreShown)
{
    for (const QString &page : QStringList {QStringLiteral("https://microsoft.com/devicelogin"),
                                            m_base + QStringLiteral("/devicelogin")}) {
        m_deviceAnswer.insert(QStringLiteral("verification_uri"), page);
        DeviceCodeAttempt attempt {cloudAt(m_base), m_clock};
        attempt.start();
        ASSERT_TRUE(waitFor([&] { return attempt.m_shownPage.has_value(); }));
        EXPECT_EQ(*attempt.m_shownPage, QUrl(page));
        EXPECT_FALSE(attempt.m_result.has_value());
    }
}

// As MSAL: the first poll at once (RFC 8628 §3.5 spaces polls, not the first), then one per
// interval the service named.
TEST_F(HostileDeviceCode, FirstPollGoesAtOnce_ThenOnePerNamedInterval)
{
    m_deviceAnswer.insert(QStringLiteral("interval"), 7);
    m_attempt->start();
    ASSERT_TRUE(waitFor([&] { return m_polls == 1; })) << m_polls << " polls";
    m_clock.advance(6999);
    EXPECT_FALSE(waitFor([&] { return m_polls > 1; }, 200)) << m_polls << " polls";
    m_clock.advance(1);
    EXPECT_TRUE(waitFor([&] { return m_polls == 2; }));
    m_clock.advance(7000);
    EXPECT_TRUE(waitFor([&] { return m_polls == 3; }));
    EXPECT_FALSE(m_attempt->m_result.has_value()) << "still waiting for the person";
}

TEST_F(HostileDeviceCode, LifetimeZeroAndIntervalZero_NeitherGiveUpAtOnceNorSpin)
{
    m_deviceAnswer.insert(QStringLiteral("expires_in"), 0);
    m_deviceAnswer.insert(QStringLiteral("interval"), 0);
    m_attempt->start();
    ASSERT_TRUE(waitFor([&] { return m_attempt->m_shownPage.has_value(); }));
    // Polled at once, then every 5 s (the default), for 15 minutes at least.
    ASSERT_TRUE(waitFor([&] { return m_polls == 1; }));
    m_clock.advance(4900);
    EXPECT_FALSE(waitFor([&] { return m_polls > 1 || m_attempt->m_result.has_value(); }, 200))
            << m_polls << " polls";
    m_clock.advance(100);
    EXPECT_TRUE(waitFor([&] { return m_polls == 2; }));
    m_clock.advance(14 * 60 * 1000);
    EXPECT_TRUE(waitFor([&] { return m_polls == 3; })) << "one poll per wait, never a spin";
    EXPECT_FALSE(m_attempt->m_result.has_value()) << "still waiting for the person";
}

namespace {

// The real emulator, with faults on its token endpoint.
class DeviceCodePolls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        ASSERT_TRUE(m_emulator.start(&why)) << why.toStdString();
        m_emulator.setAutoApproveAs(QStringLiteral("admin@") + Domain);
        m_attempt = std::make_unique<DeviceCodeAttempt>(m_emulator.cloudConfig(), m_clock);
    }
    int polls() const
    {
        int n = 0;
        for (const auto &r : m_emulator.requestsTo(emu::Service::Identity))
            n += r.path.endsWith(QLatin1String("/token"));
        return n;
    }

    ManualClock m_clock; // the emulator's and the flow's
    emu::TenantEmulator m_emulator {m_clock};
    std::unique_ptr<DeviceCodeAttempt> m_attempt;
};

} // namespace

TEST_F(DeviceCodePolls, PollsThatFailOnTheWay_AreRetriedAndTheSignInCompletes)
{
    // A 503, then a connection reset twice (Qt resends a request once by itself when a reused
    // connection drops, so the second reset is the one the flow sees), then the token.
    m_emulator.faults().add(emu::Service::Identity, QStringLiteral("/token"),
                            emu::Fault::httpStatus(503));
    m_emulator.faults().add(emu::Service::Identity, QStringLiteral("/token"),
                            emu::Fault::ofKind(emu::Fault::Kind::Reset, 2));
    m_attempt->start();
    ASSERT_TRUE(m_attempt->waitForResult());
    ASSERT_TRUE(m_attempt->m_result->ok()) << m_attempt->m_result->error().message.toStdString();
    EXPECT_EQ(m_emulator.faults().remaining(emu::Service::Identity, QStringLiteral("/token")), 0);
    EXPECT_GE(polls(), 3);
}

TEST_F(DeviceCodePolls, PollsThatKeepFailing_GiveUpAfterAFewWithTheLastError)
{
    m_emulator.faults().add(emu::Service::Identity, QStringLiteral("/token"),
                            emu::Fault::httpStatus(503, -1, -1));
    m_attempt->start();
    ASSERT_TRUE(m_attempt->waitForResult());
    ASSERT_FALSE(m_attempt->m_result->ok());
    EXPECT_EQ(m_attempt->m_result->error().kind, ServiceError::Kind::Throttled)
            << m_attempt->m_result->error().detail.toStdString();
    EXPECT_EQ(m_attempt->m_result->error().httpStatus, 503);
    EXPECT_EQ(polls(), DeviceCodeSignIn::MaxFailedPolls);
}

// WCAG 2.2.1: a code's time limit is announced a minute ahead, and a new code (a simple action)
// extends it, as often as asked; the old code is no longer polled, and the new one signs in.
TEST_F(DeviceCodePolls, ExpiringCode_IsAnnouncedAMinuteAhead_AndRenewedAsOftenAsAsked)
{
    m_emulator.setAutoApproveAs(QString());
    const QDateTime started = m_clock.utcNow();
    m_attempt->start();
    ASSERT_TRUE(waitFor([&] { return m_attempt->m_userCodes.size() == 1; }));
    EXPECT_EQ(started.secsTo(m_attempt->m_expiresAt), 900);

    qsizetype sinceLastRenewal = 0; // Identity requests before the last renewal
    for (int renewal = 1; renewal <= 10; ++renewal) {
        SCOPED_TRACE(renewal);
        m_clock.advance((900 - DeviceCodeSignIn::ExpiryWarningSeconds) * 1000 - 1);
        EXPECT_FALSE(waitFor([&] { return !m_attempt->m_expiring.isEmpty(); }, 50));
        m_clock.advance(1);
        ASSERT_TRUE(waitFor([&] { return m_attempt->m_expiring.size() == 1; }));
        EXPECT_EQ(m_attempt->m_expiring.first(), DeviceCodeSignIn::ExpiryWarningSeconds);
        m_attempt->m_expiring.clear();

        const QDateTime renewedAt = m_clock.utcNow();
        sinceLastRenewal = m_emulator.requestsTo(emu::Service::Identity).size();
        m_attempt->flow().renewCode();
        ASSERT_TRUE(waitFor([&] { return m_attempt->m_userCodes.size() == renewal + 1; }));
        EXPECT_NE(m_attempt->m_userCodes.last(), m_attempt->m_userCodes.at(renewal - 1));
        EXPECT_EQ(renewedAt.secsTo(m_attempt->m_expiresAt), 900);
        EXPECT_FALSE(m_attempt->m_result.has_value()) << "a renewal ends nothing";
    }

    // The person approves the last code shown; the flow, polling with it, is signed in.
    const int before = polls();
    ASSERT_TRUE(m_emulator.approveDeviceCode(m_attempt->m_userCodes.last(),
                                             QStringLiteral("admin@") + Domain));
    ASSERT_TRUE(m_attempt->waitForResult());
    ASSERT_TRUE(m_attempt->m_result->ok()) << m_attempt->m_result->error().message.toStdString();
    EXPECT_GT(polls(), before);
    // After the last renewal, every poll carried the one code issued then.
    QSet<QString> polledCodes;
    const auto requests = m_emulator.requestsTo(emu::Service::Identity);
    for (qsizetype i = sinceLastRenewal; i < requests.size(); ++i) {
        const QString code
                = emu::FormFields::parse(requests.at(i).body).value(QStringLiteral("device_code"));
        if (!code.isEmpty())
            polledCodes << code;
    }
    EXPECT_EQ(polledCodes.size(), 1) << "a replaced code is not polled again";
}
